import { choleskyLower } from './choleskyLower';
import type { AbcPopulation } from './abcTypes';
import type { FactorRange } from './types';
import { weightedMoments } from './weightedMoments';

/**
 * The Gaussian perturbation kernel of the next generation: covariance twice the weighted
 * covariance of the previous population (Beaumont et al. 2009 §3, in its multivariate form,
 * Filippi et al. 2013, Stat. Appl. Genet. Mol. Biol. 12:87), as its Cholesky factor. A variance
 * that has collapsed is floored at a 10⁻¹²th of its prior range squared.
 */
export function abcKernel(previous: AbcPopulation, ranges: readonly FactorRange[]): number[] {
  const k = ranges.length;
  const { cov } = weightedMoments(previous.points, previous.weights);
  let widest = 0;
  for (const r of ranges) widest = Math.max(widest, r.hi - r.lo);
  return choleskyLower(cov.map((c) => 2 * c), k, 1e-12 * widest * widest);
}
