/**
 * What `capflow evidence --screen` screens: assumption parameters of the regional scenarios (each
 * marked `assumption`, with no source, in scenarios/base/uk-2026.json or uk.json, or left at the
 * schema default, "to be swept") over plausible ranges, and the findings whose sign should survive
 * them. Ranges are judgement, stated here so a reader can disagree with them: roughly the values
 * other shipped scenarios use for the same parameter, widened to either side.
 */
export interface ScreenFactor {
  path: string;
  lo: number;
  hi: number;
  /** Why this range is plausible. */
  why: string;
}

export interface ScreenFinding {
  /** The claim of cli/evidence/claims.ts the contrast reads. */
  claim: string;
  what: string;
  /** Edits of the arm compared with the scenario as shipped (at the same design point). */
  arm: string[];
  /** Metric read in each arm, and how: at the horizon, or summed over the run for a flow. */
  metric: string;
  groups: string[];
  read: 'horizon' | 'total';
  /** +1 when the finding is that the arm's value exceeds the shipped one, −1 when it falls short. */
  sign: 1 | -1;
}

export const SCREEN_SCENARIO = 'scenarios/uk-2026-regional.json';

export const SCREEN_FACTORS: readonly ScreenFactor[] = [
  { path: 'context.baseWillingness', lo: 0.15, hi: 0.5, why: '"no figure; to be swept" (uk-2026.json): halved to about doubled' },
  { path: 'context.geographyFriction', lo: 0.2, hi: 0.6, why: 'Japan 0.2 (relocation expected) to above uk-1992 0.5' },
  { path: 'context.responsibilityFriction', lo: 0.2, hi: 0.6, why: 'uk-2026 0.4, uk-1992 0.6' },
  { path: 'context.financeFriction', lo: 0.2, hi: 0.6, why: 'uk-1992 0.5; schema default otherwise' },
  { path: 'context.careerMismatchFriction', lo: 0.2, hi: 0.6, why: 'Japan 0.2 (generalist careers) to above uk-1992 0.5' },
  { path: 'careers.placementRecognised', lo: 0.2, hi: 0.8, why: 'uk-2026 0.5 ("worry whether secondment assists career development")' },
  { path: 'learning.absorptionWithoutBridge', lo: 0.3, hi: 0.8, why: 'shipped 0.5; the reciprocity-capability finding fades above about 0.7 (docs/ODD.md §7.15)' },
  { path: 'funding.commitBeyondSettlement', lo: 0.3, hi: 0.8, why: 'uk.json 0.5, written for the cycle-length claim (docs/ODD.md §7.2)' },
];

const ALL_SECONDMENTS = ['centralToCombined', 'centralToLocal', 'combinedToCentral', 'combinedToLocal', 'localToCentral', 'localToCombined'].map((d) => `secondment:${d}`);

export const SCREEN_FINDINGS: readonly ScreenFinding[] = [
  { claim: 'london-access', what: "London share of placements, no London pull minus shipped", arm: ['context.londonPull=1@always'], metric: 'londonShare', groups: ['all'], read: 'horizon', sign: -1 },
  { claim: 'london-access', what: 'Gini among departments, no London pull minus shipped', arm: ['context.londonPull=1@always'], metric: 'accessInequalityWithinTier', groups: ['central'], read: 'horizon', sign: -1 },
  { claim: 'job-insecurity', what: 'secondments started, insecurity 0.6 minus shipped', arm: ['central', 'combined', 'local'].map((t) => `tiers.${t}.jobInsecurity=0.6@always`), metric: 'placementsStarted', groups: ALL_SECONDMENTS, read: 'total', sign: -1 },
  { claim: 'career-value', what: 'secondments started, career value 0.7 minus shipped', arm: ['context.careerValue=0.7@always'], metric: 'placementsStarted', groups: ALL_SECONDMENTS, read: 'total', sign: 1 },
  { claim: 'standardisation-access', what: 'secondments started, five framework elements at 1 minus shipped', arm: ['objectives', 'definedWork', 'induction', 'handover', 'evaluation'].map((e) => `programme.framework.${e}=1@always`), metric: 'placementsStarted', groups: ALL_SECONDMENTS, read: 'total', sign: 1 },
];
