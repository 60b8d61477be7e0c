import { randomPermutation } from './randomPermutation';
import { scaleToRanges } from './scaleToRanges';
import type { DesignPoint, FactorRange, Uniform } from './types';

/**
 * Latin hypercube sample in [0, 1)^k (McKay, Beckman & Conover 1979,
 * Technometrics 21:239): each axis is cut into `samples` equal strata and
 * every stratum of every axis holds exactly one point, placed uniformly
 * inside it. Draw order, for reproducibility: for each dimension in turn,
 * n − 1 draws for the stratum permutation, then n draws for the jitters.
 */
export function latinHypercubeUnit(k: number, samples: number, rand: Uniform): number[][] {
  const points = Array.from({ length: samples }, () => new Array<number>(k));
  for (let j = 0; j < k; j++) {
    const strata = randomPermutation(samples, rand);
    for (let i = 0; i < samples; i++) points[i][j] = (strata[i] + rand()) / samples;
  }
  return points;
}

/** Latin hypercube sample scaled to named ranges; see latinHypercubeUnit. */
export function latinHypercube(ranges: readonly FactorRange[], samples: number, rand: Uniform): DesignPoint[] {
  return scaleToRanges(latinHypercubeUnit(ranges.length, samples, rand), ranges);
}
