import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, capflow, fixture, tempDir } from './helpers.ts';

/** One target on the small fixture: central attrition over its first year, moved by the leaving rate varied. */
const targets = {
  targets: [
    {
      name: 'central-attrition',
      scenarios: ['exp-small'],
      quantity: { kind: 'mean', metric: 'attritionRate', groups: ['central'], from: '2026-04', to: '2027-03' },
      observed: 0.12,
      uncertainty: { sd: 0.01, assumption: 'a test figure' },
      discrepancy: { sd: 0.005, assumption: 'a test figure' },
      source: 'this test',
    },
  ],
};

const tiny = (dir: string, out: string, workers: number, extra: string[] = []) =>
  capflow([
    'calibrate', fixture('small.json'), '--targets', join(dir, 'targets.json'),
    '--vary', 'tiers.central.leavingRatePerYear=0.01:0.3',
    '--particles', '10', '--generations', '2', '--batch', '10', '--years', '1',
    '--workers', String(workers), '--out', join(dir, out), ...extra,
  ]);
const read = (dir: string, out: string, file: string) => readFileSync(join(dir, out, file), 'utf8');

describe('capflow calibrate', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'targets.json'), JSON.stringify(targets));

  it('writes a posterior, its diagnostics and a manifest, the same bytes with 1 and 2 workers', async () => {
    const one = await tiny(dir, 'one', 1);
    expect(one.stderr).toContain('generation 1: tolerance');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/tiers\.central\.leavingRatePerYear: posterior 90% range .* of its prior range/);
    const posterior = read(dir, 'one', 'posterior.csv');
    expect(posterior.split('\n')[0]).toBe('particle,weight,tiers.central.leavingRatePerYear,distance,target:central-attrition');
    expect(posterior.trim().split('\n')).toHaveLength(11);
    const diagnostics = JSON.parse(read(dir, 'one', 'diagnostics.json'));
    expect(diagnostics.generations.map((g: { particles: number }) => g.particles)).toEqual([10, 10]);
    // The tolerance of generation 1 is the median distance of generation 0, which accepted every prior draw.
    expect(diagnostics.generations[0].epsilon).toBeNull();
    expect(diagnostics.generations[1].epsilon).toBeGreaterThan(0);

    const two = await tiny(dir, 'two', 2);
    expect(two.code).toBe(0);
    expect(read(dir, 'two', 'posterior.csv')).toBe(posterior);
    expect(read(dir, 'two', 'diagnostics.json')).toBe(read(dir, 'one', 'diagnostics.json'));

    // The folder holds the outputs and a manifest, not the working state.
    expect(readdirSync(join(dir, 'two')).sort()).toEqual(['diagnostics.json', 'manifest.json', 'posterior.csv']);
    const manifest = JSON.parse(read(dir, 'two', 'manifest.json'));
    expect(manifest.targets.sha256).toBe(createHash('sha256').update(read(dir, '', 'targets.json')).digest('hex'));
    expect(manifest.files['posterior.csv'].sha256).toBe(createHash('sha256').update(posterior).digest('hex'));
  }, 120_000);

  it('killed mid-run keeps its finished runs in the staging folder, and --resume gives the same bytes', async () => {
    const out = join(dir, 'killed');
    const staging = join(dir, '.killed.partial');
    const args = ['calibrate', fixture('small.json'), '--targets', join(dir, 'targets.json'), '--vary', 'tiers.central.leavingRatePerYear=0.01:0.3',
      '--particles', '10', '--generations', '2', '--batch', '10', '--years', '1', '--workers', '1', '--out', out];
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    const parts = () => (existsSync(join(staging, 'work', 'g0-b0', 'runs')) ? readdirSync(join(staging, 'work', 'g0-b0', 'runs')).filter((f) => f.endsWith('.csv')).length : 0);
    while (parts() < 3 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(out)).toBe(false);
    expect(parts()).toBeGreaterThanOrEqual(3);
    const again = await capflow(args.slice(0));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/run the same command with --resume/);
    const resumed = await capflow([...args, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(existsSync(staging)).toBe(false);
    expect(read(dir, 'killed', 'posterior.csv')).toBe(read(dir, 'one', 'posterior.csv'));
    expect(read(dir, 'killed', 'diagnostics.json')).toBe(read(dir, 'one', 'diagnostics.json'));
    const done = await capflow([...args, '--resume']);
    expect(done.stdout).toContain('already holds this calibration, complete');
  }, 180_000);

  it('refuses to overwrite a folder without --force, and replaces its own earlier output with it', async () => {
    const again = await tiny(dir, 'one', 1);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists and is not empty');
    const forced = await tiny(dir, 'one', 1, ['--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(join(dir, 'one')).sort()).toEqual(['diagnostics.json', 'manifest.json', 'posterior.csv']);
  }, 120_000);

  it('refuses a bad targets file with its JSON path and reason, and targets for another scenario', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ targets: [{ ...targets.targets[0], observed: 'high' }] }));
    const bad = await capflow(['calibrate', fixture('small.json'), '--targets', join(dir, 'bad.json'), '--vary', 'tiers.central.leavingRatePerYear=0.01:0.3']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('$.targets[0].observed');
    const other = await capflow(['calibrate', fixture('small.json'), '--targets', 'targets/japan.json', '--vary', 'tiers.central.leavingRatePerYear=0.01:0.3']);
    expect(other.code).not.toBe(0);
    expect(other.stderr).toContain('has no calibration target for the scenario "exp-small"');
  }, 60_000);
});
