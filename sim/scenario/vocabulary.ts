/**
 * The fixed vocabulary of the model: tiers, grades, knowledge domains, placement directions.
 * Fixed (not scenario data) so that state can be laid out in typed arrays with constant strides.
 */
export const TIERS = ['central', 'combined', 'local'] as const;
export type Tier = (typeof TIERS)[number];

/** Junior to executive; grades at or above SENIOR_GRADE hold senior posts (safeguards, autonomy). */
export const GRADES = ['junior', 'officer', 'manager', 'senior', 'executive'] as const;
export const SENIOR_GRADE = 3;

/** Knowledge domains (docs/ODD.md 2.1 Vocabulary: policy design, operational delivery, local context, national frameworks). */
export const DOMAINS = ['policyDesign', 'operationalDelivery', 'localContext', 'nationalFrameworks'] as const;
export type Domain = (typeof DOMAINS)[number];

export const INSTRUMENTS = ['secondment', 'attachment', 'exchange'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Directions of movement between tiers, named `fromToTo`. */
export const DIRECTIONS = [
  'centralToCombined',
  'centralToLocal',
  'combinedToCentral',
  'combinedToLocal',
  'localToCentral',
  'localToCombined',
] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_TIERS: Record<Direction, readonly [number, number]> = {
  centralToCombined: [0, 1],
  centralToLocal: [0, 2],
  combinedToCentral: [1, 0],
  combinedToLocal: [1, 2],
  localToCentral: [2, 0],
  localToCombined: [2, 1],
};

/** The direction index for a (from tier, to tier) pair, or -1 within a tier. */
export function directionIndex(fromTier: number, toTier: number): number {
  return DIRECTIONS.findIndex((d) => DIRECTION_TIERS[d][0] === fromTier && DIRECTION_TIERS[d][1] === toTier);
}
