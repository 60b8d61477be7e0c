import { z } from 'zod';
import { param } from './param.ts';

export const Funding = z
  .object({
    cycleMonths: param({ description: 'Length of a funding cycle', unit: 'months', min: 1, max: 240, int: true, default: 12, source: 'MHCLG: annual settlements' }),
    renewalProbability: param({
      description: 'Chance the programme is renewed at a cycle boundary',
      unit: 'probability', min: 0, max: 1, default: 0.52,
      source: 'LGA/IfG: 48% of 2022/23 grants ended at year end',
    }),
    fundedShare: param({
      description: 'Share of organisations whose bid wins each cycle (competitive pots; 1 = all funded)',
      unit: 'share (0–1)', min: 0, max: 1, default: 1, assumption: 'no competition unless stated',
    }),
    lapseEndsLiveShare: param({
      description: 'Share of live placements ended early when the programme lapses',
      unit: 'share (0–1)', min: 0, max: 1, default: 0.5, assumption: 'to be swept',
    }),
    commitBeyondSettlement: param({
      description: 'Chance that sender and host commit to a placement running past the end of the funded settlement; otherwise it is cut to the settlement, or fails if that leaves less than the shortest term',
      unit: 'probability', min: 0, max: 1, default: 1,
      assumption: '002: a 12–24 month secondment "may be much more difficult to arrange"; 000: short funding cycles; 1 = commitments ignore the settlement',
    }),
    adminCostPerMonth: param({
      description: 'Cost of the small dedicated team that runs the programme while funded (002)',
      unit: 'GBP per month', min: 0, max: 1e8, default: 20000, assumption: 'a team of about four',
    }),
    learningPerPlacement: param({
      description: "How much each placement that ends with the official staying adds to the programme's know-how (matching, arrangements), while funded",
      unit: 'share (0–1)', min: 0, max: 1, default: 0.02, assumption: 'to be swept',
    }),
  })
  .strict();

export const Learning = z
  .object({
    fromCodePerMonth: param({
      description: "Rate at which officials learn their workplace's shared code, in proportion to how much the work uses it (March 1991, p1)",
      unit: 'per month', min: 0, max: 1, default: 0.15, assumption: 'March (1991) explores 0.1–0.9 per period; monthly period',
    }),
    explorationPerMonth: param({
      description: 'Rate at which officials learn by doing beyond what their workplace already knows (exploration, March 1991)',
      unit: 'per month', min: 0, max: 1, default: 0.01, assumption: 'specialist skills are slow to grow where nobody has them (000: capacity gaps persist); to be swept',
    }),
    forgettingHalfLifeMonths: param({
      description: 'Half-life of unused individual knowledge',
      unit: 'months', min: 1, max: 600, default: 9.5, source: 'Tatel & Ackerman 2025: skill half-life ~6.5–13 months without use',
    }),
    codeLearningPerMonth: param({
      description: 'Rate at which the shared code learns from staff who know more (March 1991, p2)',
      unit: 'per month', min: 0, max: 1, default: 0.3, assumption: 'March (1991) explores 0.1–0.9 per period',
    }),
    codeRetentionPerMonth: param({
      description: "Share of the gap between the organisation's code and what its staff know that the code keeps each month (1 − the rate it relaxes toward staff)",
      unit: 'share per month', min: 0, max: 1, default: 0.9,
      assumption: 'Argote 2013 reports 0.55–0.75 in production settings; slower here because staff renew the code',
    }),
    rampMonths: param({ description: 'Months to full productivity in a new post without induction', unit: 'months', min: 1, max: 48, default: 12, source: 'IfG Moving On (2019): about a year' }),
    inductionRampCut: param({
      description: 'Share of the ramp-up that good induction removes',
      unit: 'share (0–1)', min: 0, max: 1, default: 0.5, assumption: 'to be swept',
    }),
    codeShareOfCapability: param({
      description: "Weight of the shared code (vs individuals' own knowledge) in an organisation's capability",
      unit: 'share (0–1)', min: 0, max: 1, default: 0.3, assumption: 'to be swept',
    }),
    seniorInfluence: param({
      description: 'How many times more a grade shapes the shared code than the grade below',
      unit: 'ratio', min: 1, max: 10, default: 2, assumption: 'leaders set practice',
    }),
    placementLearningBoost: param({
      description: 'Multiplier on learning for officials on placement: they are there to learn',
      unit: 'ratio', min: 0, max: 10, default: 2, assumption: 'to be swept',
    }),
    absorptionWithoutBridge: param({
      description:
        "Share of a placed official's productivity and knowledge a host takes in when none of its own staff has worked in the official's tier; it rises to 1 at one such returner per placed official (absorptive capacity)",
      unit: 'share (0–1)', min: 0, max: 1, default: 0.5,
      assumption: 'no figure found; mechanism after Cohen & Levinthal 1990 (absorptive capacity). 1 switches the mechanism off. To be swept',
    }),
    colleaguesReached: param({
      description: 'Colleagues who learn from a departing or returning official through handover, capture or succession',
      unit: 'officials', min: 0, max: 50, int: true, default: 5, assumption: 'a team',
    }),
    broughtBackShare: param({
      description: 'Share of the gap to a departing or returning official that colleagues close through handover or capture',
      unit: 'share (0–1)', min: 0, max: 1, default: 0.5, assumption: 'no figure found: to be swept',
    }),
  })
  .strict();

