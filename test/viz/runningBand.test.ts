import { describe, expect, it } from 'vitest';
import { runReplicate } from '../../sim/model/run.ts';
import { buildCatalogue, prepareSide } from '../../viz/catalogue.ts';
import { bandOf, differenceOf } from '../../viz/data/band.ts';
import { SeriesCollector, type ReplicateSeries } from '../../viz/data/replicateSeries.ts';
import { ReplicateResults } from '../../viz/run/replicateResults.ts';
import { shippedScenarioFiles } from './scenarioFiles.ts';

const catalogue = buildCatalogue(shippedScenarioFiles());
const scenario = (id: string) => prepareSide(catalogue, { source: { kind: 'shipped', id }, sets: { years: '1' } }).scenario!;
const sides = { a: scenario('uk-2026-regional'), b: scenario('japan-regional') };
const runs: Record<'a' | 'b', ReplicateSeries[]> = { a: [], b: [] };
for (const side of ['a', 'b'] as const) {
  for (let replicate = 0; replicate < 6; replicate++) {
    const s = sides[side];
    const c = new SeriesCollector({ scenario: s.name, replicate, seed: 4, start: s.start, ticks: 12 });
    runReplicate(s, { seed: 4, replicate, onRows: c.add });
    runs[side].push(c.finish());
  }
}
const KEYS = ['capability\tcombined', 'coordination\tlocal', 'placementsStarted\tsecondment:centralToLocal', 'localAutonomy\tlocal'];

/** Largest gap between two bands' finite points, relative to the series' scale; NaN where they disagree on definedness. */
function gap(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let worst = 0;
  for (let t = 0; t < x.length; t++) {
    if (Number.isFinite(x[t]) !== Number.isFinite(y[t])) return NaN;
    if (Number.isFinite(x[t])) worst = Math.max(worst, Math.abs(x[t] - y[t]) / Math.max(1, Math.abs(y[t])));
  }
  return worst;
}

describe('running bands, added one replicate at a time', () => {
  it('give the means bandOf and differenceOf give over all replicates exactly, and their intervals to rounding', () => {
    const results = new ReplicateResults('k');
    for (let i = 0; i < 6; i++) {
      results.put('a', runs.a[i]);
      results.put('b', runs.b[i]);
      const stats = results.statistics(1, 6);
      for (const key of KEYS) {
        const want = bandOf(runs.a.slice(0, i + 1), key)!;
        const got = stats.band('a', key)!;
        expect(Array.from(got.mean), key).toEqual(Array.from(want.mean));
        expect(gap(got.lo, want.lo), key).toBeLessThan(1e-12);
        expect(gap(got.hi, want.hi), key).toBeLessThan(1e-12);
        expect(got.n).toBe(want.n);
        const d = differenceOf(runs.a.slice(0, i + 1), runs.b.slice(0, i + 1), key)!;
        const dg = stats.difference(key)!;
        expect(gap(dg.mean, d.mean), key).toBeLessThan(1e-12);
        expect(gap(dg.lo, d.lo), key).toBeLessThan(1e-12);
      }
    }
  });

  it('smooth as bandOf does with a trailing window', () => {
    const results = new ReplicateResults('k');
    runs.a.forEach((r) => results.put('a', r));
    runs.b.forEach((r) => results.put('b', r));
    const got = results.statistics(12, 6).band('a', KEYS[0])!;
    expect(gap(got.hi, bandOf(runs.a, KEYS[0], 12)!.hi)).toBeLessThan(1e-12);
    expect(Array.from(got.mean)).not.toEqual(Array.from(results.statistics(1, 6).band('a', KEYS[0])!.mean));
  });

  it('are the same bits whatever order the workers returned the replicates in', () => {
    const inOrder = new ReplicateResults('k');
    const shuffled = new ReplicateResults('k');
    runs.a.forEach((r) => inOrder.put('a', r));
    runs.b.forEach((r) => inOrder.put('b', r));
    for (const i of [3, 0, 5, 1, 4, 2]) {
      shuffled.put('b', runs.b[i]);
      shuffled.put('a', runs.a[i]);
      // Drawn between arrivals: only the unbroken run from replicate 0 is shown.
      const shown = shuffled.prefix('a', 6).map((r) => r.replicate);
      expect(shown).toEqual(shown.map((_, k) => k));
      shuffled.statistics(1, 6);
    }
    for (const key of KEYS) {
      expect(Array.from(shuffled.statistics(1, 6).band('b', key)!.hi)).toEqual(Array.from(inOrder.statistics(1, 6).band('b', key)!.hi));
      expect(Array.from(shuffled.statistics(1, 6).difference(key)!.lo)).toEqual(Array.from(inOrder.statistics(1, 6).difference(key)!.lo));
    }
  });

  it('keep the replicates already run when the count rises, and show only the first n when it falls', () => {
    const results = new ReplicateResults('k');
    runs.a.slice(0, 3).forEach((r) => results.put('a', r));
    expect(results.has('a', 2)).toBe(true);
    expect(results.has('a', 3)).toBe(false);
    expect(results.statistics(1, 6).band('a', KEYS[0])!.n).toBe(3);
    expect(results.statistics(1, 2).band('a', KEYS[0])!.n).toBe(2);
    runs.a.slice(3).forEach((r) => results.put('a', r));
    expect(results.statistics(1, 6).band('a', KEYS[0])!.n).toBe(6);
    expect(Array.from(results.statistics(1, 2).band('a', KEYS[0])!.mean)).toEqual(Array.from(bandOf(runs.a.slice(0, 2), KEYS[0])!.mean));
  });

  it('give a y extent that only widens as replicates arrive, while the t band at two replicates is far wider than the replicates', () => {
    const results = new ReplicateResults('k');
    let previous: [number, number] | undefined;
    let bandWiderAtTwo = false;
    runs.a.forEach((r, i) => {
      results.put('a', r);
      const stats = results.statistics(1, 6);
      const e = stats.extent('a', KEYS[0])!;
      if (previous) expect(e[0] <= previous[0] && e[1] >= previous[1]).toBe(true);
      previous = e;
      if (i === 1) {
        const band = stats.band('a', KEYS[0])!;
        const hi = Math.max(...Array.from(band.hi).filter(Number.isFinite));
        bandWiderAtTwo = hi - e[0] > 2 * (e[1] - e[0]);
      }
    });
    expect(previous![1]).toBeGreaterThan(previous![0]);
    expect(bandWiderAtTwo).toBe(true);
  });
});
