import { describe, expect, it } from 'vitest';
import { frameQueue } from '../../viz/ui/frameQueue.ts';

/** A queue on a fake clock and fake frames: each task "takes" `cost` ms of the clock. */
function harness(budgetMs: number, cost: number) {
  let clock = 0;
  const frames: (() => void)[] = [];
  const ran: string[][] = [];
  let idle = 0;
  const q = frameQueue({ budgetMs, now: () => clock, requestFrame: (f) => frames.push(f), onIdle: () => idle++ });
  const task = (id: string) => () => {
    clock += cost;
    ran[ran.length - 1].push(id);
  };
  const frame = () => {
    const f = frames.shift();
    if (!f) return false;
    ran.push([]);
    f();
    return true;
  };
  return { q, task, frame, frames, ran, idle: () => idle };
}

describe('drawing spread over animation frames', () => {
  it('runs tasks only until the frame budget is spent, and asks for one frame at a time', () => {
    const h = harness(24, 10);
    for (const id of ['a', 'b', 'c', 'd', 'e']) h.q.schedule(id, h.task(id));
    expect(h.frames).toHaveLength(1);
    while (h.frame());
    expect(h.ran).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(h.idle()).toBe(1);
  });

  it('runs a task longer than the budget alone in its frame', () => {
    const h = harness(24, 40);
    h.q.schedule('a', h.task('a'));
    h.q.schedule('b', h.task('b'));
    while (h.frame());
    expect(h.ran).toEqual([['a'], ['b']]);
  });

  it('draws a chart scheduled twice before its frame once, with the later task', () => {
    const h = harness(24, 1);
    h.q.schedule('chart', h.task('old'));
    h.q.schedule('chart', h.task('new'));
    while (h.frame());
    expect(h.ran).toEqual([['new']]);
  });

  it('puts a chart redrawn mid-pass behind the ones not yet drawn, so none starves while results arrive', () => {
    const h = harness(10, 10);
    for (const id of ['a', 'b', 'c']) h.q.schedule(id, h.task(id));
    h.frame();
    h.q.schedule('a', h.task('a'));
    while (h.frame());
    expect(h.ran).toEqual([['a'], ['b'], ['c'], ['a']]);
    expect(h.q.pending).toBe(0);
  });
});
