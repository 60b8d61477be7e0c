/**
 * The career track of docs/ODD.md §7.4: who enters it, who a kept placement goes to, who a senior
 * shortlist is drawn from, and that a place or shortlist no track official can take stays open.
 */
import { describe, expect, it } from 'vitest';
import { promotionsIn } from '../../sim/model/phases/careers.ts';
import { hire } from '../../sim/model/phases/hiring.ts';
import { chooseCandidate } from '../../sim/model/phases/placementCandidate.ts';
import { Draws } from '../../sim/random/streams.ts';
import { K } from '../../sim/model/world.ts';
import { atTick, orgNamed, setKnowledge, slotsOf, worldOf } from './scaffold.ts';

const draws = new Draws();

describe('the fast track', () => {
  it('takes about fastTrackShare of central entrants and no entrant of another tier', () => {
    const w = worldOf('tiny-listed', 7, ['careers.fastTrackShare=0.5']);
    const dept = orgNamed(w, 'dept');
    const council = orgNamed(w, 'council-a');
    for (const s of slotsOf(w, dept)) hire(w, s, dept, 0, draws.reset(1, 0, s));
    for (const s of slotsOf(w, council)) hire(w, s, council, 2, draws.reset(1, 0, s));
    const central = slotsOf(w, dept).filter((s) => w.off.fastTrack[s] === 1).length;
    // 40 entrants at 0.5: a binomial count well inside 8..32 (four standard deviations of about 3).
    expect(central).toBeGreaterThan(8);
    expect(central).toBeLessThan(32);
    expect(slotsOf(w, council).some((s) => w.off.fastTrack[s] === 1)).toBe(false);
  });

  it('takes no one at a share of 0', () => {
    const w = worldOf('tiny-listed');
    expect(w.off.fastTrack.some((f) => f === 1)).toBe(false);
  });
});

describe('placements kept for the track', () => {
  /** dept, every official due for rotation and a good fit, except the track officials. */
  function situation(sets: string[]) {
    const w = worldOf('tiny-listed', 7, sets);
    atTick(w, 30);
    const dept = orgNamed(w, 'dept');
    const host = orgNamed(w, 'council-a');
    const slots = slotsOf(w, dept);
    for (const s of slots) {
      w.off.fastTrack[s] = 0;
      w.off.grade[s] = 2;
      w.off.postSince[s] = 0;
      setKnowledge(w, s, [0.9, 0.9, 0.9, 0.9]);
    }
    // Half the department is on the track, every one of them a poor fit for a host that lacks everything.
    for (const s of slots.slice(20)) {
      w.off.fastTrack[s] = 1;
      setKnowledge(w, s, [0, 0, 0, 0]);
    }
    w.org.know.fill(0, host * K, host * K + K);
    const track = slots[20];
    const spec = w.p.programme.instruments.secondment;
    spec.minGrade = 0;
    spec.maxGrade = 4;
    const choose = (k: number) => chooseCandidate(w, dept, host, spec, false, draws.reset(3, 30, k));
    return { w, track, choose };
  }

  it('go to the track official whenever one is due, however poor a fit', () => {
    const { w, choose } = situation(['careers.fastTrackPlaces=1']);
    for (let k = 0; k < 20; k++) expect(w.off.fastTrack[choose(k)]).toBe(1);
  });

  it('are open to everyone without a track: careful matching mostly passes the poor fits over', () => {
    const { w, choose } = situation([]);
    // Four acceptable candidates looked at; all four from the track (half the staff) 1 time in 16.
    w.p.programme.framework.definedWork.fill(1);
    let track = 0;
    for (let k = 0; k < 40; k++) track += w.off.fastTrack[choose(k)];
    expect(track).toBeLessThan(10);
  });

  it('go to anyone when no track official is due, or the only one is an executive', () => {
    const { w, choose } = situation(['careers.fastTrackPlaces=1']);
    const trackSlots = Array.from(w.off.fastTrack.keys()).filter((s) => w.off.fastTrack[s] === 1);
    for (const s of trackSlots) w.off.postSince[s] = 29;
    expect(w.off.fastTrack[choose(0)]).toBe(0);
    for (const s of trackSlots) {
      w.off.postSince[s] = 0;
      w.off.grade[s] = 4;
    }
    expect(w.off.fastTrack[choose(1)]).toBe(0);
  });
});

describe('senior shortlists drawn from the track', () => {
  /** dept with one vacant senior post and eligible managers; the one track official scores worst. */
  function situation(sets: string[]) {
    const w = worldOf('tiny-listed', 7, sets);
    atTick(w, 30);
    const dept = orgNamed(w, 'dept');
    const tp = w.p.tiers.central;
    tp.vacancyMonths.fill(1e-9);
    tp.internalPromotionShare.fill(1);
    w.p.careers.crossTierWeight.fill(0);
    const slots = slotsOf(w, dept);
    for (const s of slots) {
      w.off.fastTrack[s] = 0;
      w.off.grade[s] = 2;
      w.off.gradeSince[s] = 0;
      setKnowledge(w, s, [1, 1, 1, 1]);
    }
    const vacancy = slots[0];
    w.off.grade[vacancy] = 3;
    w.off.occupied[vacancy] = 0;
    const track = slots[23];
    w.off.fastTrack[track] = 1;
    setKnowledge(w, track, [0, 0, 0, 0]);
    return { w, track, promote: () => promotionsIn(w, dept, Int32Array.of(vacancy), 1) };
  }

  it('put the track official in the senior post when every place is kept for the track', () => {
    const { w, track, promote } = situation(['careers.fastTrackShortlist=1']);
    promote();
    expect(w.off.grade[track]).toBe(3);
    expect(Array.from(w.tally.promotionsInto.slice(0, 5))).toEqual([0, 0, 0, 1, 0]);
  });

  it('leave the post to the better candidates when shortlists are open', () => {
    const { w, track, promote } = situation([]);
    promote();
    expect(w.off.grade[track]).toBe(2);
    expect(w.tally.promotionsInto[3]).toBe(1);
  });
});
