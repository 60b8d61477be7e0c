import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../sim/model/run.ts';
import { header, rowLines } from '../../cli/experimentRunner/rows.ts';
import { replicateRuns } from '../../sim/runDesign/runSpec.ts';
import { SeriesCollector } from '../../viz/data/replicateSeries.ts';
import { tidyCsv } from '../../viz/data/tidyCsv.ts';
import { bareCells, HOSTILE_NAMES, isNumberCell, looksLikeFormula, parseCsv } from '../output/hostileCells.ts';

const SCENARIO = '@SUM(A1)';
// Groups are the scenario's own names (regions, tiers, organisations); metric names are the
// kernel's identifiers, so the hostile names go in as groups of two metrics, at two ticks.
const rows: MetricRow[] = [0, 1].flatMap((tick) =>
  HOSTILE_NAMES.flatMap((name, i) => [
    { tick, date: `2026-0${tick + 1}`, metric: 'capability', group: name, value: -0.5 * i },
    { tick, date: `2026-0${tick + 1}`, metric: 'capacityGap', group: name, value: i },
  ]),
);
const collector = new SeriesCollector({ scenario: SCENARIO, replicate: 0, seed: 3, start: '2026-01', ticks: 1 });
collector.add(rows.filter((r) => r.tick === 0));
collector.add(rows.filter((r) => r.tick === 1));
const text = tidyCsv([collector.finish()]);
const table = parseCsv(text);

describe('the playground\'s tidy CSV download with hostile names', () => {
  it('keeps every row at eight columns, a tab in a group name included', () => {
    expect(table).toHaveLength(1 + rows.length);
    for (const row of table) expect(row, JSON.stringify(row)).toHaveLength(8);
    expect(table.slice(1).map((r) => r[6])).toContain('tab\there');
  });

  it('neutralises formulas in scenario and group names, and leaves the numbers alone', () => {
    const expected = (name: string) => (looksLikeFormula(name) ? `'${name}` : name);
    expect(new Set(table.slice(1).map((r) => r[0]))).toEqual(new Set(["'@SUM(A1)"]));
    expect(table.slice(1).map((r) => [r[5], r[6], r[7]])).toEqual(rows.map((r) => [expected(r.metric), expected(r.group), String(r.value)]));
    const bare = bareCells(text);
    expect(bare.filter((c) => c.includes('\t') || (looksLikeFormula(c) && !isNumberCell(c)))).toEqual([]);
    expect(bare).toContain('-0.5');
  });

  it('is byte for byte what capflow run writes to metrics.csv for the same rows', () => {
    const [run] = replicateRuns(SCENARIO, 'input', 3, 1);
    expect(text).toBe(header([]) + '\n' + rowLines(run, [], rows));
  });
});
