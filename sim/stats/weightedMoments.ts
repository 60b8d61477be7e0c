/**
 * Weighted mean and covariance (row-major k × k) of points under normalised weights, the
 * population's own (not an unbiased estimate): what ABC-SMC's perturbation kernel is scaled by.
 */
export function weightedMoments(points: readonly (readonly number[])[], weights: readonly number[]): { mean: number[]; cov: number[] } {
  const k = points.length > 0 ? points[0].length : 0;
  const mean = new Array<number>(k).fill(0);
  for (let i = 0; i < points.length; i++) for (let d = 0; d < k; d++) mean[d] += weights[i] * points[i][d];
  const cov = new Array<number>(k * k).fill(0);
  for (let i = 0; i < points.length; i++) {
    const w = weights[i];
    for (let a = 0; a < k; a++) {
      const da = points[i][a] - mean[a];
      for (let b = 0; b <= a; b++) cov[a * k + b] += w * da * (points[i][b] - mean[b]);
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) cov[b * k + a] = cov[a * k + b];
  return { mean, cov };
}
