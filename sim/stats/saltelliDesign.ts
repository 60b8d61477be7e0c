import { SOBOL_MAX_DIMENSION, sobolSequence } from './sobolSequence';
import type { Uniform } from './types';

export interface SaltelliOptions {
  /**
   * 'sobol' (default): base matrices from a randomly digitally shifted Sobol'
   * sequence in 2k dimensions, k ≤ 20. 'random': independent uniforms from
   * `rand`, for any k, at the cost of slower (Monte Carlo) convergence.
   */
  sampler?: 'sobol' | 'random';
}

/**
 * Points for estimating first-order and total Sobol' indices with the
 * Saltelli scheme (Saltelli 2002, Comput. Phys. Commun. 145:280; Saltelli et
 * al. 2010, Comput. Phys. Commun. 181:259): two independent base matrices A
 * and B of N rows, and for each factor i the matrix AB_i, which is A with
 * column i taken from B. Total cost N·(k + 2) model runs.
 *
 * Row order (block order), all in [0, 1)^k:
 *   rows [0, N)               A
 *   rows [N, 2N)              B
 *   rows [(2+i)N, (3+i)N)     AB_i, i = 0 … k−1, row j built from A_j and B_j
 * sobolIndices expects outputs in exactly this order.
 *
 * A and B are the first and last k columns of one 2k-dimensional sample of
 * N points (the standard construction; Saltelli 2010 §3). For 'sobol', use N a
 * power of two; the shift takes 2k draws. For 'random', row j takes 2k draws:
 * A_j then B_j.
 */
export function saltelliDesign(k: number, N: number, rand: Uniform, options: SaltelliOptions = {}): number[][] {
  const sampler = options.sampler ?? 'sobol';
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`saltelliDesign: k must be a positive integer, got ${k}`);
  if (!Number.isInteger(N) || N < 1) throw new RangeError(`saltelliDesign: N must be a positive integer, got ${N}`);
  if (sampler === 'sobol' && 2 * k > SOBOL_MAX_DIMENSION) {
    throw new RangeError(
      `saltelliDesign: the Sobol' sampler supports k ≤ ${SOBOL_MAX_DIMENSION / 2}, got k = ${k}; pass { sampler: 'random' }`,
    );
  }
  const base =
    sampler === 'sobol'
      ? sobolSequence(N, 2 * k, rand)
      : Array.from({ length: N }, () => Array.from({ length: 2 * k }, () => rand()));
  const a = base.map((row) => row.slice(0, k));
  const b = base.map((row) => row.slice(k));
  const points = [...a, ...b];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < N; j++) {
      const row = a[j].slice();
      row[i] = b[j][i];
      points.push(row);
    }
  }
  return points;
}
