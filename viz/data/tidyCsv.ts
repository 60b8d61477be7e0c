import { dateOfTick } from '../../sim/model/compile.ts';
import { TIDY_COLUMNS, tidyHeader, tidyRow, tidyRunPrefix } from '../../sim/output/tidyCsv.ts';
import { splitKey, type ReplicateSeries } from './replicateSeries.ts';

export const CSV_COLUMNS = TIDY_COLUMNS;

/**
 * The runs as tidy CSV, one row per (scenario, replicate, tick, metric, group), rows of a tick in
 * the kernel's emission order: the same bytes as `capflow run`'s metrics.csv for the same scenario,
 * edits, seed and replicates, because both are written by sim/output/tidyCsv.ts.
 */
export function tidyCsv(runs: readonly ReplicateSeries[]): string {
  const lines: string[] = [tidyHeader()];
  for (const r of runs) {
    const n = r.ticks + 1;
    const prefix = tidyRunPrefix(r.scenario, r.replicate, r.seed);
    // splitKey cuts at the first tab only: a tab inside a group name stays in its cell.
    const keys = r.keys.map(splitKey);
    for (let tick = 0; tick < n; tick++) {
      const date = dateOfTick(r.start, tick);
      for (let k = 0; k < keys.length; k++) {
        if (r.present[k * n + tick]) lines.push(tidyRow(prefix, tick, date, keys[k][0], keys[k][1], r.values[k * n + tick]));
      }
    }
  }
  return lines.join('\n') + '\n';
}
