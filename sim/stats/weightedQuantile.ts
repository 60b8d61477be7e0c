/**
 * The p-quantile of values under normalised weights: the smallest value whose cumulative weight
 * reaches p (the weighted form of the inverse empirical CDF, Hyndman & Fan 1996 type 1). Values
 * are sorted with their index breaking ties, so the answer never depends on the input order.
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  let total = 0;
  for (const w of weights) total += w;
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i];
    if (cumulative >= p * total) return values[i];
  }
  return order.length > 0 ? values[order[order.length - 1]] : NaN;
}
