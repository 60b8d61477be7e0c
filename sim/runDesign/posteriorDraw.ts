import { mix32, uniformAt } from '../random/hash.ts';
import type { PosteriorSample } from './posteriorSample.ts';

/**
 * Replicates 2j and 2j + 1 share posterior draw j: the two differ only in their random streams,
 * so their spread measures the noise at fixed parameters (docs/ODD.md Appendix C, "Posterior
 * runs"). Adding a replicate adds to the last draw or starts a new one; it changes no other.
 */
export const drawOfReplicate = (replicate: number): number => Math.floor(replicate / 2);

/** 32 bits of the posterior's SHA-256 (hex), mixed with the rest so every digit counts. */
function keyOf(sha: string): number {
  let k = 0x2545f491;
  for (let i = 0; i < sha.length; i += 8) k = mix32(k ^ Number.parseInt(sha.slice(i, i + 8), 16));
  return k;
}

/**
 * The particle of draw j: a uniform number hashed from (posterior content, seed, j), read through
 * the cumulative weights in particle order. Nothing about the scenario enters, so every scenario
 * of a comparison, and its counterfactual, takes the same parameters in replicate k: the parameter
 * draw is paired under common random numbers like the stochastic streams.
 */
export function posteriorParticle(sample: PosteriorSample, seed: number, draw: number): number {
  const total = sample.weights.reduce((a, w) => a + w, 0);
  const u = uniformAt(keyOf(sample.key), seed, draw) * total;
  let cumulative = 0;
  for (let i = 0; i < sample.weights.length; i++) {
    cumulative += sample.weights[i];
    if (u < cumulative) return i;
  }
  // Rounding can leave u at the total: the last particle of positive weight takes it.
  let last = sample.weights.length - 1;
  while (sample.weights[last] === 0) last--;
  return last;
}

/** The parameters a replicate runs with: its draw's particle and that particle's point by name. */
export function posteriorParameters(sample: PosteriorSample, seed: number, replicate: number): { particle: number; parameters: Record<string, number> } {
  const particle = posteriorParticle(sample, seed, drawOfReplicate(replicate));
  return { particle, parameters: Object.fromEntries(sample.names.map((n, i) => [n, sample.points[particle][i]])) };
}
