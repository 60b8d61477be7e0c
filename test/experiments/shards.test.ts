import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capflow, FIXTURE, outputs, tempDir } from './helpers.ts';

/** A manifest without what differs from one invocation to the next: the command, the clock, the threads used and the memory they needed. */
function stable(dir: string) {
  const { command: _c, started: _s, finished: _f, runSeconds: _r, workers: _w, memoryEstimateBytes: _m, ...rest } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return rest;
}

describe('an experiment split into shards', () => {
  it('merges into exactly what one machine produces', async () => {
    const dir = tempDir();
    const args = ['--vary', 'programme.framework.handover=0,0.5,1', '--reps', '2', '--workers', '1'];
    expect((await capflow('sweep', [FIXTURE, ...args, '--out', join(dir, 'whole')])).code).toBe(0);
    for (const k of [1, 2, 3]) expect((await capflow('sweep', [FIXTURE, ...args, '--shard', `${k}/3`, '--out', join(dir, `shard${k}`)])).code).toBe(0);
    // What a merge killed while copying leaves: it is only copies, so the next merge starts again.
    mkdirSync(join(dir, '.merged.partial', 'runs'), { recursive: true });
    writeFileSync(join(dir, '.merged.partial', 'runs', '0123456789abcdef.csv'), 'half');
    const merged = await capflow('merge', [join(dir, 'shard1'), join(dir, 'shard2'), join(dir, 'shard3'), '--out', join(dir, 'merged')]);
    expect(merged.code).toBe(0);
    expect(outputs(join(dir, 'merged'))).toEqual(outputs(join(dir, 'whole')));
    expect(existsSync(join(dir, '.merged.partial'))).toBe(false);
  });

  it('gives, for a plain run merged from shards, the very files of one plain run: same names, same bytes, same manifest', async () => {
    const dir = tempDir();
    const args = [FIXTURE, '--reps', '3', '--years', '1'];
    const whole = await capflow('run', [...args, '--out', join(dir, 'whole')]);
    expect(whole.code).toBe(0);
    for (const k of [1, 2]) expect((await capflow('run', [...args, '--workers', '2', '--shard', `${k}/2`, '--out', join(dir, `shard${k}`)])).code).toBe(0);
    const merged = await capflow('merge', [join(dir, 'shard1'), join(dir, 'shard2'), '--out', join(dir, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(readdirSync(join(dir, 'merged')).sort()).toEqual(['codebook.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
    expect(readdirSync(join(dir, 'whole')).sort()).toEqual(['codebook.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
    for (const f of ['metrics.csv', 'summary.csv', 'codebook.csv']) expect(readFileSync(join(dir, 'merged', f)), f).toEqual(readFileSync(join(dir, 'whole', f)));
    expect(stable(join(dir, 'merged'))).toEqual(stable(join(dir, 'whole')));
    // The summary on stdout is the same too, tables included (only the timing differs).
    const untimed = (s: string) => s.replace(/ in \d+\.\d s/, '').replace(/\S*(whole|merged)\S*/g, 'DIR');
    expect(untimed(merged.stdout)).toBe(untimed(whole.stdout));
    expect(merged.stdout).toMatch(/^Placements over the run/m);
  });

  it('keeps a shard a shard even when it holds every run (1/1, or an empty other half), and merges it', async () => {
    const dir = tempDir();
    const args = ['--vary', 'programme.framework.handover=0,1', '--reps', '1', '--years', '1', '--workers', '1'];
    expect((await capflow('sweep', [FIXTURE, ...args, '--shard', '1/1', '--out', join(dir, 'all')])).code).toBe(0);
    expect(readdirSync(join(dir, 'all')).sort()).toEqual(['experiment.json', 'manifest.json', 'runs']);
    expect(JSON.parse(readFileSync(join(dir, 'all', 'manifest.json'), 'utf8')).shard).toEqual({ k: 1, n: 1 });
    const again = await capflow('sweep', [FIXTURE, ...args, '--shard', '1/1', '--out', join(dir, 'all'), '--resume']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already holds this experiment, complete: nothing to resume/);
    expect((await capflow('sweep', [FIXTURE, ...args, '--out', join(dir, 'whole')])).code).toBe(0);
    expect((await capflow('merge', [join(dir, 'all'), '--out', join(dir, 'merged')])).code).toBe(0);
    expect(outputs(join(dir, 'merged'))).toEqual(outputs(join(dir, 'whole')));
  });

  it('writes nothing when a shard is missing, and names it by number for sbatch --array', async () => {
    const dir = tempDir();
    const args = ['--vary', 'programme.framework.handover=0,0.25,0.5,0.75,1', '--reps', '2', '--workers', '1'];
    for (const k of [1, 3]) expect((await capflow('sweep', [FIXTURE, ...args, '--shard', `${k}/3`, '--out', join(dir, `shard${k}`)])).code).toBe(0);
    const merged = await capflow('merge', [join(dir, 'shard1'), join(dir, 'shard3'), '--out', join(dir, 'merged')]);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/^capflow merge: \d+ of 10 runs are in none of the folders; nothing was written\.\nMissing: shard 2\/3\. .*sbatch --array=2 /);
    expect(existsSync(join(dir, 'merged'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['shard1', 'shard3']);
  });

  it('refuses (exit 1, no stack trace) a shard folder whose manifest is not valid', async () => {
    const dir = tempDir();
    const args = ['--vary', 'programme.framework.handover=0,1', '--reps', '1', '--workers', '1'];
    expect((await capflow('sweep', [FIXTURE, ...args, '--shard', '1/1', '--out', join(dir, 'one')])).code).toBe(0);
    expect((await capflow('sweep', [FIXTURE, ...args, '--shard', '1/2', '--out', join(dir, 'half')])).code).toBe(0);
    writeFileSync(join(dir, 'half', 'manifest.json'), '{ not json');
    const broken = await capflow('merge', [join(dir, 'half'), '--out', join(dir, 'merged')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^capflow merge: .*half\/manifest\.json is not valid JSON/);
    const manifest = JSON.parse(readFileSync(join(dir, 'one', 'manifest.json'), 'utf8'));
    manifest.experiment.runs[0].seed = 99;
    writeFileSync(join(dir, 'half', 'manifest.json'), JSON.stringify(manifest));
    const edited = await capflow('merge', [join(dir, 'half'), '--out', join(dir, 'merged')]);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/\$\.runs\[0\]: the run does not match its id/);
    const part = readdirSync(join(dir, 'one', 'runs'))[0];
    writeFileSync(join(dir, 'one', 'runs', part), 'exp-small,0,1,0,0,2026-04,capability,local,0.5\n');
    const damaged = await capflow('merge', [join(dir, 'one'), '--out', join(dir, 'merged')]);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(new RegExp(`one/runs/${part.replace('.', '\\.')} does not match the SHA-256 its manifest records`));
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });
});
