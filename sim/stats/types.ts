/**
 * Shared vocabulary of the stats library. Kept in one place so every design
 * generator and analyser speaks the same shapes to the CLI.
 */

/**
 * A source of uniforms in [0, 1). The library never uses a global generator: the
 * caller owns the seed, so every design and bootstrap is reproducible.
 */
export type Uniform = () => number;

/** One experimental point: factor name → value in model units. */
export type DesignPoint = Record<string, number>;

/** A continuous factor and the closed interval it is swept over. */
export interface FactorRange {
  name: string;
  lo: number;
  hi: number;
}

/** A two-sided confidence interval. */
export interface Interval {
  low: number;
  high: number;
}
