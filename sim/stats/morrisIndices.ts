import { bootstrapCI } from './bootstrapCI';
import { summarise } from './summarise';
import type { Interval, Uniform } from './types';

export interface MorrisFactorIndices {
  factor: number;
  /** Mean elementary effect: sign-aware, cancels for non-monotonic factors. */
  mu: number;
  /** Mean absolute elementary effect (Campolongo et al. 2007): the ranking measure. */
  muStar: number;
  /** Sample sd of the effects: non-zero flags interactions or non-linearity. */
  sigma: number;
  /** The elementary effects, in trajectory order. */
  effects: number[];
  /** Percentile bootstrap interval for muStar, when requested. */
  muStarCi?: Interval;
}

export interface MorrisIndicesOptions {
  /** Number of bootstrap resamples for the muStar interval; needs `rand`. */
  bootstrap?: number;
  rand?: Uniform;
  level?: number;
}

function meanAbsolute(sample: Float64Array): number {
  let s = 0;
  for (let i = 0; i < sample.length; i++) s += Math.abs(sample[i]);
  return s / sample.length;
}

/**
 * Elementary-effects screening statistics (Morris 1991; mu* from Campolongo,
 * Cariboni & Saltelli 2007, Environ. Model. Softw. 22:1509). Each step of a
 * trajectory gives EE_i = (y' − y) / (x'_i − x_i) for the one factor i that
 * moved, so effects are per unit of the [0, 1] scale — i.e. the output change
 * for sweeping a factor across its whole range, comparable between factors.
 *
 * The moved factor is read from the points themselves, so any one-at-a-time
 * trajectory design works; `outputs[i]` is the model output at `points[i]`.
 * sigma uses the n − 1 denominator and is 0 when r = 1 (see summarise).
 * Bootstrap draws are consumed factor by factor.
 */
export function morrisIndices(
  design: { k: number; points: readonly (readonly number[])[] },
  outputs: ArrayLike<number>,
  options: MorrisIndicesOptions = {},
): MorrisFactorIndices[] {
  const { k, points } = design;
  const stride = k + 1;
  if (outputs.length !== points.length || points.length % stride !== 0) {
    throw new RangeError(
      `morrisIndices: need one output per point and whole trajectories of ${stride} points, got ${outputs.length} outputs for ${points.length} points`,
    );
  }
  if (options.bootstrap && !options.rand) throw new RangeError('morrisIndices: bootstrap needs rand');
  const effects: number[][] = Array.from({ length: k }, () => []);
  for (let start = 0; start < points.length; start += stride) {
    for (let s = start; s < start + k; s++) {
      const before = points[s];
      const after = points[s + 1];
      const moved: number[] = [];
      for (let i = 0; i < k; i++) if (after[i] !== before[i]) moved.push(i);
      if (moved.length !== 1) {
        throw new RangeError(`morrisIndices: rows ${s} and ${s + 1} differ in ${moved.length} factors, expected 1`);
      }
      const i = moved[0];
      effects[i].push((outputs[s + 1] - outputs[s]) / (after[i] - before[i]));
    }
  }
  return effects.map((ee, factor) => {
    const stats = summarise(ee);
    const result: MorrisFactorIndices = {
      factor,
      mu: stats.mean,
      muStar: meanAbsolute(Float64Array.from(ee)),
      sigma: stats.sd,
      effects: ee,
    };
    if (options.bootstrap && options.rand) {
      const ci = bootstrapCI(ee, meanAbsolute, {
        rand: options.rand,
        resamples: options.bootstrap,
        level: options.level,
      });
      result.muStarCi = { low: ci.low, high: ci.high };
    }
    return result;
  });
}
