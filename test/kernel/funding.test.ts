import { describe, expect, it } from 'vitest';
import { fundingPhase } from '../../sim/model/phases/funding.ts';
import { transferPhase } from '../../sim/model/phases/transfer.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import type { World } from '../../sim/model/world.ts';
import { loadFixture } from './helpers.ts';
import { atTick, orgNamed, place, slotsOf, worldOf } from './scaffold.ts';

/** Annual cycles, four officials of the department away in council-a, an experienced programme. */
function situation(tick: number, renewal: number): World {
  const w = worldOf('tiny-listed');
  const f = w.p.funding;
  f.cycleMonths.fill(12);
  f.renewalProbability.fill(renewal);
  f.lapseEndsLiveShare.fill(1);
  f.adminCostPerMonth.fill(20_000);
  f.fundedShare.fill(1);
  for (const i of slotsOf(w, orgNamed(w, 'dept')).slice(0, 4)) place(w, i, orgNamed(w, 'council-a'), { start: 2, months: 24 });
  w.programme.experience = 0.7;
  return atTick(w, tick);
}

describe('the funding phase', () => {
  it('lets the programme lapse at a cycle boundary when it is not renewed: placements end early and its know-how is lost', () => {
    const w = situation(12, 0);
    fundingPhase(w);
    expect(w.programme).toMatchObject({ active: false, lapses: 1, experience: 0, cycleEnd: 24 });
    expect(w.pool.size).toBe(0);
    expect(w.tally.endedEarly[1]).toBe(4);
    expect(w.org.hosted[orgNamed(w, 'council-a')]).toBe(0);
    expect(Array.from(w.tally.returned)).toEqual([4, 0, 0]);
    expect(w.tally.adminCost).toBe(0);
  });

  it('renews the programme with probability 1, keeping its placements, know-how and running cost', () => {
    const w = situation(12, 1);
    fundingPhase(w);
    expect(w.programme).toMatchObject({ active: true, lapses: 0, experience: 0.7, cycleEnd: 24 });
    expect(w.pool.size).toBe(4);
    expect(w.tally.adminCost).toBe(20_000);
  });

  it('decides nothing between boundaries: month 11 of an annual cycle', () => {
    const w = situation(11, 0);
    fundingPhase(w);
    expect(w.programme).toMatchObject({ active: true, lapses: 0, experience: 0.7, cycleEnd: 12 });
    expect(w.pool.size).toBe(4);
  });

  it('keeps live placements through a lapse when lapses end none of them', () => {
    const w = situation(12, 0);
    w.p.funding.lapseEndsLiveShare.fill(0);
    fundingPhase(w);
    expect(w.programme.active).toBe(false);
    expect(w.pool.size).toBe(4);
  });

  it("funds every organisation's bid at a funded share of 1 and none at 0, for the whole cycle", () => {
    const all = situation(12, 1);
    fundingPhase(all);
    expect(Array.from(all.org.funded)).toEqual([1, 1, 1, 1]);
    const none = situation(12, 1);
    none.p.funding.fundedShare.fill(0);
    fundingPhase(none);
    expect(Array.from(none.org.funded)).toEqual([0, 0, 0, 0]);
    atTick(none, 13);
    none.p.funding.fundedShare.fill(1);
    fundingPhase(none);
    expect(Array.from(none.org.funded)).toEqual([0, 0, 0, 0]);
  });

  it('renews at about the renewal probability: six-monthly cycles renewed with probability 0.3 lapse at 7 of 10 boundaries', () => {
    let boundaries = 0;
    let lapses = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const w = worldOf('tiny-listed', seed);
      w.p.funding.cycleMonths.fill(6);
      // The first cycle's end was fixed at construction from the scenario's 12 months.
      w.programme.cycleEnd = 6;
      w.p.funding.renewalProbability.fill(0.3);
      for (let t = 1; t <= w.ticks; t++) fundingPhase(atTick(w, t));
      boundaries += w.ticks / 6;
      lapses += w.programme.lapses;
    }
    // 600 boundaries: binomial standard error 0.019.
    expect(boundaries).toBe(600);
    expect(Math.abs(lapses / boundaries - 0.7)).toBeLessThan(0.06);
  });

  it('leaves a lapsed programme with no know-how at the end of the lapse month', () => {
    // fundingPhase zeroes experience; the placements the lapse cut short are in `ended`, and
    // transferPhase (later in the same month) must not teach the lapsed programme from them.
    const w = situation(12, 0);
    fundingPhase(w);
    expect(w.ended.size).toBe(4);
    transferPhase(w);
    expect(w.programme.experience).toBe(0);
  });

  it('decides renewal at the end of an annual cycle even when cycles lengthen from that month (dated.json: 12 → 36 months in 2027-04)', () => {
    // The cycle that began at the start (2026-04) ends in 2027-04, tick 12, as it was fixed when it
    // began; the next cycle takes the new length, 36 months.
    const w = new Simulation(loadFixture('dated'), { seed: 1 }).world;
    expect(w.p.funding.cycleMonths[11]).toBe(12);
    expect(w.p.funding.cycleMonths[12]).toBe(36);
    w.p.funding.renewalProbability.fill(0);
    atTick(w, 12);
    fundingPhase(w);
    expect(w.programme.cycleEnd).toBe(12 + 36);
    expect(w.programme.lapses).toBe(1);
  });
});
