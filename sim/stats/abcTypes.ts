import type { FactorRange } from './types';

/**
 * What an ABC-SMC calibration is asked (Toni et al. 2009, J. R. Soc. Interface 6:187; Beaumont et
 * al. 2009, Biometrika 96:983). The prior is uniform on the box of `ranges`, as `--vary path=lo:hi`
 * states it. Each generation's tolerance is the `quantile` of the last population's distances
 * (pyabc's default schedule, the median); proposals are simulated `batch` at a time until
 * `particles` fall within it or `maxCandidates` have been tried.
 */
export interface AbcSettings {
  ranges: readonly FactorRange[];
  /** Summaries the simulator must reproduce, one per target. */
  observed: readonly number[];
  /** Each summary's error scale: sqrt(observation variance + discrepancy variance), so distances are in sds. */
  scale: readonly number[];
  particles: number;
  /** Proposals simulated at once (the unit a caller spreads over workers). */
  batch: number;
  /** Most proposals one generation may simulate: the budget that stops a tolerance too tight to meet. */
  maxCandidates: number;
  /** Share of the last population's distances the next tolerance keeps (0.5: the median). */
  quantile: number;
  generations: number;
  seed: number;
}

/** One parameter point to simulate, keyed by its content: (seed, generation, index) fix its point and its seed. */
export interface AbcProposal {
  generation: number;
  index: number;
  point: number[];
  /** Seed for the simulation of this point, derived from the same key. */
  seed: number;
}

/** The particles a generation keeps, with normalised importance weights. */
export interface AbcPopulation {
  generation: number;
  /** The tolerance: a particle's distance is at most this. */
  epsilon: number;
  /** Proposals simulated to find the particles (acceptance rate = particles / simulated). */
  simulated: number;
  points: number[][];
  weights: number[];
  distances: number[];
  summaries: number[][];
  /** Proposal index of each particle, so a population can be traced back to its simulations. */
  indices: number[];
}
