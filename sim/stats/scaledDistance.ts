/**
 * Euclidean distance between simulated and observed summaries, each difference in units of its
 * scale (observation and discrepancy sd together), so a target with a wide uncertainty counts
 * less. A summary that is not a finite number (a run that failed, a share of nothing) is infinitely far.
 */
export function scaledDistance(summary: readonly number[], observed: readonly number[], scale: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = (summary[i] - observed[i]) / scale[i];
    if (!Number.isFinite(e)) return Infinity;
    s += e * e;
  }
  return Math.sqrt(s);
}
