import { describe, expect, it } from 'vitest';
import { observe } from '../../sim/model/run.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import type { World } from '../../sim/model/world.ts';
import { loadFixture } from './helpers.ts';
import { stateOf } from './scaffold.ts';

const NO_PLACEMENTS = ['programme.instruments.secondment.enabled=false', 'programme.instruments.attachment.enabled=false', 'programme.instruments.exchange.enabled=false'];

/**
 * Slots whose official left during the step from `before`. A leaver whose post was refilled in the
 * same month shows as a new grade start (gradeSince = tick) at the same or a lower grade; a
 * promotion, the only other thing that sets gradeSince, raises the grade.
 */
function leaversOf(w: World, before: { occupied: Uint8Array; grade: Uint8Array }): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < w.off.count; i++) {
    if (before.occupied[i] !== 1) continue;
    if (w.off.occupied[i] === 0 || (w.off.gradeSince[i] === w.tick && w.off.grade[i] <= before.grade[i])) out.add(i);
  }
  return out;
}

/** Officials whose leaving hazard cannot depend on the programme: in post, not placed, no unrecognised return. */
function unaffected(w: World, i: number): boolean {
  return w.off.occupied[i] === 1 && w.off.placement[i] < 0 && w.off.unrecognised[i] === 0;
}

describe('common random numbers', () => {
  const withPlacements = loadFixture('instruments-voluntary');
  const withoutPlacements = loadFixture('instruments-voluntary', NO_PLACEMENTS);

  it('give the same leavers at tick 1, a scenario with placements and one without', () => {
    const a = new Simulation(withPlacements, { seed: 5 });
    const b = new Simulation(withoutPlacements, { seed: 5 });
    const beforeA = { occupied: a.world.off.occupied.slice(), grade: a.world.off.grade.slice() };
    const beforeB = { occupied: b.world.off.occupied.slice(), grade: b.world.off.grade.slice() };
    a.step();
    b.step();
    const left = leaversOf(a.world, beforeA);
    expect(left.size).toBeGreaterThan(50);
    expect(leaversOf(b.world, beforeB)).toEqual(left);
  });

  it('give the same leaving decision, every month of the run, to every official whose hazard placements cannot touch', () => {
    const a = new Simulation(withPlacements, { seed: 5 });
    const b = new Simulation(withoutPlacements, { seed: 5 });
    const mismatches: string[] = [];
    let compared = 0;
    let leavers = 0;
    let differentPosts = 0;
    while (!a.done) {
      const beforeA = { occupied: a.world.off.occupied.slice(), grade: a.world.off.grade.slice() };
      const beforeB = { occupied: b.world.off.occupied.slice(), grade: b.world.off.grade.slice() };
      const comparable = [];
      for (let i = 0; i < a.world.off.count; i++) if (unaffected(a.world, i) && unaffected(b.world, i)) comparable.push(i);
      a.step();
      b.step();
      const leftA = leaversOf(a.world, beforeA);
      const leftB = leaversOf(b.world, beforeB);
      for (const i of comparable) {
        if (leftA.has(i) !== leftB.has(i)) mismatches.push(`official ${i} at tick ${a.tick}`);
        if (leftA.has(i)) leavers++;
      }
      compared += comparable.length;
      for (let i = 0; i < a.world.off.count; i++) if (a.world.off.at[i] !== b.world.off.at[i]) differentPosts++;
    }
    expect(mismatches).toEqual([]);
    // Not vacuous: the runs really diverged (people placed in one only), and many decisions were compared.
    expect(differentPosts).toBeGreaterThan(500);
    expect(compared).toBeGreaterThan(250_000);
    expect(leavers).toBeGreaterThan(1500);
  });

  it('are not consumed by observing: a run observed every tick ends in the same state as one never observed', () => {
    const observed = new Simulation(withPlacements, { seed: 9 });
    const unobserved = new Simulation(withPlacements, { seed: 9 });
    let rows = 0;
    rows += observe(observed).length;
    while (!observed.done) {
      observed.step();
      rows += observe(observed).length;
      unobserved.step();
    }
    expect(rows).toBeGreaterThan(0);
    expect(stateOf(observed.world)).toEqual(stateOf(unobserved.world));
  });
});
