import type { Uniform } from '../../sim/stats';

/**
 * mulberry32 (Tommy Ettinger, public domain): a tiny 32-bit generator, good
 * enough for test designs and bootstraps, and — unlike Math.random — seeded,
 * so every expectation below is reproducible.
 */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
