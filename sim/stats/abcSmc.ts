import { abcProposals } from './abcProposals';
import { abcSelect } from './abcSelect';
import { abcTolerance } from './abcTolerance';
import type { AbcPopulation, AbcProposal, AbcSettings } from './abcTypes';
import { scaledDistance } from './scaledDistance';

/**
 * Simulates a batch of proposals and returns one summary vector per proposal, in the order
 * given. It may spread them over workers in any order: each proposal carries its own seed.
 */
export type AbcSimulate = (proposals: readonly AbcProposal[]) => (readonly number[])[];

/**
 * ABC-SMC (Toni et al. 2009; Beaumont et al. 2009): generation 0 samples the uniform prior, each
 * later one perturbs the last population with a Gaussian kernel and keeps the proposals within a
 * tolerance that tightens generation by generation. Returns every generation's population, the
 * last being the posterior sample.
 */
export function abcSmc(settings: AbcSettings, simulate: AbcSimulate): AbcPopulation[] {
  const populations: AbcPopulation[] = [];
  for (let g = 0; g < settings.generations; g++) populations.push(abcGeneration(settings, simulate, populations[g - 1]));
  return populations;
}

/**
 * One generation, batch by batch: proposals `batch` at a time until `particles` are within the
 * tolerance or `maxCandidates` are spent (then the population is smaller, and says how many it
 * simulated). Batches are whole, so which proposals are simulated depends only on the settings.
 */
export function abcGeneration(settings: AbcSettings, simulate: AbcSimulate, previous?: AbcPopulation): AbcPopulation {
  const epsilon = abcTolerance(settings, previous);
  const generation = previous ? previous.generation + 1 : 0;
  const proposals: AbcProposal[] = [];
  const summaries: (readonly number[])[] = [];
  const distances: number[] = [];
  let accepted = 0;
  while (accepted < settings.particles && proposals.length < settings.maxCandidates) {
    const count = Math.min(settings.batch, settings.maxCandidates - proposals.length);
    const batch = abcProposals(settings, generation, previous, proposals.length, count);
    const results = simulate(batch);
    batch.forEach((p, i) => {
      const d = scaledDistance(results[i], settings.observed, settings.scale);
      proposals.push(p);
      summaries.push(results[i]);
      distances.push(d);
      if (Number.isFinite(d) && d <= epsilon) accepted++;
    });
  }
  return abcSelect(settings, epsilon, proposals, summaries, distances, previous);
}
