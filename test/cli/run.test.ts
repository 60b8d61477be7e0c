import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, capflow, fixture, ROOT, tempDir, type Ran } from './helpers.ts';

const HEADER = 'scenario,replicate,seed,tick,date,metric,group,value';

const tmp = tempDir();
const out = (name: string) => join(tmp, name);
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const manifestOf = (dir: string) => JSON.parse(read(dir, 'manifest.json'));
const rowsOf = (dir: string) => read(dir, 'metrics.csv').trim().split('\n').slice(1).map((l) => l.split(','));
const tiny = relative(ROOT, fixture('tiny-generated.json'));

// The runs most tests read, spawned together to keep the file fast.
let first: Ran;
let again: Ran;
let otherSeed: Ran;
let edited: Ran;
let defaults: Ran;
let notes: Ran;
let huge: Ran;
let invalid: Ran;
let badSet: Ran;

beforeAll(async () => {
  mkdirSync(out('cwd'));
  mkdirSync(out('notes'));
  writeFileSync(join(out('notes'), 'notes.txt'), 'mine');
  [first, again, otherSeed, edited, defaults, notes, huge, invalid, badSet] = await Promise.all([
    capflow(['run', tiny, '--seed', '7', '--out', out('first')]),
    capflow(['run', tiny, '--seed', '7', '--out', out('again')]),
    capflow(['run', tiny, '--seed', '8', '--out', out('other-seed')]),
    capflow(['run', fixture('child.json'), '--reps', '2', '--years', '1', '--set', 'funding.renewalProbability=0.5', '--out', out('edited')]),
    capflow(['run', fixture('tiny-generated.json')], out('cwd')),
    capflow(['run', tiny, '--out', out('notes'), '--force']),
    capflow(['run', fixture('huge.json'), '--max-memory', '1GB', '--out', out('huge')]),
    capflow(['run', fixture('many-problems.json'), '--out', out('invalid')]),
    capflow(['run', tiny, '--set', 'funding.cycleMonths=-3', '--out', out('bad-set')]),
  ]);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('capflow run', () => {
  it('writes metrics.csv in tidy long form and a manifest whose SHA-256 matches the file', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(readdirSync(out('first')).sort()).toEqual(['codebook.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
    const csv = readFileSync(join(out('first'), 'metrics.csv'));
    expect(csv.toString('utf8').split('\n')[0]).toBe(HEADER);
    expect(csv.toString('utf8').split('\n')[1]).toMatch(/^tiny,0,7,0,2026-04-01,capability,central,0\.\d+$/);
    const m = manifestOf(out('first'));
    expect(m.files['metrics.csv'].sha256).toBe(createHash('sha256').update(csv).digest('hex'));
    expect(m.files['metrics.csv'].bytes).toBe(csv.length);
    expect(m.files['metrics.csv'].rows).toBe(rowsOf(out('first')).length);
    const summary = readFileSync(join(out('first'), 'summary.csv'));
    expect(summary.toString('utf8').split('\n')[0]).toBe('scenario,tick,date,metric,group,n,mean,sd,ci_low,ci_high,half_width');
    expect(m.files['summary.csv'].sha256).toBe(createHash('sha256').update(summary).digest('hex'));
  });

  it('records what ran and how in the manifest', () => {
    const m = manifestOf(out('first'));
    expect(m).toMatchObject({
      schemaVersion: 'capflow-scenario/1',
      scenarioFile: tiny,
      extendsChain: [tiny],
      seed: 7,
      replicates: [{ replicate: 0, seed: 7 }],
      ticks: 24,
      start: '2026-04',
      end: '2028-04',
      officials: 5200,
      program: { name: 'capflow', version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version, node: process.version },
    });
    expect(m.program.gitCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(m.scenario.name).toBe('tiny');
    expect(m.scenario.years).toMatchObject({ value: 2 });
    expect(m.input.name).toBe('tiny');
    expect(Date.parse(m.finished)).toBeGreaterThanOrEqual(Date.parse(m.started));
  });

  it('prints a summary by tier, placements each way, workforce and cost', () => {
    expect(first.stdout).toMatch(/^tiny: seed 7, 1 replicate, 2 years, 5,200 officials$/m);
    expect(first.stdout).toMatch(/start \(2026-04\) and end \(2028-04\)/);
    for (const label of ['capability', 'capacity gap', 'coordination', 'local autonomy', 'outcomes', 'decision speed', 'delivery pace']) {
      expect(first.stdout).toMatch(new RegExp(`^${label} +(\\d\\.\\d{3}|-) +(\\d\\.\\d{3}|-)`, 'm'));
    }
    expect(first.stdout).toMatch(/^secondment:centralToLocal +\d+ +\d+ +\d+ +\d+ +\d+$/m);
    expect(first.stdout).toMatch(/^returners leaving within 12 months/m);
    expect(first.stdout).toMatch(/^Cost over the run, in GBP: £[\d,]+/m);
  });

  it('gives byte-identical metrics.csv for the same scenario and seed', () => {
    expect(again.code).toBe(0);
    expect(read(out('again'), 'metrics.csv')).toBe(read(out('first'), 'metrics.csv'));
  });

  it('gives different values for a different seed', () => {
    expect(otherSeed.code).toBe(0);
    const values = (dir: string) => rowsOf(dir).map((r) => r[7]);
    expect(values(out('other-seed'))).toHaveLength(values(out('first')).length);
    expect(values(out('other-seed'))).not.toEqual(values(out('first')));
  });

  it('runs --reps replicates with indices 0 to n-1, each whole', () => {
    expect(edited.code).toBe(0);
    const rows = rowsOf(out('edited'));
    expect([...new Set(rows.map((r) => r[1]))]).toEqual(['0', '1']);
    expect(rows.filter((r) => r[1] === '0')).toHaveLength(rows.length / 2);
    expect(manifestOf(out('edited')).replicates).toEqual([{ replicate: 0, seed: 1 }, { replicate: 1, seed: 1 }]);
    expect(edited.stdout).toMatch(/mean of 2 replicates/);
  });

  it('applies --set and records the value as set on the command line', () => {
    const m = manifestOf(out('edited'));
    const set = { value: 0.5, assumption: 'set on the command line' };
    expect(m.input.funding.renewalProbability).toEqual(set);
    expect(m.scenario.funding.renewalProbability).toMatchObject(set);
    expect(m.input.funding.cycleMonths).toBe(24);
    expect(m.edits).toEqual(['funding.renewalProbability=0.5', 'years=1']);
  });

  it('changes the horizon with --years (the last tick is years × 12)', () => {
    const ticks = rowsOf(out('edited')).map((r) => Number(r[3]));
    expect(Math.max(...ticks)).toBe(12);
    expect(manifestOf(out('edited'))).toMatchObject({ ticks: 12, end: '2027-04', scenario: { years: { value: 1 } } });
  });

  it('lists the files of the extends chain', () => {
    expect(manifestOf(out('edited')).extendsChain).toEqual([fixture('child.json'), fixture('tiny-generated.json')]);
  });

  it('writes to runs/<scenario name>-<seed>/ under the working folder by default', () => {
    expect(defaults.code).toBe(0);
    expect(readdirSync(join(out('cwd'), 'runs', 'tiny-1')).sort()).toEqual(['codebook.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
    // Nothing else is left beside it (no temporary folder).
    expect(readdirSync(join(out('cwd'), 'runs'))).toEqual(['tiny-1']);
  });

  it('refuses a non-empty output folder (exit 2) and leaves it as it was, but replaces an earlier run with --force', async () => {
    const before = read(out('first'), 'manifest.json');
    const refused = await capflow(['run', tiny, '--seed', '7', '--out', out('first')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists and is not empty.*--force/);
    expect(read(out('first'), 'manifest.json')).toBe(before);
    const forced = await capflow(['run', tiny, '--seed', '7', '--out', out('first'), '--force']);
    expect(forced.code).toBe(0);
    expect(read(out('first'), 'manifest.json')).not.toBe(before);
    expect(read(out('first'), 'metrics.csv')).toBe(read(out('again'), 'metrics.csv'));
    expect(readdirSync(tmp).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('will not let --force delete a folder holding files capflow did not write', () => {
    expect(notes.code).toBe(2);
    expect(notes.stderr).toMatch(/notes\.txt/);
    expect(readdirSync(out('notes'))).toEqual(['notes.txt']);
  });

  it('refuses a scenario too large for memory up front, stating the estimate and the limit, and writes nothing', () => {
    const r = huge;
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/30,000,000 officials need an estimated \d+\.\d+ GB of memory, above the limit of 1\.00 GB/);
    expect(existsSync(out('huge'))).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes('huge'))).toEqual([]);
  });

  it('lists every problem of an invalid scenario, exits 1 and writes nothing', () => {
    const r = invalid;
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(4);
    expect(existsSync(out('invalid'))).toBe(false);
  });

  it('reports a bad --set value against the --set, not the scenario file, exits 1 and writes nothing', () => {
    expect(badSet.code).toBe(1);
    expect(badSet.stderr.trim().split('\n')).toEqual(['--set funding.cycleMonths=-3: $.funding.cycleMonths.value: Too small: expected number to be >=1']);
    expect(existsSync(out('bad-set'))).toBe(false);
  });

  it('stops at Ctrl-C, removes everything it wrote and exits 130', async () => {
    // A million officials: a run of a few seconds. The signal is noted at once and acted on
    // between ticks, so it lands mid-run whenever it arrives after the run has begun.
    const staff = ['central', 'combined', 'local'].flatMap((t) => ['--set', `organisations.${t}.totalStaff=350000`]);
    const child = spawn(process.execPath, [BIN, 'run', fixture('huge.json'), '--years', '2', ...staff, '--out', out('interrupted')], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const started = () => existsSync(join(tmp, '.interrupted.partial', 'experiment.json'));
    for (let i = 0; i < 500 && !started(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(started()).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/interrupted \(SIGINT\): nothing was written/);
    expect(readdirSync(tmp).filter((f) => f.includes('interrupted'))).toEqual([]);
  });
});
