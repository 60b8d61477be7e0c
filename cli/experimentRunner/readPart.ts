import { readFileSync } from 'node:fs';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { partPath } from './partFile.ts';

/**
 * A finished run's values by "tick,metric,group" key. The identity columns are skipped by count,
 * so labels and groups containing commas (quoted) never shift the columns that follow. `dates`,
 * when given, collects each tick's date for the summaries' `date` column.
 */
export function readPartValues(dir: string, run: RunSpec, pointCount: number, dates?: Map<string, string>): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of readFileSync(partPath(dir, run), 'utf8').split('\n')) {
    if (line === '') continue;
    const cells = splitCsvLine(line);
    const at = 3 + pointCount;
    dates?.set(cells[at], cells[at + 1]);
    values.set(`${cells[at]},${cells[at + 2]},${cells[at + 3]}`, cells[at + 4] === '' ? NaN : Number(cells[at + 4]));
  }
  return values;
}

/** Splits one RFC 4180 line; lines without quotes (nearly all) take the fast path. */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
