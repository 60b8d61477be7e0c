import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capflow, tempDir } from './helpers.ts';

const regress = (args: string[]) => capflow('regress', args);

describe('capflow regress', () => {
  it('finds the committed baselines unchanged (a fork whose results drift fails here)', async () => {
    const r = await regress(['--dir', 'test/regression']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ok {3}test\/regression\/japan-regional\.json$/m);
    expect(r.code).toBe(0);
  });

  it('fails on drift, names what moved, and --update rewrites the baseline saying what changed', async () => {
    const dir = tempDir();
    cpSync('test/regression/uk-2026-regional.json', join(dir, 'drift.json'));
    const file = join(dir, 'drift.json');
    const baseline = JSON.parse(readFileSync(file, 'utf8'));
    baseline.scenario = join(process.cwd(), 'scenarios/uk-2026-regional.json');
    baseline.tolerances[0].mean += 0.5;
    writeFileSync(file, JSON.stringify(baseline));
    const drifted = await regress([file]);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toMatch(/capability\/local at tick 36: .* \(baseline .* ± 0\.01\)/);
    const updated = await regress(['--update', file]);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toMatch(/capability\/local at tick 36: .* -> /);
    expect((await regress([file])).code).toBe(0);
  });
});
