import type { AbcPopulation, AbcSettings } from './abcTypes';
import { weightedQuantile } from './weightedQuantile';

/**
 * The next generation's tolerance: the weighted `quantile` of the last population's distances
 * (Beaumont et al. 2009; pyabc's QuantileEpsilon), so it shrinks as the population closes in and
 * the acceptance rate stays near the quantile. Generation 0 accepts every prior draw.
 */
export function abcTolerance(settings: AbcSettings, previous?: AbcPopulation): number {
  if (!previous) return Infinity;
  return weightedQuantile(previous.distances, previous.weights, settings.quantile);
}
