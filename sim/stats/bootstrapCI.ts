import { quantileSorted } from './quantileSorted';
import { randomInt } from './randomInt';
import type { Uniform } from './types';

export interface BootstrapOptions {
  rand: Uniform;
  /** Number of bootstrap resamples B; 1000 is the usual minimum for a 95% percentile interval. */
  resamples?: number;
  level?: number;
}

export interface BootstrapInterval {
  /** The statistic on the original sample. */
  estimate: number;
  low: number;
  high: number;
  level: number;
  resamples: number;
}

/**
 * Percentile bootstrap interval for any statistic of one sample (Efron &
 * Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13): resample n
 * values with replacement B times and take the (1 ± level)/2 quantiles of the
 * recomputed statistic. Draw order: B·n draws, resample by resample.
 * Statistics that return NaN on a resample are dropped from the quantiles.
 */
export function bootstrapCI(
  values: ArrayLike<number>,
  statistic: (sample: Float64Array) => number,
  options: BootstrapOptions,
): BootstrapInterval {
  const { rand, resamples = 1000, level = 0.95 } = options;
  const n = values.length;
  const original = Float64Array.from(values as ArrayLike<number>);
  const estimate = statistic(original);
  const replicates: number[] = [];
  const sample = new Float64Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) sample[i] = original[randomInt(n, rand)];
    const value = statistic(sample);
    if (!Number.isNaN(value)) replicates.push(value);
  }
  replicates.sort((x, y) => x - y);
  const alpha = (1 - level) / 2;
  return {
    estimate,
    low: quantileSorted(replicates, alpha),
    high: quantileSorted(replicates, 1 - alpha),
    level,
    resamples,
  };
}
