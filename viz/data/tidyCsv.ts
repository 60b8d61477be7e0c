import { dateOfTick } from '../../sim/model/compile.ts';
import type { ReplicateSeries } from './replicateSeries.ts';

export const CSV_COLUMNS = ['scenario', 'replicate', 'seed', 'tick', 'date', 'metric', 'group', 'value'] as const;

/**
 * The runs as tidy CSV, one row per (scenario, replicate, tick, metric, group), rows of a tick in
 * the kernel's emission order: the same bytes as `capflow run`'s metrics.csv for the same scenario,
 * edits, seed and replicates. Numbers print in JavaScript's shortest round-trip form (a value
 * parsed back is bit-identical to the kernel's), non-finite ones as the CLI writes them.
 */
export function tidyCsv(runs: readonly ReplicateSeries[]): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const r of runs) {
    const n = r.ticks + 1;
    const scenario = csvField(r.scenario);
    const parts = r.keys.map((key) => key.split('\t').map(csvField).join(','));
    for (let tick = 0; tick < n; tick++) {
      const head = `${scenario},${r.replicate},${r.seed},${tick},${dateOfTick(r.start, tick)},`;
      for (let k = 0; k < r.keys.length; k++) {
        if (r.present[k * n + tick]) lines.push(head + parts[k] + ',' + csvNumber(r.values[k * n + tick]));
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** As cli/experiment/rows.ts `number`: Inf, -Inf and NA for what R and pandas read as such. */
function csvNumber(v: number): string {
  return Number.isFinite(v) ? String(v) : v > 0 ? 'Inf' : v < 0 ? '-Inf' : 'NA';
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
