/**
 * The claims the validation suite tests, one entry each, so that a reader (and `capflow evidence`)
 * can tell which findings arise from mechanisms not written for them and which the model assumes.
 *
 * - **emergent**: the effect comes out of the interaction of mechanisms none of which was written
 *   to produce it; the test could fail, and its estimate must pass `notByConstruction` (test/validation/helpers.ts).
 * - **structural**: the model assumes the claim (a formula or mechanism written from the sentence
 *   itself, or a parameter calibrated to the figure); the test checks that the implementation
 *   carries the assumption through the whole dynamics, not that the claim is true.
 * - **untested**: the model has no mechanism or measure that could read the sentence yet; `measure`
 *   says why and `assumptions` what a test would need. Never a passing stub.
 *
 * Quotes are word for word from the two source texts: 000 is the 2026 policy briefing "Building
 * Intergovernmental Capability Through Secondments: Lessons from Japan for the UK" (Taylor et al.,
 * LPIP Hub); 002 is the Joseph Rowntree Foundation findings note on "Breaking down the barriers"
 * (Clarke, 1993). Calibration figures are quoted as docs/evidence.md §1 gives them. Assumptions cite
 * the docs/ODD.md section that defines them.
 */
export type ClaimClass = 'emergent' | 'structural' | 'untested';

export interface Claim {
  /** Key of the claim in test names and in the lines the tests print for the evidence report. */
  id: string;
  /** The claim as a sentence about the model. */
  title: string;
  /** 000, 002, or the survey a calibration figure comes from. */
  source: string;
  quote: string;
  class: ClaimClass;
  /** How the test reads the sentence: what is measured and compared (for an untested claim, why it is not). */
  measure: string;
  /** Why the measure reads the sentence fairly (required of claims added from issue 11 on). */
  fairReading?: string;
  /** What the result rests on, each with its docs/ODD.md section. */
  assumptions: string[];
  /** The test file, under test/validation/; null for an untested claim. */
  file: string | null;
}

