import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capflow, FIXTURE, outputs, tempDir } from './helpers.ts';

describe('an experiment split into shards', () => {
  it('merges into exactly what one machine produces', async () => {
    const dir = tempDir();
    const args = ['--vary', 'programme.framework.handover=0,0.5,1', '--reps', '2', '--workers', '1'];
    expect((await capflow('sweep', [FIXTURE, ...args, '--out', join(dir, 'whole')])).code).toBe(0);
    for (const k of [1, 2, 3]) expect((await capflow('sweep', [FIXTURE, ...args, '--shard', `${k}/3`, '--out', join(dir, `shard${k}`)])).code).toBe(0);
    const merged = await capflow('merge', [join(dir, 'shard1'), join(dir, 'shard2'), join(dir, 'shard3'), '--out', join(dir, 'merged')]);
    expect(merged.code).toBe(0);
    expect(outputs(join(dir, 'merged'))).toEqual(outputs(join(dir, 'whole')));
  });

  it('refuses to merge when a shard is missing, naming what is missing', async () => {
    const dir = tempDir();
    const args = ['--vary', 'programme.framework.handover=0,1', '--reps', '2', '--workers', '1'];
    await capflow('sweep', [FIXTURE, ...args, '--shard', '1/2', '--out', join(dir, 'shard1')]);
    const merged = await capflow('merge', [join(dir, 'shard1'), '--out', join(dir, 'merged')]);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/runs are in none of the folders/);
  });
});
