import { randomInt } from './randomInt';
import type { Uniform } from './types';

/**
 * Uniformly random permutation of 0..n−1 by the Fisher–Yates shuffle
 * (Durstenfeld 1964, CACM 7:420). Consumes exactly n − 1 draws, so designs
 * built on it stay reproducible draw for draw.
 */
export function randomPermutation(n: number, rand: Uniform): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(i + 1, rand);
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}