export const Ties = z
  .object({
    halfLifeMonths: param({ description: 'Half-life of a cross-tier tie without contact', unit: 'months', min: 1, max: 600, default: 36, assumption: 'professional networks fade over a few years' }),
    secondmentStrength: param({ description: 'Tie strength built by a year on secondment or exchange', unit: 'ties', min: 0, max: 10, default: 1, assumption: 'unit of tie strength' }),
    attachmentStrength: param({ description: 'Tie strength built by one short attachment', unit: 'ties', min: 0, max: 10, default: 0.5, assumption: 'project-based contact builds ties quickly (002)' }),
    hostContacts: param({ description: 'Host colleagues who gain a tie to the placed official\'s home organisation', unit: 'officials', min: 0, max: 50, int: true, default: 3, assumption: 'a small team' }),
    tiesForHalfCoordination: param({
      description: 'Tie strength per 1,000 staff of the smaller partner that closes half the coordination gap of a link',
      unit: 'ties per 1,000 staff', min: 0.01, max: 1000, default: 10, assumption: 'to be swept',
    }),
    reciprocityWeight: param({
      description: 'How far coordination on a link needs ties from both sides (0: any ties count alike; 1: only the balanced part counts)',
      unit: 'share (0–1)', min: 0, max: 1, default: 0.5,
      assumption: '000: two-way movement works "by ensuring experience flows in both directions": joint working needs people on each side who know the other; to be swept',
    }),
    baseCoordination: param({ description: 'Coordination of a link with no cross-tier ties', unit: 'index (0–1)', min: 0, max: 1, default: 0.3, assumption: 'formal channels only' }),
    crossBoundaryPenalty: param({
      description: 'Share of base coordination lost when partners lie in different regions (000: functional geographies that do not match boundaries)',
      unit: 'share (0–1)', min: 0, max: 1, default: 0.3, assumption: 'to be swept',
    }),
  })
  .strict();

export const Careers = z
  .object({
    crossTierWeight: param({
      description: 'Weight of cross-tier experience in promotion decisions (0 = ignored)',
      unit: 'score', min: 0, max: 5, default: 0.1, assumption: 'UK: over half of permanent secretaries had no outside experience',
    }),
    fastTrackShare: param({
      description: 'Share of each central intake entering a fast track (a career track of planned rotation and early promotion); 0 = no fast track',
      unit: 'share (0–1)', min: 0, max: 1, default: 0, assumption: 'no fast track unless a scenario states one (docs/ODD.md §7.4)',
    }),
    fastTrackPlaces: param({
      description: 'Share of placements sent from central organisations that are kept for fast-track officials (rotation as a step of their career track); 0 = placements are open to all, ad hoc',
      unit: 'share (0–1)', min: 0, max: 1, default: 0, assumption: 'ad hoc: placements are not part of a career track (docs/ODD.md §7.4)',
    }),
    fastTrackShortlist: param({
      description: 'Share of the shortlist places for a senior post (senior and executive grades) kept for fast-track officials of the grade below, where any are eligible; 0 = shortlists drawn from everyone',
      unit: 'share (0–1)', min: 0, max: 1, default: 0, assumption: 'no fast track unless a scenario states one (docs/ODD.md §7.4)',
    }),
    fastTrackUplift: param({
      description: 'Further grades, beyond context.hostGradeUplift and up to the senior grade, at which fast-track central officials are placed in local government (their young officials take section-chief posts); 0 = placed as anyone of their grade',
      unit: 'grades', min: 0, max: 2, int: true, default: 0, assumption: 'no fast track unless a scenario states one (docs/ODD.md §7.6)',
    }),
    minMonthsInGrade: param({ description: 'Months in grade before promotion', unit: 'months', min: 0, max: 240, int: true, default: 24, assumption: 'typical eligibility rule' }),
    candidatesPerVacancy: param({ description: 'Candidates considered for an internal promotion', unit: 'officials', min: 1, max: 64, int: true, default: 6, assumption: 'a shortlist' }),
    placementRecognised: param({
      description: 'Chance a returner finds their placement recognised and used (else they leave more)',
      unit: 'probability', min: 0, max: 1, default: 0.5, assumption: '002: worry whether secondment assists career development',
    }),
    unrecognisedLeavingPerYear: param({
      description: 'Extra annual leaving rate for a returner whose placement goes unrecognised, for 12 months',
      unit: 'per year', min: 0, max: 1, default: 0.25, source: 'GMAC/NFTC: 23–25% of returners leave within a year (private sector; proxy)',
    }),
  })
  .strict();

