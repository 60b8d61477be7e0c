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
      'absorptive capacity: a host takes in what placed officials bring as far as it has its own returners from their tier, learning.absorptionWithoutBridge = 0.5 (§7.7); the finding fades above about 0.7 (§7.15). The mechanism was added when the claim did not show (§7.15), but has no term for the balance of flows. At central against one-way up the effect is small (+0.0009, 24 replicates) and clear of zero on seeds 1 and 2, not on seed 3',
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
    measure: 'localAutonomy at combined and local in the last year: Kumamoto cases with and without safeguards (eight years, 10 replicates, each against its own counterfactual) and national japan against japan-no-safeguards (ten years, 3 replicates), paired; how often the cap binds; the share of the autonomy loss kept with safeguards; an ablation with no central secondee in a senior local post',
    assumptions: [
      'central secondees in senior local posts who answer to their ministry pull autonomy down by autonomyPull times their share of senior influence (§7.11): written for this sentence, and both safeguards can only lower that share, so the direction is assumed',
      'central secondees are placed hostGradeUplift grades above their own in local government (japan: one, from the 532 vs 20 asymmetry; §7.6); the senior-post cap (japan: 3.75%, calibrated to the MIC\'s 532 at section chief and above in prefectures, §7.16; it binds about 2,800 times in ten national years) places those over it below senior, and each holder answers to the host with chance hostAccountability (§7.6): how often the cap binds and the share of the loss kept are measured, not read back',
    ],
    file: 'safeguards.test.ts',
  },
  {
    id: 'safeguards-capability',
    title: 'with safeguards, rotation still raises local government\'s capability',
    source: '000',
    quote: 'Japan shows the value of systematic pathways that connect tiers and normalise the circulation of experience, while also underscoring the importance of transparency, clear objectives and protections against over-centralisation or the erosion of local priorities, so mobility reinforces rather than weakens local autonomy.',
    class: 'emergent',
    measure: 'capability of prefecture and municipalities (establishment-weighted) in the last of eight years, japan-regional minus its counterfactual, and as a share of the same gain in japan-no-safeguards-regional',
    assumptions: [
      'the net of what secondees bring (code shaping and handover, §7.7, §7.8) against the posts they leave and the ramp-up of every move (§7.7) in an orchestrated April rotation (§7.6)',
      'a secondee the cap keeps out of a senior post shapes the host\'s code with the weight of the lower post held (§7.6, §7.7), so safeguards can cost capability and the share kept is measured',
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
    id: 'london-access',
    title: 'the pull of London-based opportunities concentrates placements in London',
    source: '002',
    quote: 'geography, the dominance of London-based opportunities and the apparent difficulty in opening up possibilities in regional offices.',
    class: 'structural',
    measure: "uk-2026-regional over ten years, London pull as shipped (2.2) minus none (1): London organisations' share of placements started (asserted), and the Gini of placements per 1,000 staff among the five departments (accessInequalityWithinTier, central; printed, not asserted), paired by replicate",
    fairReading: "002 names London's dominance as an inhibition to opening up regional offices: a fair reading is that, with the pull, officials of a regional office have a smaller chance of a placement than those of a London headquarters. Within the central tier departments differ only in where they are, so the within-tier Gini reads exactly that, but its rise is not established (positive on seeds 1–3, +0.049, +0.046, +0.067, with an interval excluding zero only on seed 3: the rate behind it doubles, but a Gini of five departments is dominated by the counts of the smallest) and is reported, not asserted; what the model does establish is the concentration in London. The pooled Gini across tiers mostly measures the scenario's split of places between tiers and barely moves (printed for contrast)",
    assumptions: [
      'London organisations weigh londonPull times as much per official as voluntary senders and hosts, 1 = no pull (§7.6); 2.2 as shipped, not fitted, its order from 64.5% of senior civil servants in London against ~20% of all (docs/evidence.md §1)',
      'setting londonPull to 0 shuts London out of voluntary placements: it is not "no pull", and it raised the pooled Gini because it left two departments with none (§7.14)',
      'robustness (capflow evidence --screen, 2 replicates a point): the London share keeps its sign at all 27 points on seed 1 but at only 2 of 9 on seed 2 (1 trajectory); the within-tier Gini kept it at 0 of 27 on seed 1 and at 9 of 9 on seed 2. Neither verdict is about the assumptions: replicates 0 and 1 draw the same numbers at every point, so a contrast within replicate noise keeps or loses its sign everywhere at once, and the screen now reports that noise (§4.2). No assumption reverses the Gini: pooled over replicates London departments start 0.85 times the regional departments\' placements per 1,000 staff without the pull and 1.97 times with it (seed 1, six replicates); a Gini of five departments, the smallest with about two placements in ten years, is what leaves the rise undistinguished from zero (§7.6, §7.14)',
    ],
    file: 'access.test.ts',
  },
  {
    id: 'standardisation-access',
    title: 'setting clear expectations on objectives, duration, induction, handover and evaluation widens access to placements',
    source: '000',
    quote: 'Standardise where it improves fairness and effectiveness. Set clear expectations on objectives, duration, induction, handover, and evaluation to reduce inconsistency and widen access.',
    class: 'structural',
    measure: 'uk-2026-regional over ten years, the five framework elements 000 names at 1 minus as shipped: secondments started (passes); and London organisations\' share of placements started (a known failure, it.fails: it does not fall). The within-tier Gini is not used for this reading: it shrinks with any rise in volume, so it cannot tell wider access from more placements (−0.009, −0.010, −0.037 on seeds 1–3)',
    fairReading: '"Widen access" is read two ways: more officials reach placements with the same places offered, and placements spread more evenly among organisations; the first holds through lower friction, the second (read against 002\'s London dominance as placements opening beyond London) does not emerge, and the report says so rather than choosing the reading that passes',
    assumptions: [
      'framework elements lower the friction of each proposal and raise matching quality (§7.6): that more placements happen is this assumption',
      'no framework element changes which organisations send or host (§7.6), so the model cannot spread access; a fix would open standard offers to every organisation rather than the London-weighted voluntary choice of senders',
    ],
    file: 'access.test.ts',
  },
  {
    id: 'job-insecurity',
    title: 'fears of job insecurity mean fewer secondments',
    source: '002',
    quote: 'Fears of job insecurity engendered by the recession and the growth in white collar/professional unemployment create general nervousness about secondment.',
    class: 'structural',
    measure: 'secondments started over ten years in uk-2026-regional, job insecurity 0.1 minus 0.6 in every tier, the same places offered, paired by replicate',
    fairReading: '"General nervousness about secondment" is read as fewer officials willing to go, so fewer placements realised from the same places offered; 0.6 is the 1992 case\'s recession level and 0.1 a secure labour market',
    assumptions: ['an official asked volunteers with a probability that falls with job insecurity (§7.6), written from this sentence; insecurity also raises leaving (§7.3)'],
    file: 'inhibitions.test.ts',
  },
  {
    id: 'career-value',
    title: 'doubt that secondment helps careers means fewer secondments',
    source: '002',
    quote: 'For many people, there is a worry about the extent to which secondment will assist with career development and, if it does, where best to go.',
    class: 'structural',
    measure: 'secondments started over ten years in uk-2026-regional, context.careerValue 0.7 minus 0.3 (as shipped), the same places offered, paired by replicate',
    fairReading: 'the worry is offered as an inhibition, so the fair reading is that where secondment is believed to help careers more officials volunteer and more placements happen; careers.placementRecognised (whether it does help) is left as shipped',
    assumptions: ['an official asked volunteers with a probability that rises with careerValue (§7.6), written from this sentence'],
    file: 'inhibitions.test.ts',
  },
  {
    id: 'local-destination',
    title: 'local government seen as a poor destination means markedly fewer secondments into it',
    source: '002',
    quote: 'In central government there is a problem about the way in which local government is viewed, conditioned largely by the recent history of central-local government relations. Despite radical changes in the last decade, local government is still not seen as being as good a place to go as other sectors and organisations.',
    class: 'structural',
    measure: 'secondments into local government over ten years in uk-2026-regional, local attractiveness 0.7 as a share of 0.2, the same places offered: a known failure (it.fails), the ratio is near 1.13 (95% CI 1.03 to 1.22 on seed 1), not wholly above 1.25',
    fairReading: '002 gives the view of local government as a main reason few secondments go there, so a fair reading asks for a substantive effect (a quarter more at the better view), not merely a detectable one',
    assumptions: [
      'attractiveness raises willingness and weights voluntary host choice (§7.6), but voluntary places are offered at a set volume calibrated to observed stocks and rarely go unfilled, so it changes which host more than how many go; a fix would be demand-led voluntary volumes',
    ],
    file: 'inhibitions.test.ts',
  },
  {
    id: 'secondment-length',
    title: "a secondment of 12–24 months is the most productive: more knowledge moved than a short one, and more per month away than a longer one",
    source: '002',
    quote: "issues about the length of secondment: the most productive secondment may be for between 12-24 months in order to do a 'proper job'.",
    class: 'structural',
    measure: 'knowledgeTransferred over ten years in uk-1992-regional (002\'s own setting) with every secondment fixed at 6, 18 or 36 months, the same places offered: per secondment, 18 minus 6 months; per nominal month placed, 18 minus 36 months. Not robust across settings: in uk-2026-regional 6-month secondments moved more per secondment (−0.014, 95% CI −0.027 to −0.001, seed 1)',
    fairReading: '"most productive" is read as knowledge moved for the time officials spend away; the sentence says a short placement cannot do a "proper job" (per secondment) and implies that beyond 24 months the extra time buys less (per month), so both are tested, at one length inside and one on each side of the range',
    assumptions: [
      'a handover scales with min(1, months placed / ramp-up), a factor written for the attachments claim (§7.8, §7.15); the ramp-up of about 12 months (§7.7) puts the optimum at 12–24 months',
    ],
    file: 'length.test.ts',
  },
  {
    id: 'practical-inhibitions',
    title: 'each practical inhibition loses secondments, but none is insuperable',
    source: '002',
    quote: 'There are a whole range of practical inhibitions and issues arising from differences in career structures and progression, the matching of jobs and the like. Difficult though some of these may be, none are insuperable.',
    class: 'structural',
    measure: 'secondments started over ten years in uk-2026-regional, the same places offered: each of responsibilityFriction, geographyFriction, financeFriction and careerMismatchFriction at 0.2 minus 0.6; with all four at 0.6 the number started (interval above zero), and at commitment 0.9 in every tier the starts with all four at 0.6 as a share of all four at 0.2 (interval above one half)',
    fairReading: 'the sentence says two things: the inhibitions cost placements (each one, made worse, loses some) and they can be overcome (placements still happen when all are bad, and commitment, which 002 calls the key, recovers most of the loss); 0.2 to 0.6 spans the frictions of the shipped scenarios',
    assumptions: ['a proposal happens with probability Π_j (1 − f_j·(1 − 0.5·E)·(1 − c)), each friction f_j reduced by its framework element (§7.6): that each loses placements and commitment overcomes them is this formula'],
    file: 'practical.test.ts',
  },
  {
    id: 'exchanges-hard',
    title: 'an exchange (a swap of staff) happens less often than a one-way secondment proposed between the same tiers',
    source: '002',
    quote: '*Exchanges* are where two organisations swap members of staff. While the symmetry of the latter is attractive, they are very different to achieve in practical terms.',
    class: 'structural',
    measure: 'uk-2026-regional over ten years, attachments off, funding renewed at every settlement: 12 exchanges a year between departments and the combined authority against 12 secondments a year each way; the share of the proposals from the centre that became placements, exchanges minus secondments (interval below zero), and as a ratio (interval below 0.75)',
    fairReading: '"very different to achieve" (read: very difficult) says a swap is harder to arrange than a one-way move; the fair measure is how many of the same proposals come off, not how many officials move (an exchange moves two), and "very" asks for a large gap, not merely a detectable one',
    assumptions: [
      'an exchange needs a willing counterpart at the host, chosen as the first official is, and its chance of clearing the practical obstacles is squared, Π² (§7.6): both written from this sentence, so the direction is assumed and the size is what the test measures',
    ],
    file: 'exchanges.test.ts',
  },
  {
    id: 'boundaries-coordination',
    title: 'a functional area split by an administrative boundary has lower coordination and, through it, worse outcomes',
    source: '000',
    quote: 'Coordination is undermined when functional geographies do not match administrative boundaries.',
    class: 'structural',
    measure: 'uk-2026-regional over ten years, as shipped against five of the ten boroughs placed in a second region (links unchanged): local coordination and local outcomes in the last year, split minus matched, paired by replicate',
    fairReading: 'the functional geography is the set of links (who must work with whom, §2.4) and the administrative boundary the region; splitting one functional area across two regions, with the same organisations and links, is the sentence\'s mismatch, and "undermined" is read as lower coordination, which 000 ties to outcomes',
    assumptions: [
      'a link between partners in different regions (neither central) starts from baseCoordination · (1 − crossBoundaryPenalty), penalty 0.3, an assumption to be swept written from this sentence (§7.9); coordination enters outcomes through the bounded mean (§7.12)',
    ],
    file: 'boundaries.test.ts',
  },
  {
    id: 'boundaries-ties',
    title: 'even with no penalty on formal coordination, a boundary across the functional area costs coordination, because fewer placements cross it',
    source: '000',
    quote: 'Coordination is undermined when functional geographies do not match administrative boundaries.',
    class: 'emergent',
    measure: 'the same split against matched with ties.crossBoundaryPenalty = 0 in both arms: local coordination in the last year (interval below zero, guarded by notByConstruction); secondments started to or from local government and local outcomes printed',
    fairReading: 'with the floor penalty removed, any loss must come from behaviour: placements across regions founder more often, so fewer ties span the split links. This reads the sentence as a consequence of mobility, not of a term written for it; the region is the model\'s only boundary, so the administrative line and the distance that geography friction reads are the same thing here',
    assumptions: [
      'a proposal between organisations in different regions meets geographyFriction (0.4, the schema default uk-2026 keeps, §7.6), written from 002\'s London-centred geography, not for this sentence; ties build coordination on a link (§7.9)',
    ],
    file: 'boundaries.test.ts',
  },
  {
    id: 'infrastructure-coordination',
    title: 'the same places run as planned delivery infrastructure sustain more coordination than run ad hoc',
    source: '000',
    quote: 'Our analysis shows that staff secondments add most value when treated as delivery infrastructure, not as ad hoc fixes or primarily as individual development opportunities.',
    class: 'structural',
    measure: 'uk-devolution-framework-regional over ten years as shipped (strategy, framework elements in full, three-year settlements renewed with 0.9) against the same places with uk-2026\'s framework values and annual settlements renewed with 0.52; coordination gain over no mobility at combined and local averaged over the run, infrastructure minus ad hoc (passes); per 1,000 placements started at combined, a known failure (it.fails): −0.253 (95% CI −0.341 to −0.166, seed 1), the planned programme starting about 870 more placements and coordination saturating',
    fairReading: '"delivery infrastructure" is read as a planned, standardised, sustained programme and "ad hoc fixes" as today\'s practice with the same places; "add most value" as the coordination (which 000 ties to "sustained coordination") each placement leaves, averaged over the whole run so that a peak that lapses does not count as sustained',
    assumptions: [
      'framework elements lower friction and raise matching quality (§7.6), a strategy targets linked partners (§7.6), handover keeps ties with host colleagues (§7.9) and lapses stop placements (§7.2): each written for another claim, so that the planned programme does more is assumed; the per-placement comparison is measured and fails because coordination on a link saturates (§7.9); a fix would compare at equal placements started',
    ],
    file: 'infrastructure.test.ts',
  },
  {
    id: 'contribution-not-activity',
    title: 'activity does not measure contribution: per placement, the same places contribute differently to outcomes depending on how they are run, a contribution found only against a paired counterfactual',
    source: '000',
    quote: 'Measure contribution of secondments to outcomes, not just activity. Track improvements in joint decision-making, pace of delivery, local capability, and results for communities.',
    class: 'emergent',
    measure: 'same arms as infrastructure-coordination: contribution to local outcomes (arm minus counterfactual, common random numbers, mean over the run) per placement started, infrastructure over ad hoc (interval excluding 1 on either side, guarded by notByConstruction: 0.65, 95% CI 0.55 to 0.74 on seed 1, less per placement where more happen); the infrastructure contribution, paired, above zero (0.0112 on seed 1); and, a known failure (it.fails), that contribution over the standard deviation of local outcomes between replicates of the counterfactual below 1: it is about 209, replicates of one region differing too little by chance for the contribution to be hard to find',
    fairReading: 'the takeaway implies that counting placements misreads what they achieve; the fair test is whether the model\'s contribution per placement depends on how they are run (so activity is no proxy), and whether the contribution could be read off a comparison of places without the paired counterfactual (it cannot if it is small against the spread between places alike but for chance)',
    assumptions: [
      'outcomes rise with capability and coordination inside the bounded mean (§7.12); the contribution is measured against the counterfactual with the same random numbers (§4.11); the spread between replicates stands in for the spread between comparable places, which real places exceed (structural differences the model does not draw): hence the known failure; a fix would draw mandate clarity, resourcing and demand per replicate from stated ranges (§7.12)',
    ],
    file: 'infrastructure.test.ts',
  },
  {
    id: 'success-advertises',
    title: 'a programme with placements behind it arranges more of its later proposals (past placements help overcome the practical obstacles)',
    source: '002',
    quote: 'Successful secondments are the best advertisements - and are an encouragement to overcome the inhibitions and practical obstacles.',
    class: 'structural',
    measure: 'uk-2026-regional over ten years, renewed at every settlement, as shipped against funding.learningPerPlacement = 0: the share of secondment proposals realised in years 6–10, paired by replicate (interval above zero)',
    fairReading: 'the sentence says past successes make later placements easier to bring about; the model can read only the "practical obstacles" half, through the programme\'s know-how, so the test claims that half and no more: the measure is the share of the same proposals that come off later, not the number of officials who want to go',
    assumptions: [
      'the programme\'s know-how E grows with every placement that ends with the official staying and cuts each practical obstacle by up to half (§7.6, §7.8): the direction is this formula',
      'not in the model: a placement cut short teaches as much as a success (E does not read success), and willingness (§7.6) does not rise with colleagues\' good placements, so there is no advertisement to officials in the sending organisation; a test of that reading would need a per-organisation record of successful returners raising willingness',
    ],
    file: 'advertisement.test.ts',
  },
  {
    id: 'good-practice',
    title: 'with clear purpose, careful matching and monitoring, fewer secondments end early and each leaves more in its host',
    source: '002',
    quote: 'Experience has demonstrated that there are key elements of good practice in organising and managing secondment. In particular, both sides need to be clear what the purpose of secondment is and to pay careful attention to matching people and opportunities.',
    class: 'structural',
    measure: 'uk-2026-regional over ten years, renewed at every settlement, objectives, definedWork and monitoring all at 1 minus all at 0: the share of ending secondments that ended early (below zero) and knowledge retained in codes (years 6–10, all tiers) per secondment started (above zero), paired by replicate',
    fairReading: 'good practice is offered "to ensure success", so success is read as placements that run their course and leave something behind; both readings are tested, per placement so that more placements cannot pass for better ones',
    assumptions: [
      'placement quality (0.4 + 0.3·objectives + 0.3·definedWork)·(0.8 + 0.2·E), an early-end hazard falling with monitoring and quality, and quality weighing the secondee\'s influence on the host code (§7.6, §7.7): written from 002\'s good-practice list, so the direction is assumed',
    ],
    file: 'goodPractice.test.ts',
  },
  {
    id: 'capacity-gaps',
    title: 'a capacity gap opened by inherited responsibilities persists: it is still open nine years later',
    source: '000',
    quote: 'Capacity gaps persist when places inherit responsibilities without the specialist skills to use devolved powers effectively.',
    class: 'emergent',
    measure: 'uk-2026-regional over ten years, the boroughs\' demand for policy design and national frameworks raised to 0.7 from April 2027 against as shipped: local capacity gap in the last year, devolved minus shipped (above zero: 0.057 against 0.144 in the year after the change, seed 1); and, a known failure (it.fails), that excess as a share of the excess in the year after the change above one half (guarded by notByConstruction): it is 0.395, learning closing about 60% of the gap',
    fairReading: 'the gap opening is definition (capability is measured against demand); "persist" is the claim, read as most of the gap still open after nine years with the same workforce and places, so the test measures the share that learning leaves',
    assumptions: [
      'officials learn their code as far as the work uses it and explore toward demand at explorationPerMonth, codes learn from better staff, entrants arrive with the tier\'s profile (§7.5, §7.7): none written for this sentence, so the share kept is measured; demand for a tier changes by a dated change (§2.2). A fix for the known failure would make devolved specialist skills learnable only from those who hold them, or slower to explore, which needs evidence',
    ],
    file: 'capacityGaps.test.ts',
  },
  {
    id: 'accountability-roles',
    title: 'accountability weakens when roles and decision rights are unclear',
    source: '000',
    quote: 'Accountability weakens when roles and decision rights are unclear.',
    class: 'untested',
    measure: 'the model has no state for accountability: mandate clarity enters only the outcomes bound (§7.12), and nothing records who is answerable for a result, so no measure could read the sentence',
    assumptions: ['a test would need an accountability state per organisation, e.g. the share of joint decisions with an agreed owner, lowered by unclear mandates (§7.12)'],
    file: null,
  },
  {
    id: 'shared-responsibility-domains',
    title: 'secondments matter most in policy domains with shared responsibilities and complex delivery chains',
    source: '000',
    quote: 'These benefits matter most in policy domains with shared responsibilities and complex delivery chains, where outcomes depend on sustained coordination.',
    class: 'untested',
    measure: 'knowledge domains (§7.7) carry no measure of how far responsibility is shared or how long the delivery chain is, and coordination enters outcomes the same way in every domain (§7.12), so no contrast between domains can be made',
    assumptions: ['a test would need a per-domain weight of coordination in outcomes (shared responsibility), and outcomes by domain (§7.12)'],
    file: null,
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
  {
    id: 'careers-track',
    title: 'a career track that rotates its officials and fills senior posts from them makes most new central executives experienced across tiers; ad hoc placements do not',
    source: '000; MIC FY2009; IfG 2009',
    quote: '000: "Japan shows the value of systematic pathways that connect tiers and normalise the circulation of experience". MIC: 81.2% of new ministry section chiefs had secondment experience (FY2009). IfG: over half of permanent secretaries had no experience outside the civil service (2009)',
    class: 'structural',
    measure: 'share of new promotions into the central executive grade, years 16–20 of national japan, one replicate, with cross-tier experience: within 7 points of 81.2%; the same run with no placements kept for the track: under half; national uk-2026 over the same years: under half',
    assumptions: [
      'the fast-track share of the central intake was set so that japan comes near the MIC figure (calibration, docs/evidence.md §1.2); the track, its reserved placements and shortlists are written from the sources\' description of career patterns (docs/ODD.md §7.4)',
      'MIC\'s new section chiefs (266 in FY2009) are compared with the model\'s new central executives (about 340 a year), not its senior grade (about 1,800 a year; docs/ODD.md §7.4)',
    ],
    file: 'careers.test.ts',
  },
  {
    id: 'seniority-patterns',
    title: 'national secondees hold the senior local posts the MIC counts, seniority is asymmetric between the two directions, and the stocks and careers share hold at the same time',
    source: 'MIC via press 2010–12; Tokyo Shimbun citing MIC 2005–06; MIC and Nikkei 2010–20',
    quote: 'MIC via press: national secondees at department-head level or above 323 (2010), 371 (2012). Tokyo Shimbun citing MIC: national officials at section-chief level and above in prefectural posts vs local officials at office-director level and above in ministries, 532 vs 20 (2005–06). MIC; Nikkei: prefectures with a vice-governor from the centre 19 (2010), 22 (2012), 25 of 47 (2020)',
    class: 'structural',
    measure: 'national japan, two replicates, each stock averaged over years 16–20: central secondees in senior prefectural posts within 15% of 532 in every replicate (calibrated); central secondees in executive local posts within 323 − 15% to 371 + 15% in every replicate (not tuned); senior prefectural posts held by the centre over senior ministry posts held by local secondees above 2 in every replicate, and within 15 to 51 (known failure, about 7); prefectures with a central secondee at department head or above at least 19 (a bound)',
    fairReading: 'the model\'s executive grade in local government is department head and above and its senior grade section chief (scenarios/base/japan.json, docs/ODD.md §7.16); the MIC counts describe the real system with its protections, so they are compared with japan, not japan-no-safeguards; the vice-governor figure can only bound the model, which has no such post',
    assumptions: [
      'the senior-post cap was calibrated to the 532 at section chief and above in prefectures (seniorPostCap 0.0375, docs/ODD.md §7.16), so that check is a calibration; the department-head count then follows from the grades sent, the host-grade uplift and careers.fastTrackUplift (§7.6)',
      'the grade correspondence (hostGradeUplift, one grade both ways, §7.6) was written from the 532 vs 20 asymmetry, so its direction is structural; its size is measured and falls short (a known failure)',
    ],
    file: 'careers.test.ts',
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
