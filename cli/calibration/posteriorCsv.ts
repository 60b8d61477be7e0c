import type { AbcPopulation } from '../../sim/stats/abcTypes.ts';
import { csvNumber, csvText } from '../../sim/output/tidyCsv.ts';

/**
 * The posterior sample as CSV: one row per particle with its weight, its point (one column per
 * varied parameter), its distance and its value of each target, in particle order.
 */
export function posteriorCsv(population: AbcPopulation, names: readonly string[], targets: readonly string[]): string {
  const header = ['particle', 'weight', ...names, 'distance', ...targets.map((t) => `target:${t}`)].map(csvText).join(',');
  const lines = population.points.map((p, i) =>
    [String(i), csvNumber(population.weights[i]), ...p.map(csvNumber), csvNumber(population.distances[i]), ...population.summaries[i].map(csvNumber)].join(','),
  );
  return [header, ...lines].join('\n') + '\n';
}
