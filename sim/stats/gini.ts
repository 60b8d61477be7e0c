/**
 * Gini coefficient of non-negative values: the mean absolute difference between all pairs over
 * twice the mean, computed from the sorted values as Σ (2i − n − 1)·x_(i) / (n·Σx) (Damgaard &
 * Weiner 2000, Ecology 81:1139, eq. 1, without their small-sample correction). 0 when every value
 * is equal or all are zero; (n − 1)/n when one holds everything. Does not modify its argument.
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i];
    weighted += (2 * (i + 1) - n - 1) * sorted[i];
  }
  return total === 0 ? 0 : weighted / (n * total);
}
