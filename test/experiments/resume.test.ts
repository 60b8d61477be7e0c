import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, outputs, tempDir } from './helpers.ts';

const BIN = join(process.cwd(), 'cli/capflow.mjs');
const sweep = (out: string, ...more: string[]) => ['sweep', FIXTURE, '--vary', 'programme.framework.handover=0:1:0.1', '--reps', '3', '--workers', '1', '--out', out, ...more];
/** Where an unfinished experiment keeps its finished runs: a hidden sibling of --out. */
const staging = (dir: string, name: string) => join(dir, `.${name}.partial`);
const finished = (dir: string) => (existsSync(join(dir, 'runs')) ? readdirSync(join(dir, 'runs')).filter((f) => f.endsWith('.csv')).length : 0);

/** Starts the sweep and kills it (as a crash would: no chance to clean up) once `runs` parts are on disk. */
async function killAfter(dir: string, name: string, runs: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, ...sweep(join(dir, name))], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (finished(staging(dir, name)) >= runs) {
        clearInterval(poll);
        child.kill('SIGKILL');
        resolve();
      }
    }, 20);
    child.on('exit', () => {
      clearInterval(poll);
      reject(new Error('the experiment finished before it could be killed: make it longer'));
    });
  });
  await new Promise((r) => child.on('exit', r));
}

describe('an experiment killed part way', () => {
  it('keeps every run it finished, and --resume completes it to exactly the uninterrupted result, leaving no temporary file', async () => {
    const dir = tempDir();
    await killAfter(dir, 'killed', 4);
    const kept = staging(dir, 'killed');
    const done = finished(kept);
    expect(done).toBeGreaterThanOrEqual(4);
    expect(done).toBeLessThan(33);
    // Nothing half-done appears at --out.
    expect(existsSync(join(dir, 'killed'))).toBe(false);
    // What a kill in the middle of writing leaves: a part and an output that never got their names.
    writeFileSync(join(kept, 'runs', '0123456789abcdef.csv.4242.1700000000000.tmp'), '');
    writeFileSync(join(kept, 'metrics.csv.4242.tmp'), 'scenario,replicate');

    // Without --resume the finished runs are protected; with it, only the missing runs are done.
    const refused = spawnSync(process.execPath, [BIN, ...sweep(join(dir, 'killed'))], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/run the same command with --resume/);
    const resumed = spawnSync(process.execPath, [BIN, ...sweep(join(dir, 'killed'), '--resume')], { encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(existsSync(kept)).toBe(false);
    expect(readdirSync(join(dir, 'killed')).sort()).toEqual(['codebook.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);

    const whole = join(dir, 'whole');
    expect(spawnSync(process.execPath, [BIN, ...sweep(whole)]).status).toBe(0);
    expect(outputs(join(dir, 'killed'))).toEqual(outputs(whole));
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 120_000);

  it('at Ctrl-C keeps the finished runs, says to run the same command with --resume, and exits 130', async () => {
    const dir = tempDir();
    // Two worker threads: the stop must reach runs in flight on other threads too (the last --workers wins).
    const args = sweep(join(dir, 'stopped'), '--workers', '2');
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 3000 && finished(staging(dir, 'stopped')) < 2; i++) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/^capflow sweep: interrupted \(SIGINT\): \d+ finished runs are kept in .*\.stopped\.partial; run the same command with --resume to finish\n$/);
    const kept = finished(staging(dir, 'stopped'));
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(readdirSync(join(staging(dir, 'stopped'), 'runs')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const resumed = spawnSync(process.execPath, [BIN, ...args, '--resume'], { encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(readdirSync(join(dir, 'stopped')).sort()).toEqual(['codebook.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
  }, 120_000);

  it('refuses to resume a different experiment in the same folder, and keeps the other one\'s finished runs', async () => {
    const dir = tempDir();
    await killAfter(dir, 'other', 2);
    const parts = () => readdirSync(join(staging(dir, 'other'), 'runs')).filter((f) => f.endsWith('.csv')).sort();
    const before = parts();
    const other = ['sweep', FIXTURE, '--vary', 'programme.framework.handover=0,1', '--reps', '1', '--workers', '1', '--out', join(dir, 'other'), '--resume'];
    const r = spawnSync(process.execPath, [BIN, ...other], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.other\.partial holds a different experiment/);
    expect(parts()).toEqual(before);
    expect(before.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('refuses (exit 2, no stack trace) to resume from an experiment.json that is not valid', async () => {
    const dir = tempDir();
    await killAfter(dir, 'broken', 1);
    writeFileSync(join(staging(dir, 'broken'), 'experiment.json'), '{"id": "trunc');
    const r = spawnSync(process.execPath, [BIN, ...sweep(join(dir, 'broken'), '--resume')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^capflow sweep: .*\.broken\.partial\/experiment\.json is not valid JSON .*add --force to start the experiment again\n/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
