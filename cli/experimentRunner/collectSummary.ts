import { readFileSync } from 'node:fs';
import type { MetricRow } from '../../sim/model/run.ts';
import { SummaryCollector } from '../summaryCollector.ts';
import type { Experiment } from './experiment.ts';
import { partPath } from './partFile.ts';
import { splitCsvLine } from './readPart.ts';

/** The stdout summary's readings of a run's scenario (not its counterfactual), read from its parts. */
export function collectSummary(dir: string, e: Experiment & { kind: 'run' | 'compare' }): SummaryCollector {
  const runs = e.runs.filter((r) => r.label === e.labels[0]);
  const collector = new SummaryCollector(e.details.ticks, runs.length);
  for (const run of runs) {
    let tick = -1;
    let rows: MetricRow[] = [];
    for (const line of readFileSync(partPath(dir, run), 'utf8').split('\n')) {
      if (line === '') continue;
      const c = splitCsvLine(line);
      const row = { tick: Number(c[3]), date: c[4].slice(0, 7), metric: c[5], group: c[6], value: c[7] === '' ? NaN : Number(c[7]) };
      if (row.tick !== tick && rows.length > 0) {
        collector.add(run.replicate, rows);
        rows = [];
      }
      tick = row.tick;
      rows.push(row);
    }
    if (rows.length > 0) collector.add(run.replicate, rows);
  }
  collector.finish();
  return collector;
}
