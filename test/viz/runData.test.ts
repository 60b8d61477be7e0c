import { describe, expect, it } from 'vitest';
import { runReplicate, type MetricRow } from '../../sim/model/run.ts';
import { pairedDifference } from '../../sim/stats/pairedDifference.ts';
import { summarise } from '../../sim/stats/summarise.ts';
import { buildCatalogue, prepareSide } from '../../viz/catalogue.ts';
import { bandOf, differenceOf } from '../../viz/data/band.ts';
import { endValues } from '../../viz/data/endValues.ts';
import { flowMatrix } from '../../viz/data/flowMatrix.ts';
import { column, SeriesCollector, seriesKey, type ReplicateSeries } from '../../viz/data/replicateSeries.ts';
import { CSV_COLUMNS, tidyCsv } from '../../viz/data/tidyCsv.ts';
import { shippedScenarioFiles } from './scenarioFiles.ts';
import { SummaryCollector } from '../../cli/summaryCollector.ts';

const catalogue = buildCatalogue(shippedScenarioFiles());
const sides = {
  a: prepareSide(catalogue, { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: { years: '1' } }).scenario!,
  b: prepareSide(catalogue, { source: { kind: 'shipped', id: 'japan-regional' }, sets: { years: '1' } }).scenario!,
};
const rows: Record<string, MetricRow[][]> = { a: [], b: [] };
const runs: Record<string, ReplicateSeries[]> = { a: [], b: [] };
for (const side of ['a', 'b'] as const) {
  const s = sides[side];
  for (let replicate = 0; replicate < 3; replicate++) {
    const c = new SeriesCollector({ scenario: s.name, replicate, seed: 7, start: s.start, ticks: 12 });
    const mine: MetricRow[] = [];
    runReplicate(s, { seed: 7, replicate, onRows: (r) => (c.add(r), mine.push(...r)) });
    rows[side].push(mine);
    runs[side].push(c.finish());
  }
}

describe('replicate columns and tidy CSV', () => {
  it('give back every kernel row, in the kernel\'s order, with identical numbers', () => {
    const lines = tidyCsv(runs.a).trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    const expected = rows.a.flatMap((rs, replicate) =>
      rs.map((r) => [sides.a.name, replicate, 7, r.tick, `${r.date}-01`, r.metric, r.group, String(r.value)].join(',')),
    );
    expect(lines.slice(1)).toEqual(expected);
  });
});

describe('bands and differences', () => {
  const key = seriesKey('capability', 'local');
  const at = (side: 'a' | 'b', t: number) => runs[side].map((r) => column(r, key)!.values[t]);

  it('band is summarise() of the replicates at each month', () => {
    const band = bandOf(runs.a, key)!;
    expect(band.dates[0]).toBe(sides.a.start);
    expect(band.dates).toHaveLength(13);
    const s = summarise(at('a', 12));
    expect([band.mean[12], band.lo[12], band.hi[12], band.n]).toEqual([s.mean, s.ciLow, s.ciHigh, 3]);
  });

  it('difference pairs replicate k of B with replicate k of A, month by month of the run', () => {
    const d = differenceOf(runs.a, runs.b, key)!;
    const p = pairedDifference(at('a', 6), at('b', 6));
    expect([d.mean[6], d.lo[6], d.hi[6]]).toEqual([p.meanDiff, p.ciLow, p.ciHigh]);
    const self = differenceOf(runs.a, runs.a, key)!;
    expect(Array.from(self.mean).every((v) => v === 0)).toBe(true);
  });

  it('smooths each replicate with a trailing mean before summarising', () => {
    const smooth = bandOf(runs.a, key, 12)!;
    const at12 = runs.a.map((r) => column(r, key)!.values.slice(1, 13).reduce((x, y) => x + y, 0) / 12);
    expect(smooth.mean[12]).toBeCloseTo(summarise(at12).mean, 15);
    expect(smooth.mean[0]).toBe(bandOf(runs.a, key)!.mean[0]);
  });

  it('with one replicate the interval is unbounded, so no band is drawn', () => {
    const band = bandOf(runs.a.slice(0, 1), key)!;
    expect(Number.isNaN(band.lo[3]) && Number.isNaN(band.hi[3])).toBe(true);
    expect(band.mean[3]).toBe(at('a', 3)[0]);
  });

  it('end-of-horizon table summarises the final month and the paired difference', () => {
    const row = endValues(runs.a, runs.b).find((r) => r.metric === 'capability' && r.group === 'local')!;
    expect(row.a!.mean).toBe(summarise(at('a', 12)).mean);
    expect(row.difference!.mean).toBe(pairedDifference(at('a', 12), at('b', 12)).meanDiff);
  });

  it('reads flows as totals and rates as means over the run, with the same means as the CLI summary', () => {
    const cli = new SummaryCollector(12, 3);
    rows.b.forEach((rs, replicate) => cli.add(replicate, rs));
    cli.finish();
    const table = endValues(runs.a, runs.b);
    const read = (metric: string, group: string) => table.find((r) => r.metric === metric && r.group === group)!;
    expect(read('leavers', 'local').reading).toBe('total over the run');
    expect(read('leavers', 'local').b!.mean).toBeCloseTo(cli.mean('leavers', 'local', 'total')!, 9);
    expect(read('attritionRate', 'central').reading).toBe('mean over the run');
    expect(read('attritionRate', 'central').b!.mean).toBeCloseTo(cli.mean('attritionRate', 'central', 'total')! / 12, 12);
    expect(read('capability', 'local').reading).toBe('final month');
  });

  it('flow matrix sums placements started over the run by tier pair, averaged over replicates', () => {
    const m = flowMatrix(runs.b);
    let total = 0;
    for (const rs of rows.b) for (const r of rs) if (r.metric === 'placementsStarted') total += r.value;
    expect(m.flat().reduce((x, y) => x + y, 0)).toBeCloseTo(total / 3, 9);
    expect([m[0][0], m[1][1], m[2][2]]).toEqual([0, 0, 0]);
  });
});
