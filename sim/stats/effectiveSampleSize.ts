/**
 * Kish's effective sample size of importance weights, (Σw)² / Σw²: the number of equally weighted
 * points that would estimate a mean as precisely. It equals the count when every weight is equal
 * and falls to 1 when one point holds all the weight.
 */
export function effectiveSampleSize(weights: readonly number[]): number {
  let sum = 0;
  let squares = 0;
  for (const w of weights) {
    sum += w;
    squares += w * w;
  }
  return squares > 0 ? (sum * sum) / squares : 0;
}
