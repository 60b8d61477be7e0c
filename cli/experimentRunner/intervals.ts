import { tQuantile } from '../../sim/stats/index.ts';

/**
 * A mean with its 95% t interval from running moments. With one replicate the spread and the
 * interval are undefined (NaN, written as an empty cell and shown as n/a), not infinite or zero.
 */
export function meanInterval(n: number, mean: number, sd: number, level = 0.95) {
  const half = n > 1 ? tQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n)) : NaN;
  return { n, mean, sd: n > 1 ? sd : NaN, low: mean - half, high: mean + half, halfWidth: half };
}

/**
 * A paired difference b − a summarised from running moments of a, b and b − a, with the Welch
 * interval the same runs would have given unpaired, so the gain from common random numbers shows.
 */
export function pairedInterval(n: number, diff: { mean: number; sd: number }, a: { sd: number }, b: { sd: number }, level = 0.95) {
  const paired = meanInterval(n, diff.mean, diff.sd, level);
  const va = (a.sd * a.sd) / n;
  const vb = (b.sd * b.sd) / n;
  const se = Math.sqrt(va + vb);
  // Welch–Satterthwaite degrees of freedom. A product, not `** 2`: exponentiation goes through the
  // engine's pow, whose last bit may differ between engines, and df reaches compare.csv.
  const df = va + vb > 0 ? ((va + vb) * (va + vb)) / ((va * va) / (n - 1) + (vb * vb) / (n - 1)) : n - 1;
  const unpairedHalf = n > 1 ? tQuantile(1 - (1 - level) / 2, Math.max(1, df)) * se : NaN;
  const pooled = Math.sqrt((a.sd * a.sd + b.sd * b.sd) / 2);
  return {
    ...paired,
    unpairedHalfWidth: unpairedHalf,
    /** Paired over unpaired half-width: below 1 means pairing narrowed the interval. */
    ratio: unpairedHalf > 0 ? paired.halfWidth / unpairedHalf : NaN,
    /** Cohen's d_z (paired) and d (pooled); undefined (NaN) when there is no spread to scale by, or one replicate. */
    effectDz: n > 1 && diff.sd > 0 ? diff.mean / diff.sd : NaN,
    effectD: n > 1 && pooled > 0 ? diff.mean / pooled : NaN,
  };
}
