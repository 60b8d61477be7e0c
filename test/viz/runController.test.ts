import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { RunController, type RunHooks, type RunRequest } from '../../viz/app/runController.ts';
import type { ReplicateSeries } from '../../viz/data/replicateSeries.ts';
import type { RunJob } from '../../viz/runJob.ts';
import type { Session } from '../../viz/session.ts';

/** A pool that records the jobs asked for and answers only when the test says. */
function fakePool() {
  let id = 0;
  const asked: { runId: number; jobs: Omit<RunJob, 'runId'>[] }[] = [];
  return {
    asked,
    run(jobs: Omit<RunJob, 'runId'>[]) {
      asked.push({ runId: ++id, jobs });
      return id;
    },
    cancel() {},
  };
}

function recorder() {
  const log: string[] = [];
  const hooks: RunHooks = {
    state: (s, text) => log.push(`${s}: ${text}`),
    progress: () => {},
    stale: (t) => log.push(t ? 'stale' : 'current'),
    show: (now) => log.push(`show${now ? ' now' : ''}`),
    ran: () => log.push('ran'),
    mark: () => {},
    now: () => 0,
  };
  return { log, hooks };
}

const scenario = { name: 's', start: '2026-04', years: { value: 1 } } as unknown as Scenario;
const series = (replicate: number): ReplicateSeries => ({ scenario: 's', replicate, seed: 1, start: '2026-04', ticks: 1, keys: ['capability\tlocal'], values: new Float64Array([replicate, replicate + 1]), present: new Uint8Array([1, 1]) });
const session = (replicates: number, seed = 1): Session => ({
  a: { source: { kind: 'shipped', id: 'x' }, sets: {} },
  b: { source: { kind: 'shipped', id: 'y' }, sets: {} },
  seed, replicates, view: 'compare', smoothing: 1, counterfactual: false,
});
const request = (s: Session): RunRequest => ({ session: s, scenarios: { a: scenario, b: scenario }, labels: { a: 'A', b: 'B' }, money: { a: undefined, b: undefined }, changes: [] });

function answerAll(c: RunController, run: { runId: number; jobs: Omit<RunJob, 'runId'>[] }, order = run.jobs.map((_, i) => i)) {
  for (const i of order) {
    const j = run.jobs[i];
    c.reply({ type: 'result', runId: run.runId, side: j.side, counterfactual: j.counterfactual, series: series(j.replicate), ms: 1 });
  }
}

describe('the run controller', () => {
  it('asks only for the new replicates when the count rises, and says how many it kept', () => {
    const pool = fakePool();
    const { log, hooks } = recorder();
    const c = new RunController(pool, hooks);
    c.start(request(session(2)));
    answerAll(c, pool.asked[0]);
    expect(c.shown().a.map((r) => r.replicate)).toEqual([0, 1]);
    c.start(request(session(5)));
    expect(pool.asked[1].jobs.map((j) => `${j.side}${j.replicate}`)).toEqual(['a2', 'b2', 'a3', 'b3', 'a4', 'b4']);
    answerAll(c, pool.asked[1]);
    expect(c.shown().b.map((r) => r.replicate)).toEqual([0, 1, 2, 3, 4]);
    expect(log.at(-1)).toMatch(/^done: Done: 10 runs \(5 replicates of A and B, seed 1; 4 kept from before, 6 run now\)/);
  });

  it('runs nothing when the count falls, and shows only the first replicates', () => {
    const pool = fakePool();
    const c = new RunController(pool, recorder().hooks);
    c.start(request(session(3)));
    answerAll(c, pool.asked[0]);
    c.start(request(session(1)));
    expect(pool.asked[1].jobs).toEqual([]);
    expect(c.shown().a.map((r) => r.replicate)).toEqual([0]);
  });

  it('starts afresh when anything but the count changes, marks the old charts out of date until the new pair is in, and ignores replies of replaced runs', () => {
    const pool = fakePool();
    const { log, hooks } = recorder();
    const c = new RunController(pool, hooks);
    c.start(request(session(2)));
    answerAll(c, pool.asked[0]);
    c.start(request(session(2, 9)));
    expect(pool.asked[1].jobs).toHaveLength(4);
    expect(log).toContain('stale');
    expect(c.current).toBe(false);
    answerAll(c, pool.asked[0]);
    expect(c.current).toBe(false);
    // B's replicate 1 first: nothing new to show until both sides have replicate 0.
    answerAll(c, pool.asked[1], [3, 1]);
    expect(c.current).toBe(false);
    answerAll(c, pool.asked[1], [0]);
    expect(c.current).toBe(true);
    expect(c.shown().a.map((r) => r.seed)).toEqual([1]);
    expect(c.shownOf?.session.seed).toBe(9);
  });

  it('says "1 replicate", not "1 replicates"', () => {
    const pool = fakePool();
    const { log, hooks } = recorder();
    const c = new RunController(pool, hooks);
    c.start(request(session(1)));
    expect(log.find((l) => l.startsWith('running'))).toBe('running: Running 1 replicate of A and B…');
  });
});
