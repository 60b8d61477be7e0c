import { describe, expect, it } from 'vitest';
import { capflow, FIXTURE, tempDir } from './helpers.ts';
import { join } from 'node:path';
import { replicateRuns } from '../../sim/runDesign/runSpec.ts';
import { runCost } from '../../sim/runDesign/runCost.ts';
import { shardAssignment } from '../../sim/runDesign/shards.ts';

// issue 14: shards balanced by estimated cost, not by content hash (which gave 4, 8, 3 and 5 runs).
describe('shards', () => {
  it('of equal runs hold equal numbers (sizes differ by at most one), whatever order the runs come in', () => {
    const runs = replicateRuns('uk', 'input', 1, 20);
    for (const order of [runs, [...runs].reverse()]) {
      const shardOf = shardAssignment(order, () => 1, 4);
      const sizes = [1, 2, 3, 4].map((k) => [...shardOf.values()].filter((s) => s === k).length);
      expect(sizes).toEqual([5, 5, 5, 5]);
    }
    const a = shardAssignment(runs, () => 1, 3);
    const b = shardAssignment([...runs].reverse(), () => 1, 3);
    expect([...b].sort()).toEqual([...a].sort());
    expect(new Set(a.values()).size).toBe(3);
  });

  it('balance the work when runs differ in cost: one national run outweighs many regional ones', () => {
    const regional = replicateRuns('regional', 'r', 1, 12);
    const national = replicateRuns('national', 'n', 1, 2);
    const cost = (id: string) => (id === 'n' ? 10 : 1);
    const shardOf = shardAssignment([...regional, ...national], (r) => cost(r.inputId), 3);
    const load = [1, 2, 3].map((k) => [...regional, ...national].filter((r) => shardOf.get(r.id) === k).reduce((a, r) => a + cost(r.inputId), 0));
    // 32 units in 3 shards: the longest-processing-time rule gives 10+1, 10+1, 10 (or as near).
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);
    expect(load.reduce((a, b) => a + b)).toBe(32);
  });

  it('estimate a run as officials × months simulated, from the input as a scenario writes it', () => {
    expect(runCost({ years: 2, warmUpYears: 1, organisations: { mode: 'list', list: [{ establishment: 100 }, { establishment: 50 }] } })).toBe(150 * 36);
    expect(runCost({ years: { value: 1 }, organisations: { mode: 'generate', central: { totalStaff: { value: 10 } }, combined: { totalStaff: 20 }, local: { totalStaff: { value: 30 } } } })).toBe(60 * 12);
    expect(runCost({})).toBe(1);
  });

  it('say how many runs each holds and its share of the work', async () => {
    const dir = tempDir();
    const sizes: number[] = [];
    for (const k of [1, 2, 3]) {
      const r = await capflow('sweep', [FIXTURE, '--vary', 'programme.framework.handover=0:1:0.25', '--reps', '2', '--years', '1', '--workers', '1', '--shard', `${k}/3`, '--out', join(dir, `s${k}`)]);
      expect(r.code, r.stderr).toBe(0);
      const m = /^Shard \d\/3 holds (\d+) of the 10 runs \((\d+)% of the estimated work\); \1 finished/m.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      sizes.push(Number(m![1]));
    }
    expect(sizes.sort()).toEqual([3, 3, 4]);
  });
});
