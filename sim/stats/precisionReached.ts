import type { Summary } from './summarise';

/**
 * How precise an estimated mean must be. The required half-width is
 * max(relative·|mean|, absolute), the same mixed tolerance as numpy.isclose:
 * the relative part scales with the output, the absolute part stops a mean
 * near zero from demanding infinite replicates.
 */
export interface PrecisionTarget {
  /** e.g. 0.05 for "half-width within 5% of |mean|". */
  relative?: number;
  /** Half-width in output units that is always good enough. */
  absolute?: number;
}

/** Half-width that satisfies `target` for an estimate of `mean` (0 if neither part is set). */
export function targetHalfWidth(mean: number, target: PrecisionTarget): number {
  const relative = target.relative !== undefined && Number.isFinite(mean) ? target.relative * Math.abs(mean) : 0;
  return Math.max(relative, target.absolute ?? 0);
}

/**
 * Whether the replicates behind `summary` are already enough. A summary of
 * fewer than two values has an infinite half-width and is never precise.
 */
export function precisionReached(summary: Summary, target: PrecisionTarget): boolean {
  return summary.halfWidth <= targetHalfWidth(summary.mean, target);
}
