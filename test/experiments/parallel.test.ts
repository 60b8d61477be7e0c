import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capflow, CAPTURE, FIXTURE, outputs, tempDir } from './helpers.ts';

describe('experiments run on worker threads', () => {
  it('give byte-identical outputs with one worker and with two', async () => {
    const dir = tempDir();
    const one = await capflow('compare', [FIXTURE, CAPTURE, '--reps', '4', '--workers', '1', '--out', join(dir, 'w1')]);
    const two = await capflow('compare', [FIXTURE, CAPTURE, '--reps', '4', '--workers', '2', '--out', join(dir, 'w2')]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const a = outputs(join(dir, 'w1'));
    const b = outputs(join(dir, 'w2'));
    expect(Object.keys(a).sort()).toEqual(['codebook.csv', 'compare.csv', 'metrics.csv', 'summary.csv']);
    for (const name of Object.keys(a)) expect(b[name], name).toBe(a[name]);
  });

  it('report means with 95% intervals and say whether the replicates are enough', async () => {
    const dir = tempDir();
    const r = await capflow('run', [FIXTURE, '--reps', '3', '--workers', '1', '--out', join(dir, 'run')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^at the end, 95% interval /m);
    expect(r.stdout).toMatch(/^capability +\d\.\d{3} ± \d\.\d{3} /m);
    expect(r.stdout).toMatch(/about \d+ replicates would narrow them all|replicates are enough/);
    const summary = outputs(join(dir, 'run'))['summary.csv'].split('\n');
    expect(summary[0]).toBe('scenario,tick,date,metric,group,n,mean,sd,ci_low,ci_high,half_width');
    const capability = summary.find((l) => /^exp-small,24,\d{4}-\d\d-01,capability,local,/.test(l))!.split(',');
    const [n, mean, , low, high] = capability.slice(5).map(Number);
    expect(n).toBe(3);
    expect(low).toBeLessThanOrEqual(mean);
    expect(high).toBeGreaterThanOrEqual(mean);
  });
});
