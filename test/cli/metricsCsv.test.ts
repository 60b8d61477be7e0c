import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replicateRuns } from '../../sim/runDesign/runSpec.ts';
import type { MetricRow } from '../../sim/model/run.ts';
import { header, rowLines } from '../../cli/experimentRunner/rows.ts';
import { capflow, fixture } from './helpers.ts';
import { bareCells, HOSTILE_NAMES, isNumberCell, looksLikeFormula, parseCsv } from '../output/hostileCells.ts';

const dir = mkdtempSync(join(tmpdir(), 'capflow-metrics-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One row per hostile name, as metric and as group, with values a spreadsheet must see as numbers. */
const rows: MetricRow[] = HOSTILE_NAMES.flatMap((name, i) => [
  { tick: 1, date: '2026-02', metric: name, group: 'central', value: -0.5 },
  { tick: 1, date: '2026-02', metric: 'capability', group: name, value: i - 3 },
]);

/** metrics.csv as the pipeline writes it: the header, then each run's rows (cli/experimentRunner/rows.ts). */
function metricsCsv(scenario: string): string {
  const [run] = replicateRuns(scenario, 'input', 1, 1);
  return header([]) + '\n' + rowLines(run, [], rows);
}

describe('metrics.csv with hostile scenario, metric and group names', () => {
  const text = metricsCsv('=HYPERLINK("http://x","y")');
  const table = parseCsv(text);

  it('keeps every row at eight columns: a tab, comma, quote or newline in a name stays in its cell', () => {
    expect(table).toHaveLength(1 + rows.length);
    for (const row of table) expect(row, row.join('|')).toHaveLength(8);
  });

  it('reads back each name, formulas behind one quote mark, and each value as the number written', () => {
    const expected = (name: string) => (looksLikeFormula(name) ? `'${name}` : name);
    expect(table.slice(1).map((r) => r[0])).toEqual(rows.map(() => `'=HYPERLINK("http://x","y")`));
    expect(table.slice(1).map((r) => [r[5], r[6]])).toEqual(rows.map((r) => [expected(r.metric), expected(r.group)]));
    expect(table.slice(1).map((r) => r[7])).toEqual(rows.map((r) => String(r.value)));
  });

  it('leaves no formula and no tab outside quotes, while negative numbers stay bare', () => {
    const bare = bareCells(text);
    expect(bare.filter((c) => c.includes('\t') || (looksLikeFormula(c) && !isNumberCell(c)))).toEqual([]);
    expect(bare).toContain('-0.5');
    expect(bare).toContain('-3');
  });

  it('quotes and neutralises a hostile varied-parameter name in the header the same way', () => {
    const [run] = replicateRuns('uk', 'input', 1, 1, { '=cmd|x': 2 });
    const table = parseCsv(header(['=cmd|x']) + '\n' + rowLines(run, ['=cmd|x'], rows.slice(0, 1)));
    expect(table[0]).toEqual(['scenario', 'replicate', 'seed', "'=cmd|x", 'tick', 'date', 'metric', 'group', 'value']);
    expect(table[1][3]).toBe('2');
  });
});

describe('capflow run on a scenario whose regions are named as formulas', () => {
  it('writes them to metrics.csv neutralised, and the numbers bare', async () => {
    const scenario = JSON.parse(readFileSync(fixture('tiny-generated.json'), 'utf8'));
    scenario.regions[0].name = '=HYPERLINK("http://x","y")';
    scenario.regions[1].name = '-2+3';
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(scenario));
    const ran = await capflow(['run', file, '--years', '1', '--reps', '1', '--out', join(dir, 'run')]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const text = readFileSync(join(dir, 'run', 'metrics.csv'), 'utf8');
    const groups = new Set(parseCsv(text).slice(1).map((r) => r[6]));
    expect(groups).toContain(`'=HYPERLINK("http://x","y")`);
    expect(groups).toContain("'-2+3");
    expect(bareCells(text).filter((c) => looksLikeFormula(c) && !isNumberCell(c))).toEqual([]);
  });
});
