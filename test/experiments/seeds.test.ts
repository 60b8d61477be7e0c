import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capflow, CAPTURE, FIXTURE, linesOf, runsOf, tempDir } from './helpers.ts';

describe('seeds derive from content, never from position', () => {
  it('adding a sweep value changes no other point\'s runs', async () => {
    const dir = tempDir();
    const vary = 'programme.framework.handover';
    await capflow('sweep', [FIXTURE, '--vary', `${vary}=0,1`, '--reps', '2', '--workers', '1', '--out', join(dir, 'two')]);
    await capflow('sweep', [FIXTURE, '--vary', `${vary}=0.5,0,1`, '--reps', '2', '--workers', '1', '--out', join(dir, 'three')]);
    const two = runsOf(join(dir, 'two'));
    const three = runsOf(join(dir, 'three'));
    expect(three).toHaveLength(6);
    for (const run of two) {
      const same = three.find((r) => r.id === run.id);
      expect(same, JSON.stringify(run.point)).toBeDefined();
      // A whole run (a month has the same metric rows in every run, so each run holds its share of metrics.csv).
      expect(linesOf(join(dir, 'two'), run).length).toBe(metricsRows(join(dir, 'two')) / two.length);
      expect(linesOf(join(dir, 'three'), run)).toEqual(linesOf(join(dir, 'two'), run));
    }
  });

  it('adding a scenario to a comparison changes no other scenario\'s runs', async () => {
    const dir = tempDir();
    await capflow('compare', [FIXTURE, 'test/fixtures/scenarios/generated.json', '--reps', '2', '--workers', '1', '--years', '1', '--out', join(dir, 'ab')]);
    await capflow('compare', [FIXTURE, 'test/fixtures/scenarios/lapsing.json', 'test/fixtures/scenarios/generated.json', '--reps', '2', '--workers', '1', '--years', '1', '--out', join(dir, 'acb')]);
    for (const run of runsOf(join(dir, 'ab'))) {
      expect(runsOf(join(dir, 'acb')).map((r) => r.id)).toContain(run.id);
      expect(linesOf(join(dir, 'acb'), run)).toEqual(linesOf(join(dir, 'ab'), run));
    }
  });

  it('pairs replicates under common random numbers, so a paired interval is narrower than an unpaired one', async () => {
    const dir = tempDir();
    const r = await capflow('compare', [FIXTURE, CAPTURE, '--reps', '6', '--workers', '1', '--out', join(dir, 'crn')]);
    expect(r.code).toBe(0);
    const rows = readFileSync(join(dir, 'crn', 'compare.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const header = readFileSync(join(dir, 'crn', 'compare.csv'), 'utf8').split('\n')[0].split(',');
    const at = (name: string) => header.indexOf(name);
    const capability = rows.find((c) => c[at('tick')] === '24' && c[at('metric')] === 'capability' && c[at('group')] === 'local')!;
    expect(Number(capability[at('paired_over_unpaired')])).toBeLessThan(1);
    expect(r.stdout.replace(/\n/g, ' ')).toMatch(/the paired intervals are on average \d+% narrower than unpaired ones would be/);
  });
});

/** Data rows of an output folder's metrics.csv. */
function metricsRows(dir: string): number {
  return readFileSync(join(dir, 'metrics.csv'), 'utf8').trim().split('\n').length - 1;
}
