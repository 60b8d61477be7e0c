import { tQuantile } from './tQuantile';

export interface Summary {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 denominator). */
  sd: number;
  /** Standard error of the mean, sd / √n. */
  se: number;
  ciLow: number;
  ciHigh: number;
  halfWidth: number;
  /** Confidence level of [ciLow, ciHigh], e.g. 0.95. */
  level: number;
}

/**
 * Mean with a two-sided Student-t confidence interval, mean ± t_{(1+level)/2, n−1}·sd/√n.
 * The t (not normal) quantile matters here: with 5 replicates the 95%
 * multiplier is 2.78, not 1.96.
 *
 * Never throws. Conventions for degenerate input, chosen so that CSV/JSON
 * output stays numeric and "is this precise enough?" tests answer "no":
 *  - n = 1: sd = 0 (no spread observed), se = halfWidth = Infinity and the
 *    interval is (−Infinity, Infinity) — the t interval with 0 df is unbounded.
 *  - n = 0: mean = sd = NaN (there is nothing to average); se, halfWidth and
 *    the bounds are infinite as for n = 1.
 * Non-finite values propagate (a NaN input gives a NaN mean).
 * Two-pass algorithm, so a large common offset does not destroy the variance.
 */
export function summarise(values: ArrayLike<number>, level = 0.95): Summary {
  const n = values.length;
  if (n === 0) {
    return { n, mean: NaN, sd: NaN, se: Infinity, ciLow: -Infinity, ciHigh: Infinity, halfWidth: Infinity, level };
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  if (n === 1) {
    return { n, mean, sd: 0, se: Infinity, ciLow: -Infinity, ciHigh: Infinity, halfWidth: Infinity, level };
  }
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    squares += d * d;
  }
  const sd = Math.sqrt(squares / (n - 1));
  const se = sd / Math.sqrt(n);
  const halfWidth = tQuantile((1 + level) / 2, n - 1) * se;
  return { n, mean, sd, se, ciLow: mean - halfWidth, ciHigh: mean + halfWidth, halfWidth, level };
}