export const Context = z
  .object({
    baseWillingness: param({ description: 'Chance an eligible official asked at random volunteers at neutral conditions (host attractiveness and career value 0.5, no insecurity); favourable conditions raise it up to 2.25 times', unit: 'probability', min: 0, max: 1, default: 0.3, assumption: 'to be swept' }),
    careerValue: param({ description: 'How far a placement is believed to help careers (002)', unit: 'index (0–1)', min: 0, max: 1, default: 0.3, assumption: '002: worry whether secondment assists career development' }),
    londonPull: param({ description: 'Weight of London-based organisations, relative to others, as senders and hosts of voluntary placements (002: London-centred opportunities); 1 = no pull', unit: 'ratio', min: 0, max: 20, default: 1, assumption: 'no pull unless stated' }),
    geographyFriction: param({ description: 'Chance a placement between regions founders on geography, at zero commitment', unit: 'probability', min: 0, max: 1, default: 0.4, assumption: '002: practical inhibitions, none insuperable' }),
    careerMismatchFriction: param({ description: 'Chance a cross-tier placement founders on mismatched career patterns and jobs, at zero commitment', unit: 'probability', min: 0, max: 1, default: 0.4, assumption: '002: policy jobs in the centre, managerial jobs locally' }),
    financeFriction: param({ description: 'Chance a placement founders on finance and logistics not sorted in advance, at zero commitment', unit: 'probability', min: 0, max: 1, default: 0.5, assumption: '002: financial and logistic arrangements' }),
    targeting: param({
      description: 'Share of placements aimed at organisations the sender must coordinate with (functional geography); a strategy raises it',
      unit: 'share (0–1)', min: 0, max: 1, default: 0.5, assumption: '000: secondments as delivery infrastructure; to be swept',
    }),
    responsibilityFriction: param({ description: 'Chance a placement founders because nobody is responsible for starting it, at zero commitment', unit: 'probability', min: 0, max: 1, default: 0.4, assumption: '002: lack of clear responsibility' }),
    hostGradeUplift: param({
      description: 'Grades by which local government\'s scale sits below the centre\'s: central secondees are placed this many grades above their own in local government, local secondees as many below in ministries (rounded to whole grades)',
      unit: 'grades', min: 0, max: 2, default: 0, assumption: 'no uplift unless stated',
    }),
  })
  .strict();

export const Outcomes = z
  .object({
    boundSharpness: param({
      description: 'How strictly mandate clarity and resourcing bound outcomes (exponent of a generalised mean; higher is closer to a hard minimum)',
      unit: 'exponent', min: 0.5, max: 50, default: 4, assumption: '000: secondments cannot substitute for mandates or resources',
    }),
    autonomyPull: param({
      description: 'How far central secondees in senior local posts pull priorities toward the centre',
      unit: 'index (0–5)', min: 0, max: 5, default: 1.5, assumption: '000: risk of over-centralisation; to be swept',
    }),
    autonomyAdjustPerMonth: param({ description: 'Rate at which local autonomy adjusts to who holds senior posts', unit: 'per month', min: 0, max: 1, default: 0.05, assumption: 'priorities shift over a year or two' }),
    localPriorityWeight: param({ description: "Weight of local autonomy in results for communities (priorities matching the place)", unit: 'share (0–1)', min: 0, max: 1, default: 0.3, assumption: 'to be swept' }),
  })
  .strict();
