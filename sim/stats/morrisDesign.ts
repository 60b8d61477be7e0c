import { randomInt } from './randomInt';
import { randomPermutation } from './randomPermutation';
import { selectSpreadTrajectories } from './selectSpreadTrajectories';
import type { Uniform } from './types';

export interface MorrisDesign {
  k: number;
  r: number;
  levels: number;
  /** Step size Δ = levels / (2·(levels − 1)) in unit-cube coordinates. */
  delta: number;
  /**
   * r·(k + 1) points in [0, 1]^k. Trajectory t occupies rows t·(k+1) …
   * t·(k+1) + k; consecutive rows of a trajectory differ in exactly one
   * coordinate, by ±Δ, and every factor moves exactly once per trajectory.
   */
  points: number[][];
}

export interface MorrisDesignOptions {
  /**
   * Generate this many candidate trajectories (≥ r) and keep the r most
   * spread out (Campolongo, Cariboni & Saltelli 2007). Default r: no selection.
   */
  candidates?: number;
}

/** One random trajectory as integer grid levels (coordinate = level / (levels − 1)). */
function trajectory(k: number, levels: number, rand: Uniform): number[][] {
  const jump = levels / 2;
  const start: number[] = [];
  const step: number[] = [];
  for (let i = 0; i < k; i++) {
    // Base level from the lower half so base + Δ stays on the grid; a random
    // direction decides whether the factor starts low and rises or the reverse.
    const base = randomInt(jump, rand);
    const rising = rand() < 0.5;
    start.push(rising ? base : base + jump);
    step.push(rising ? jump : -jump);
  }
  const order = randomPermutation(k, rand);
  const rows = [start];
  for (const factor of order) {
    const next = rows[rows.length - 1].slice();
    next[factor] += step[factor];
    rows.push(next);
  }
  return rows;
}

/**
 * Morris (1991, Technometrics 33:161) one-at-a-time trajectories on a
 * `levels`-level grid of [0, 1]^k, with Δ = levels / (2(levels − 1)) as
 * recommended there (levels even, typically 4–8). Draw order per candidate
 * trajectory: for each factor a base level and a direction (2k draws), then
 * k − 1 draws for the order in which factors move.
 */
export function morrisDesign(
  k: number,
  r: number,
  levels: number,
  rand: Uniform,
  options: MorrisDesignOptions = {},
): MorrisDesign {
  const candidates = options.candidates ?? r;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`morrisDesign: k must be a positive integer, got ${k}`);
  if (!Number.isInteger(r) || r < 1) throw new RangeError(`morrisDesign: r must be a positive integer, got ${r}`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) {
    throw new RangeError(`morrisDesign: levels must be an even integer ≥ 2, got ${levels}`);
  }
  if (!Number.isInteger(candidates) || candidates < r) {
    throw new RangeError(`morrisDesign: candidates must be an integer ≥ r, got ${candidates}`);
  }
  const pool = Array.from({ length: candidates }, () => trajectory(k, levels, rand));
  const scale = 1 / (levels - 1);
  const chosen = candidates > r ? selectSpreadTrajectories(pool, r, scale) : pool;
  return {
    k,
    r,
    levels,
    delta: levels / (2 * (levels - 1)),
    points: chosen.flatMap((rows) => rows.map((row) => row.map((level) => level * scale))),
  };
}