export const CLAIMS: readonly Claim[] = [
  {
    id: 'reciprocity-coordination',
    title: 'two-way movement raises coordination at both ends, more than either one-way flow of the same volume',
    source: '000',
    quote: 'Two-way movement improves policy design and strengthens delivery by ensuring experience flows in both directions.',
    class: 'structural',
    measure: 'coordination at central and local in the last of eight years, Greater Manchester framework case, 40 secondment places a year: two-way (20 each way) minus no mobility, and minus one-way (40 down, 40 up), paired by replicate',
    assumptions: [
      'placements build cross-tier ties and coordination rises monotonically with the ties on a link (§7.9)',
      'a link counts ties built from both sides at 2√(A·B) with ties.reciprocityWeight, a term written for this claim (§7.9, §7.15)',
    ],
    file: 'reciprocity.test.ts',
  },
  {
    id: 'reciprocity-capability',
    title: 'two-way movement raises capability at both ends, more than either one-way flow of the same volume',
    source: '000',
    quote: 'Two-way movement improves policy design and strengthens delivery by ensuring experience flows in both directions.',
    class: 'emergent',
    measure: 'capability at central and local in the last of eight years, same arms as reciprocity-coordination; ablation: the same contrast with learning.absorptionWithoutBridge = 1',
    assumptions: [
      'absorptive capacity: a host takes in what placed officials bring as far as it has its own returners from their tier, learning.absorptionWithoutBridge = 0.5 (§7.7); the finding fades above about 0.7 (§7.15). The mechanism was added when the claim did not show (§7.15), but has no term for the balance of flows',
      'placed officials shape the host code and hand over on leaving (§7.7, §7.8); their posts at home are staffed only as far as backfilled (§7.7)',
    ],
    file: 'reciprocity.test.ts',
  },
  {
    id: 'commitment',
    title: 'realised placements fall away sharply as commitment falls, with the same places offered',
    source: '002',
    quote: 'The issue of commitment is key and needs to be matched by a will and determination to make secondment work. Politicians and senior managers, in particular, must want things to happen. Without this other difficulties may become insuperable.',
    class: 'structural',
    measure: 'secondments started over ten years in the 1992 West Midlands case at mean commitment 0.9, 0.6, 0.3 and 0.1 in every tier: each step down loses placements, 0.1 gives under half of 0.9, and proposals founder on practical obstacles more often',
    assumptions: [
      'a proposal happens with probability Π_j (1 − f_j·(1 − 0.5·E)·(1 − c)), c the geometric mean of the two sides\' commitment: the fall with commitment is this formula (§7.6)',
      'the four friction levels f_j of the 1992 case (§7.6)',
    ],
    file: 'commitment.test.ts',
  },
  {
    id: 'mandates',
    title: 'the outcome gain from secondments shrinks toward nothing with unclear mandates or inadequate resources',
    source: '000',
    quote: 'Secondments can strengthen collaboration, but they cannot compensate for unclear mandates or inadequate resources.',
    class: 'structural',
    measure: 'outcomes gain from mobility (arm minus its own counterfactual) in the last of six years, Greater Manchester framework case, with mandate clarity or resourcing 0.2 in every tier against as shipped: a difference in differences, and a ratio whose interval lies below 0.25',
    assumptions: [
      'outcome = M_s(M, R, √(C·X)), a generalised mean with exponent −boundSharpness that caps what capability and coordination can add when M or R is low (§7.12)',
      'mandate clarity and resourcing enter no other phase, so coordination gains the same whatever the mandate (§7.12)',
    ],
    file: 'mandates.test.ts',
  },
  {
    id: 'funding-lapses',
    title: 'short, uncertain funding leaves less knowledge retained at every tier',
    source: '000',
    quote: 'Learning is slowed by short funding cycles, fragmented programmes and weak feedback loops.',
    class: 'structural',
    measure: 'knowledgeRetained averaged over ten years, Greater Manchester framework case: annual cycles renewed with probability 0.52 minus three-year cycles renewed with 0.9, per tier',
    assumptions: [
      'a lapse stops new placements, ends some live ones and resets the programme\'s know-how (§7.2)',
      'renewal probability 0.52 from the share of 2022/23 grants that ended at year end (docs/evidence.md §1.1)',
    ],
    file: 'funding.test.ts',
  },
  {
    id: 'funding-cycle-length',
    title: 'shorter cycles alone, at the same chance of renewal per settlement, leave less knowledge retained',
    source: '000',
    quote: 'Learning is slowed by short funding cycles, fragmented programmes and weak feedback loops.',
    class: 'structural',
    measure: 'knowledgeRetained averaged over ten years: annual minus three-year cycles, both renewed with probability 0.9, per tier',
    assumptions: [
      'a placement that would outlast the funded settlement goes ahead only if both sides commit beyond it, funding.commitBeyondSettlement = 0.5, a mechanism written for this claim (§7.2, §7.15)',
    ],
    file: 'funding.test.ts',
  },
  {
    id: 'capture-handover',
    title: 'knowledge capture keeps capability at home and handover keeps it at the host, after the placements end',
    source: '000',
    quote: 'Build in safeguards and sustainability. Protect local autonomy, manage impacts on individuals, and leave capability behind through knowledge capture and succession planning.',
    class: 'structural',
    measure: 'capability at home (central) and host (combined) three years after the last of the departments\' secondments into the combined authority started: both, capture only, handover only, against neither',
    assumptions: [
      'handover passes the departing official\'s knowledge to host colleagues, knowledge capture passes what the placement added to home colleagues (§7.8); what the test adds is that it survives three years of turnover and forgetting (§7.3, §7.7)',
    ],
    file: 'knowledgeCapture.test.ts',
  },
  {
    id: 'safeguards-autonomy',
    title: 'without safeguards rotation lowers local autonomy; with them autonomy is kept',
    source: '000',
    quote: 'Japan shows the value of systematic pathways that connect tiers and normalise the circulation of experience, while also underscoring the importance of transparency, clear objectives and protections against over-centralisation or the erosion of local priorities, so mobility reinforces rather than weakens local autonomy.',
    class: 'structural',
    measure: 'localAutonomy at combined and local in the last of eight years, Kumamoto cases with and without safeguards, each against its own counterfactual',
    assumptions: [
      'central secondees in senior local posts pull autonomy down by autonomyPull·(1 − hostAccountability) times their share of senior influence (§7.11)',
      'in Kumamoto the senior-post cap never binds (safeguardsApplied is printed), so the loss with safeguards is exactly (1 − 0.7)/(1 − 0) of the loss without: host accountability read back, checked as an implementation identity (§7.6, §7.11)',
    ],
    file: 'safeguards.test.ts',
  },
  {
    id: 'safeguards-capability',
    title: 'with safeguards, rotation still raises local government\'s capability',
    source: '000',
    quote: 'Japan shows the value of systematic pathways that connect tiers and normalise the circulation of experience, while also underscoring the importance of transparency, clear objectives and protections against over-centralisation or the erosion of local priorities, so mobility reinforces rather than weakens local autonomy.',
    class: 'emergent',
    measure: 'capability of prefecture and municipalities (establishment-weighted) in the last of eight years, japan-regional minus its counterfactual; an implementation check that safeguards leave the gain unchanged',
    assumptions: [
      'the net of what secondees bring (code shaping and handover, §7.7, §7.8) against the posts they leave and the ramp-up of every move (§7.7) in an orchestrated April rotation (§7.6)',
      'safeguards touch no capability pathway, so "with safeguards" is structural: the gain is the same with and without them (§7.6, §7.11)',
    ],
    file: 'safeguards.test.ts',
  },
  {
    id: 'attachments-ties-per-pound',
    title: 'short attachments build more coordination per pound than secondments',
    source: '002',
    quote: 'While longer-term secondments are important, the objective of developing better understanding, awareness and contact between local and central government could also be achieved through a parallel programme of short-term attachments.',
    class: 'structural',
    measure: 'coordination gain over no mobility in the last of ten years per £1m of cumulative programme cost, attachments only minus secondments only, Greater Manchester framework case, per tier',
    assumptions: [
      'an attachment builds a tie of attachmentStrength at once, a secondment secondmentStrength/12 a month (§7.9); costs are backfill by month plus an arrangement cost (§7.10): the per-pound order follows from these assumed strengths and costs',
    ],
    file: 'attachments.test.ts',
  },
  {
    id: 'attachments-knowledge-per-person',
    title: 'secondments move more knowledge per person than short attachments',
    source: '002',
    quote: "the most productive secondment may be for between 12-24 months in order to do a 'proper job'",
    class: 'structural',
    measure: 'knowledgeTransferred over ten years per placement started, secondments only minus attachments only',
    assumptions: [
      'a handover scales with how far into the job the official got, min(1, months placed / ramp-up), a factor written for this claim (§7.8, §7.15)',
    ],
    file: 'attachments.test.ts',
  },
  {
    id: 'calibration-japan',
    title: 'japan holds the surveyed stocks of secondees each way',
    source: 'MIC survey on central–local personnel exchange, 2014',
    quote: 'MIC survey on central–local personnel exchange (1,684 in 2014); ~70% to prefectures. MIC survey on central–local personnel exchange: local officials working in ministries 2,533 (2014)',
    class: 'structural',
    measure: 'live secondment stocks averaged over one April-to-March year of national japan, one replicate: within 15% of each figure, prefectures\' share within 5 points of 70%',
    assumptions: ['orchestrated places per year were set so that the stocks match these figures (calibration, docs/evidence.md §1.2); secondment terms of 2–3 years (§7.6)'],
    file: 'calibration.test.ts',
  },
  {
    id: 'calibration-uk-1992',
    title: 'uk-1992 holds the 1993 stocks of secondees each way',
    source: 'press report of the 002 study, 1993',
    quote: 'press report of the 002 study: 44 civil servants seconded out to councils (1993). press report of the 002 study: 47 council staff seconded in to departments (1993)',
    class: 'structural',
    measure: 'live secondment stocks averaged over three years of national uk-1992, eight replicates: the mean within 25% of each figure',
    assumptions: ['places per year were recalibrated so that the stocks match these figures after friction and funding lapses (calibration, docs/evidence.md §1.1, §7.15)'],
    file: 'calibration.test.ts',
  },
];

const byId = new Map(CLAIMS.map((c) => [c.id, c]));

export function claim(id: string): Claim {
  const c = byId.get(id);
  if (!c) throw new Error(`no claim ${id} in cli/evidence/claims.ts`);
  return c;
}

/**
 * A claim's describe name: id, class and title, so that every test line the verbose reporter prints
 * says which claim it checks and whether that claim is emergent or structural.
 */
export const claimTitle = (id: string) => {
  const c = claim(id);
  return `${c.id} [${c.class.toUpperCase()}]: ${c.title} (${c.source})`;
};

/** Reads a claim id back from a test's full name as the verbose reporter prints it (describe > test). */
export function claimOf(testName: string): Claim | undefined {
  const m = /^([a-z0-9-]+) \[(EMERGENT|STRUCTURAL)\]: /.exec(testName);
  return m ? byId.get(m[1]) : undefined;
}
