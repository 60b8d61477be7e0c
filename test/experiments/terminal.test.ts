import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTURE, capflow, FIXTURE, tempDir } from './helpers.ts';

// issue 14, "the terminal for a policy audience": tables fit 100 columns, money says its currency,
// d_z and the paired/unpaired column are explained, and replicate advice names what is too wide.
describe('what compare prints', () => {
  it('fits 100 columns, shows costs in £, explains d_z and pairing, and bases its advice on the indices alone', async () => {
    const r = await capflow('compare', [FIXTURE, CAPTURE, '--reps', '3', '--workers', '1', '--out', join(tempDir(), 'c')]);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(r.stdout).toMatch(/^cumulativeCost\/all +£[\d.]+[kM]? +£[\d.]+[kM]? +-?£[\d.]+[kM]?/m);
    expect(r.stdout).not.toMatch(/\de[+-]\d/);
    const flat = r.stdout.replace(/\n/g, ' ');
    expect(flat).toMatch(/d_z is the mean difference over the spread of the paired differences/);
    expect(flat).toMatch(/paired\/unpaired is the paired interval's half-width over the unpaired one: below 1, pairing by replicate narrowed it/);
    // Advice names the widest index intervals, or says there are enough; never counts money.
    expect(flat).toMatch(/headline index interval\(s\) are wider than 5% of the mean \(or ±0\.005\), the widest \S+ \w+\/\w+ \(±[\d.]+\)|the number of replicates is enough/);
    expect(r.stdout).not.toMatch(/cumulativeCost\/all .*(yes|no)$/m);
  });
});

describe('what sensitivity prints', () => {
  it('names the method, metric, tick and runs, and warns of an index whose interval is wider than the estimate', async () => {
    const out = join(tempDir(), 's');
    const r = await capflow('sensitivity', [FIXTURE, '--vary', 'programme.framework.handover=0:1', '--vary', 'learning.explorationPerMonth=0:0.05', '--samples', '3', '--workers', '1', '--out', out]);
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/\n/g, ' ');
    expect(flat).toMatch(/Morris elementary effects \(3 trajectories\) of outcomes\/local at tick 24, over \d+ runs \(1 replicate a point\); intervals are bootstrap 95%\./);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    // At full precision (sensitivity.csv: method,metric,group,tick,factor,index,estimate,ci_low,ci_high).
    const rows = readFileSync(join(out, 'sensitivity.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const wide = rows.filter(([, , , , , , est, lo, hi]) => lo !== '' && Number(hi) - Number(lo) > Math.abs(Number(est)));
    for (const [, , , , factor, index] of wide) expect(flat).toContain(`${index} of ${factor}`);
    if (wide.length === 0) expect(flat).not.toMatch(/Too wide to read/);
  });
});
