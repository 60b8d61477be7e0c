/** An interval after clipping to what a quantity can be, and whether clipping moved an end. */
export interface ClippedInterval {
  lo: number;
  hi: number;
  clipped: boolean;
}

/**
 * A t interval cut to a metric's range. A t interval assumes a symmetric, unbounded sampling
 * distribution; near a bound (a share near 0, a 0-or-1 flag) it reaches values the quantity cannot
 * take, and "−0.28 to 1.08" for a 0-or-1 flag misleads. Clipping keeps the part that can occur and
 * `clipped` lets the reader be told. Unbounded (non-finite) ends are kept as they are: they mean
 * "no interval" (one replicate), not "the whole range".
 */
export function clipToRange(lo: number, hi: number, range: readonly [number, number]): ClippedInterval {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { lo, hi, clipped: false };
  const clippedLo = Math.max(lo, range[0]);
  const clippedHi = Math.min(hi, range[1]);
  return { lo: clippedLo, hi: clippedHi, clipped: clippedLo !== lo || clippedHi !== hi };
}

/** What B − A can be when A and B each lie in `range`: [low − high, high − low]. */
export function differenceRange(range: readonly [number, number]): [number, number] {
  return [range[0] - range[1], range[1] - range[0]];
}
