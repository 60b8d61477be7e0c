import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, outputs, tempDir } from './helpers.ts';

const BIN = join(process.cwd(), 'cli/capflow.mjs');
const sweep = (out: string, ...more: string[]) => ['sweep', FIXTURE, '--vary', 'programme.framework.handover=0:1:0.1', '--reps', '3', '--workers', '1', '--out', out, ...more];
const finished = (dir: string) => (existsSync(join(dir, 'runs')) ? readdirSync(join(dir, 'runs')).filter((f) => f.endsWith('.csv')).length : 0);

describe('an experiment killed part way', () => {
  it('keeps every run it finished, and --resume completes it to exactly the uninterrupted result', async () => {
    const dir = tempDir();
    const killed = join(dir, 'killed');
    const child = spawn(process.execPath, [BIN, ...sweep(killed)], { stdio: 'ignore' });
    // Kill it (as a crash would: no chance to clean up) once a few runs are on disk.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (finished(killed) >= 4) {
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
    const done = finished(killed);
    expect(done).toBeGreaterThanOrEqual(4);
    expect(done).toBeLessThan(33);
    expect(existsSync(join(killed, 'metrics.csv'))).toBe(false);

    // Without --resume the folder is protected; with it, only the missing runs are done.
    expect(spawnSync(process.execPath, [BIN, ...sweep(killed)]).status).toBe(2);
    const resumed = spawnSync(process.execPath, [BIN, ...sweep(killed, '--resume')], { encoding: 'utf8' });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(finished(killed)).toBe(33);

    const whole = join(dir, 'whole');
    expect(spawnSync(process.execPath, [BIN, ...sweep(whole)]).status).toBe(0);
    expect(outputs(killed)).toEqual(outputs(whole));
  }, 120_000);
});
