import type { Uniform } from './types';

/**
 * Uniform integer in [0, n) from one draw of `rand`. The clamp protects
 * against generators that can return exactly 1 (a contract violation that
 * would otherwise index past the end).
 */
export function randomInt(n: number, rand: Uniform): number {
  return Math.min(n - 1, Math.floor(rand() * n));
}
