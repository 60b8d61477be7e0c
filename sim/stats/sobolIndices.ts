import { quantileSorted } from './quantileSorted';
import { randomInt } from './randomInt';
import type { Interval, Uniform } from './types';

export interface SobolFactorIndices {
  factor: number;
  /** First-order index S_i: share of variance explained by factor i alone. */
  first: number;
  /** Total index S_Ti: share involving factor i, interactions included. */
  total: number;
  firstCi?: Interval;
  totalCi?: Interval;
}

export interface SobolIndices {
  /** Mean and (population) variance of the outputs of A and B together. */
  mean: number;
  variance: number;
  factors: SobolFactorIndices[];
}

export interface SobolIndicesOptions {
  /** Bootstrap resamples for percentile intervals (default 1000 when rand is given, else none). */
  bootstrap?: number;
  rand?: Uniform;
  level?: number;
}

/** Point estimates from the N base rows listed in `rows` (possibly repeated). */
function estimate(y: ArrayLike<number>, k: number, N: number, rows: ArrayLike<number>) {
  const n = rows.length;
  let sum = 0;
  for (let r = 0; r < n; r++) sum += y[rows[r]] + y[N + rows[r]];
  const mean = sum / (2 * n);
  let squares = 0;
  for (let r = 0; r < n; r++) {
    const dA = y[rows[r]] - mean;
    const dB = y[N + rows[r]] - mean;
    squares += dA * dA + dB * dB;
  }
  const variance = squares / (2 * n);
  const first = new Array<number>(k);
  const total = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    const offset = (2 + i) * N;
    let firstSum = 0;
    let totalSum = 0;
    for (let r = 0; r < n; r++) {
      const j = rows[r];
      const fA = y[j];
      const fAB = y[offset + j];
      // Saltelli et al. 2010, Table 2 (b): V_i ≈ mean f(B)·(f(AB_i) − f(A)).
      // Centring f(B) leaves the expectation unchanged (the bracket has mean
      // zero) but removes the mean² noise term when outputs sit far from 0.
      firstSum += (y[N + j] - mean) * (fAB - fA);
      // Jansen 1999 (Table 2 (f)): V_Ti ≈ mean (f(A) − f(AB_i))² / 2.
      totalSum += (fA - fAB) * (fA - fAB);
    }
    // A constant output has nothing to apportion: report zero, not 0/0.
    first[i] = variance > 0 ? firstSum / n / variance : 0;
    total[i] = variance > 0 ? totalSum / (2 * n) / variance : 0;
  }
  return { mean, variance, first, total };
}

/**
 * First-order (Saltelli et al. 2010) and total-effect (Jansen 1999, Comput.
 * Phys. Commun. 117:35) Sobol' indices from outputs of saltelliDesign(k, N, …),
 * in its block row order (A, B, AB_0 … AB_{k−1}). The variance is taken over
 * the 2N outputs of A and B.
 *
 * Intervals are percentile bootstrap intervals obtained by resampling the N
 * base rows with replacement, keeping each row's A, B and AB_i outputs
 * together (Archer, Saltelli & Sobol' 1997, J. Stat. Comput. Simul. 58:99).
 * Draw order: resample by resample, N draws each. With a Sobol' base sample
 * the rows are not independent, so these intervals are conservative.
 */
export function sobolIndices(
  outputs: ArrayLike<number>,
  k: number,
  N: number,
  options: SobolIndicesOptions = {},
): SobolIndices {
  if (outputs.length !== N * (k + 2)) {
    throw new RangeError(`sobolIndices: expected N·(k+2) = ${N * (k + 2)} outputs, got ${outputs.length}`);
  }
  const { rand, level = 0.95 } = options;
  const resamples = options.bootstrap ?? (rand ? 1000 : 0);
  if (resamples > 0 && !rand) throw new RangeError('sobolIndices: bootstrap needs rand');
  const identity = Int32Array.from({ length: N }, (_, j) => j);
  const point = estimate(outputs, k, N, identity);
  const factors: SobolFactorIndices[] = point.first.map((first, factor) => ({
    factor,
    first,
    total: point.total[factor],
  }));
  if (resamples > 0 && rand) {
    const firstDraws = Array.from({ length: k }, () => new Float64Array(resamples));
    const totalDraws = Array.from({ length: k }, () => new Float64Array(resamples));
    const rows = new Int32Array(N);
    for (let b = 0; b < resamples; b++) {
      for (let j = 0; j < N; j++) rows[j] = randomInt(N, rand);
      const replicate = estimate(outputs, k, N, rows);
      for (let i = 0; i < k; i++) {
        firstDraws[i][b] = replicate.first[i];
        totalDraws[i][b] = replicate.total[i];
      }
    }
    const alpha = (1 - level) / 2;
    const interval = (draws: Float64Array): Interval => {
      draws.sort();
      return { low: quantileSorted(draws, alpha), high: quantileSorted(draws, 1 - alpha) };
    };
    factors.forEach((f, i) => {
      f.firstCi = interval(firstDraws[i]);
      f.totalCi = interval(totalDraws[i]);
    });
  }
  return { mean: point.mean, variance: point.variance, factors };
}
