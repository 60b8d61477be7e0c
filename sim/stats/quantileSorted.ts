/**
 * The p-quantile of an ascending array by linear interpolation between order
 * statistics — Hyndman & Fan (1996, Am. Stat. 50:361) type 7, the default of
 * R and NumPy, so numbers can be checked against either. NaN when empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || Number.isNaN(p)) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
