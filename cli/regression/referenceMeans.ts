import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { csvText } from '../../sim/output/tidyCsv.ts';
import { splitCsvLine } from '../experimentRunner/readPart.ts';

/**
 * The replicate means a baseline was made with, kept beside it (`name.json` → `name.means.csv`),
 * so a failed digest can be traced to the metrics, groups and months that moved. The digest stays
 * the exact check; these means only locate a change. A baseline without this file still runs and
 * fails on its digest alone.
 */
export interface ReferenceMean {
  tick: number;
  date: string;
  metric: string;
  group: string;
  /** Exactly as summary.csv wrote it (shortest round-trip decimal; empty when undefined). */
  mean: string;
}

export const REFERENCE_HEADER = 'tick,date,metric,group,mean';

export function referencePath(baselineFile: string): string {
  return baselineFile.replace(/\.json$/, '') + '.means.csv';
}

/** summary.csv's (scenario, tick, date, metric, group, n, mean, ...) rows, reduced to the means. */
export function meansOfSummary(summaryCsv: string): ReferenceMean[] {
  const lines = summaryCsv.split('\n');
  const header = splitCsvLine(lines[0]);
  const at = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`summary.csv has no ${name} column`);
    return i;
  };
  const [tick, date, metric, group, mean] = [at('tick'), at('date'), at('metric'), at('group'), at('mean')];
  const rows: ReferenceMean[] = [];
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const c = splitCsvLine(line);
    rows.push({ tick: Number(c[tick]), date: c[date], metric: c[metric], group: c[group], mean: c[mean] });
  }
  return rows;
}

export function writeReference(file: string, rows: readonly ReferenceMean[]): void {
  const body = rows.map((r) => [String(r.tick), r.date, csvText(r.metric), csvText(r.group), r.mean].join(','));
  writeFileSync(file, [REFERENCE_HEADER, ...body].join('\n') + '\n');
}

/** The reference means beside a baseline, or undefined when it has none (or not in this layout). */
export function readReference(file: string): ReferenceMean[] | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith(REFERENCE_HEADER + '\n')) return undefined;
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l !== '')
    .map((l) => {
      const [tick, date, metric, group, mean] = splitCsvLine(l);
      return { tick: Number(tick), date, metric, group, mean };
    });
}
