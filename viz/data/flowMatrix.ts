import { DIRECTION_TIERS, DIRECTIONS, TIERS, type Direction } from '../../sim/scenario/vocabulary.ts';
import { splitKey, type ReplicateSeries } from './replicateSeries.ts';

/**
 * Placements started over the whole run between tiers, all instruments together, averaged over
 * replicates: matrix[from][to] in TIERS order, the input of the chord diagram.
 */
export function flowMatrix(runs: readonly ReplicateSeries[], metric = 'placementsStarted'): number[][] {
  const m = TIERS.map(() => TIERS.map(() => 0));
  if (runs.length === 0) return m;
  for (const r of runs) {
    const n = r.ticks + 1;
    r.keys.forEach((key, k) => {
      const [name, group] = splitKey(key);
      if (name !== metric) return;
      const direction = group.slice(group.indexOf(':') + 1) as Direction;
      if (!DIRECTIONS.includes(direction)) return;
      const [from, to] = DIRECTION_TIERS[direction];
      let sum = 0;
      for (let t = 0; t < n; t++) if (r.present[k * n + t]) sum += r.values[k * n + t];
      m[from][to] += sum / runs.length;
    });
  }
  return m;
}
