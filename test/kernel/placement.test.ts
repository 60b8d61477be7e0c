import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../sim/model/invariants.ts';
import { placementPhase } from '../../sim/model/phases/placement.ts';
import type { World } from '../../sim/model/world.ts';
import { directionIndex, INSTRUMENTS, TIERS, type Direction, type Instrument } from '../../sim/scenario/vocabulary.ts';
import { atTick, orgNamed, place, slotsOf, worldOf } from './scaffold.ts';

const flow = (instrument: Instrument, from: number, to: number) => INSTRUMENTS.indexOf(instrument) * 6 + directionIndex(from, to);
const FRICTIONS = ['responsibilityFriction', 'financeFriction', 'careerMismatchFriction', 'geographyFriction'] as const;

/**
 * A world where everyone asked volunteers (willingness 1), hosts have room for anyone, commitment
 * is full and every practical obstacle is certain to bite without it; no volumes yet.
 */
function situation(fixture = 'tiny-listed', tick = 1): World {
  const w = atTick(worldOf(fixture), tick);
  const c = w.p.context;
  c.baseWillingness.fill(1);
  c.careerValue.fill(1);
  for (const t of TIERS) w.p.tiers[t].jobInsecurity.fill(0);
  for (const f of FRICTIONS) c[f].fill(1);
  w.org.attractiveness.fill(0.6);
  w.org.commitment.fill(1);
  for (const name of INSTRUMENTS) {
    const spec = w.p.programme.instruments[name];
    spec.maxHostShare.fill(1);
    spec.costPerPlacement.fill(2000);
    spec.earlyEndPerYear.fill(0);
    for (const d of Object.keys(spec.placesPerYear) as Direction[]) spec.placesPerYear[d].fill(0);
  }
  return w;
}

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);

describe('the placement phase', () => {
  it('starts every proposal at full commitment, whatever the frictions: 120 places a year are 10 a month', () => {
    const w = situation();
    w.p.programme.instruments.secondment.placesPerYear.centralToLocal.fill(120);
    placementPhase(w);
    expect(w.tally.started[flow('secondment', 0, 2)]).toBe(10);
    expect(sum(w.tally.failedFriction) + sum(w.tally.failedUnwilling) + sum(w.tally.failedNoHost)).toBe(0);
    expect(w.pool.size).toBe(10);
    expect(w.org.hosted[orgNamed(w, 'council-a')] + w.org.hosted[orgNamed(w, 'council-b')]).toBe(10);
    expect(w.org.startsFrom[orgNamed(w, 'dept')]).toBe(10);
    expect(Array.from(w.tally.startsByRegion)).toEqual([10, 0]);
    // Arrangements at 2,000 each, shared by sender and host, and the first month's backfill of each
    // post at the sender: 4,000 × 0.5.
    expect(w.tally.cost[0]).toBe(20_000 + 10 * 4_000 * 0.5);
    expect(Array.from(w.tally.costBorne)).toEqual([10_000 + 20_000, 0, 10_000]);
    for (let q = 0; q < w.pool.size; q++) {
      expect(w.pool.end[q] - w.pool.start[q]).toBeGreaterThanOrEqual(12);
      expect(w.pool.end[q] - w.pool.start[q]).toBeLessThanOrEqual(24);
      expect(w.off.postSince[w.pool.official[q]]).toBe(1);
    }
    expect(checkInvariants(w)).toEqual([]);
  });

  it('starts every proposal with zero frictions, whatever the commitment', () => {
    const w = situation();
    for (const f of FRICTIONS) w.p.context[f].fill(0);
    w.org.commitment.fill(0);
    w.p.programme.instruments.secondment.placesPerYear.centralToLocal.fill(120);
    placementPhase(w);
    expect(w.tally.started[flow('secondment', 0, 2)]).toBe(10);
  });

  it('starts nothing at zero commitment when every obstacle is certain: all 10 founder on friction', () => {
    const w = situation();
    w.org.commitment.fill(0);
    w.p.programme.instruments.secondment.placesPerYear.centralToLocal.fill(120);
    placementPhase(w);
    expect(w.tally.started[flow('secondment', 0, 2)]).toBe(0);
    expect(w.tally.failedFriction[flow('secondment', 0, 2)]).toBe(10);
    expect(w.pool.size).toBe(0);
  });

  it('lets a proposal happen with probability Π(1 − friction × (1 − ½ experience) × (1 − commitment)): 0.75, and 0.875 with full experience', () => {
    for (const [experience, expected] of [[0, 0.75], [1, 0.875]] as const) {
      const w = situation('generated');
      for (const f of FRICTIONS) w.p.context[f].fill(0);
      w.p.context.responsibilityFriction.fill(0.5);
      w.org.commitment.fill(0.5);
      w.programme.experience = experience;
      w.p.programme.instruments.secondment.placesPerYear.centralToLocal.fill(12_000);
      placementPhase(w);
      const id = flow('secondment', 0, 2);
      expect(w.tally.started[id] + w.tally.failedFriction[id]).toBe(1000);
      // Binomial standard error at most 0.014 over 1,000 proposals.
      expect(Math.abs(w.tally.started[id] / 1000 - expected)).toBeLessThan(0.045);
    }
  });

  it('places two officials per exchange, one each way', () => {
    const w = situation();
    w.p.programme.instruments.exchange.placesPerYear.centralToLocal.fill(60);
    placementPhase(w);
    expect(w.tally.started[flow('exchange', 0, 2)]).toBe(5);
    expect(w.tally.started[flow('exchange', 2, 0)]).toBe(5);
    expect(w.org.hosted[orgNamed(w, 'dept')]).toBe(5);
    expect(w.pool.size).toBe(10);
    expect(checkInvariants(w)).toEqual([]);
  });

  it('proposes orchestrated rotations only in the calendar month, for whole years', () => {
    const march = situation('tiny-listed', 11);
    const april = situation('tiny-listed', 12);
    for (const w of [march, april]) {
      const spec = w.p.programme.instruments.secondment;
      spec.selection = 'orchestrated';
      spec.calendarMonth = 4;
      spec.placesPerYear.localToCentral.fill(6);
      placementPhase(w);
    }
    const id = flow('secondment', 2, 0);
    expect([march.tally.started[id], march.tally.failedUnwilling[id], march.tally.failedNoHost[id]]).toEqual([0, 0, 0]);
    expect(april.tally.started[id]).toBe(6);
    for (let q = 0; q < april.pool.size; q++) expect([12, 24]).toContain(april.pool.end[q] - april.pool.start[q]);
  });

  it('keeps orchestrated rotations within the instrument\'s longest placement (12–18 months: whole years means 12)', () => {
    // duration() draws 12..18 and rounds to whole years: 18 months rounds to 24, beyond maxMonths.
    const w = situation('tiny-listed', 12);
    const spec = w.p.programme.instruments.secondment;
    spec.selection = 'orchestrated';
    spec.calendarMonth = 4;
    spec.minMonths.fill(12);
    spec.maxMonths.fill(18);
    spec.placesPerYear.localToCentral.fill(30);
    placementPhase(w);
    expect(w.tally.started[flow('secondment', 2, 0)]).toBe(30);
    const lengths = Array.from({ length: w.pool.size }, (_, q) => w.pool.end[q] - w.pool.start[q]);
    expect(lengths.filter((m) => m > 18)).toEqual([]);
  });

  it('fails proposals for want of a host when no organisation of the destination tier is funded', () => {
    const w = situation();
    for (const name of ['council-a', 'council-b']) w.org.funded[orgNamed(w, name)] = 0;
    w.p.programme.instruments.secondment.placesPerYear.centralToLocal.fill(120);
    placementPhase(w);
    expect(w.tally.failedNoHost[flow('secondment', 0, 2)]).toBe(10);
  });

  describe('safeguards', () => {
    /** Grade of the officials sent, host-grade uplift, host accountability, and the fast track's further uplift (all on the track if given). */
    type Options = { grade?: number; uplift?: number; accountability?: number; trackUplift?: number };
    /** Ten central officials of one grade proposed to council-a (the only funded council), which has 4 senior posts. */
    function placed(cap: number, o: Options = {}) {
      const w = situation();
      const host = orgNamed(w, 'council-a');
      for (const i of slotsOf(w, orgNamed(w, 'dept'))) {
        w.off.grade[i] = o.grade ?? 3;
        w.off.fastTrack[i] = o.trackUplift === undefined ? 0 : 1;
      }
      w.p.careers.fastTrackUplift.fill(o.trackUplift ?? 0);
      w.org.funded[orgNamed(w, 'council-b')] = 0;
      w.org.seniorPosts[host] = 4;
      w.org.seniorHeldByCentre[host] = 0;
      const spec = w.p.programme.instruments.secondment;
      spec.minGrade = o.grade ?? 3;
      spec.placesPerYear.centralToLocal.fill(120);
      w.p.programme.safeguards.seniorPostCap.fill(cap);
      w.p.programme.safeguards.hostAccountability.fill(o.accountability ?? 0.5);
      w.p.context.hostGradeUplift.fill(o.uplift ?? 0);
      placementPhase(w);
      return { w, host, id: flow('secondment', 0, 2) };
    }
    function seniorSecondments(cap: number, o: Options = {}) {
      const { w, host, id } = placed(cap, o);
      const live = (a: Uint8Array) => Array.from(a.subarray(0, w.pool.size));
      return {
        started: w.tally.started[id], safeguarded: w.tally.safeguarded[id], held: w.org.seniorHeldByCentre[host], senior: sum(w.pool.senior.subarray(0, w.pool.size)),
        answersHome: sum(w.pool.answersHome.subarray(0, w.pool.size)), postGrades: [...new Set(live(w.pool.postGrade))].sort(),
      };
    }

    it('keep central secondees out of senior local posts beyond the cap: half of 4 posts is 2, the other 8 take the highest post below senior', () => {
      expect(seniorSecondments(0.5)).toMatchObject({ started: 10, safeguarded: 8, held: 2, senior: 2, postGrades: [2, 3] });
    });

    it('keep them out altogether at a cap of 0, and let them fill every senior post at 1', () => {
      expect(seniorSecondments(0)).toMatchObject({ started: 10, safeguarded: 10, held: 0, senior: 0, postGrades: [2] });
      expect(seniorSecondments(1)).toMatchObject({ started: 10, safeguarded: 6, held: 4, senior: 4 });
    });

    it('place managers a grade up, in senior posts, where central secondees are placed above their grade', () => {
      expect(seniorSecondments(1, { grade: 2, uplift: 0 })).toMatchObject({ started: 10, safeguarded: 0, senior: 0, postGrades: [2] });
      expect(seniorSecondments(1, { grade: 2, uplift: 1 })).toMatchObject({ started: 10, safeguarded: 6, senior: 4, postGrades: [2, 3] });
    });

    it('place fast-track officers as section chiefs, a grade beyond the uplift, and a track official already placed as executive no higher', () => {
      expect(seniorSecondments(1, { grade: 1, uplift: 1 })).toMatchObject({ started: 10, senior: 0, postGrades: [2] });
      expect(seniorSecondments(1, { grade: 1, uplift: 1, trackUplift: 0 })).toMatchObject({ started: 10, senior: 0, postGrades: [2] });
      expect(seniorSecondments(1, { grade: 1, uplift: 1, trackUplift: 1 })).toMatchObject({ started: 10, safeguarded: 6, senior: 4, postGrades: [2, 3] });
      expect(seniorSecondments(1, { grade: 1, uplift: 1, trackUplift: 2 })).toMatchObject({ senior: 4, postGrades: [2, 3] });
      expect(seniorSecondments(1, { grade: 3, uplift: 1, trackUplift: 1 })).toMatchObject({ senior: 4, postGrades: [2, 4] });
    });

    it('read the grade correspondence the other way for local secondees in ministries: a council executive takes a senior post, an officer a junior one, and no cap applies', () => {
      const posts = (grade: number, uplift: number) => {
        const w = situation();
        for (const i of slotsOf(w, orgNamed(w, 'council-a'))) w.off.grade[i] = grade;
        w.org.funded[orgNamed(w, 'council-b')] = 0;
        const spec = w.p.programme.instruments.secondment;
        spec.minGrade = 0;
        spec.placesPerYear.localToCentral.fill(60);
        w.p.programme.safeguards.seniorPostCap.fill(0);
        w.p.context.hostGradeUplift.fill(uplift);
        placementPhase(w);
        const started = w.tally.started[flow('secondment', 2, 0)];
        return { started, safeguarded: w.tally.safeguarded[flow('secondment', 2, 0)], postGrades: [...new Set(Array.from(w.pool.postGrade.subarray(0, w.pool.size)))].sort(), senior: sum(w.pool.senior.subarray(0, w.pool.size)) };
      };
      expect(posts(4, 0)).toMatchObject({ started: 5, safeguarded: 0, postGrades: [4], senior: 5 });
      expect(posts(4, 1)).toMatchObject({ started: 5, safeguarded: 0, postGrades: [3], senior: 5 });
      expect(posts(3, 1)).toMatchObject({ started: 5, postGrades: [2], senior: 0 });
      expect(posts(1, 1)).toMatchObject({ started: 5, postGrades: [0], senior: 0 });
      expect(posts(0, 1)).toMatchObject({ started: 5, postGrades: [0], senior: 0 });
    });

    it('make each holder of a senior post answer home with chance 1 − hostAccountability: none at 1, all at 0, two of four at 0.5', () => {
      expect(seniorSecondments(1, { accountability: 1 }).answersHome).toBe(0);
      expect(seniorSecondments(1, { accountability: 0 }).answersHome).toBe(4);
      // At 0.5, two of the four holders answer home under the fixture's seed.
      expect(seniorSecondments(1, { accountability: 0.5 }).answersHome).toBe(2);
    });
  });

  describe('ending placements', () => {
    it('brings a placement home when it is due: half a ramp-up, one more placement done, a returner', () => {
      const w = situation('tiny-listed', 13);
      w.p.learning.rampMonths.fill(12);
      w.p.careers.placementRecognised.fill(1);
      const i = slotsOf(w, orgNamed(w, 'dept'))[3];
      place(w, i, orgNamed(w, 'council-a'), { start: 1, months: 12 });
      placementPhase(w);
      expect(w.pool.size).toBe(0);
      expect(w.tally.completed[flow('secondment', 0, 2)]).toBe(1);
      expect(Array.from(w.tally.returned)).toEqual([1, 0, 0]);
      expect(w.off.at[i]).toBe(orgNamed(w, 'dept'));
      expect(w.off.postSince[i]).toBe(13 - 6);
      expect(w.off.placementsDone[i]).toBe(1);
      expect(w.off.returnedAt[i]).toBe(13);
      expect(w.off.unrecognised[i]).toBe(0);
      expect(w.ended.size).toBe(1);
      expect(w.ended.months[0]).toBe(12);
    });

    it('leaves a returner unrecognised for certain when placements are never recognised and nothing is captured', () => {
      const w = situation('tiny-listed', 13);
      w.p.careers.placementRecognised.fill(0);
      w.p.programme.framework.knowledgeCapture.fill(0);
      const i = slotsOf(w, orgNamed(w, 'dept'))[3];
      place(w, i, orgNamed(w, 'council-a'), { start: 1, months: 12 });
      placementPhase(w);
      expect(w.off.unrecognised[i]).toBe(1);
    });

    it('ends every placement early at an early-end hazard of 1 a year without monitoring (quality 0.5)', () => {
      const w = situation('tiny-listed', 5);
      w.p.programme.instruments.secondment.earlyEndPerYear.fill(1);
      w.p.programme.framework.monitoring.fill(0);
      for (const i of slotsOf(w, orgNamed(w, 'dept')).slice(0, 6)) place(w, i, orgNamed(w, 'council-b'), { start: 2, months: 24, quality: 0.5 });
      w.programme.active = false;
      placementPhase(w);
      expect(w.tally.endedEarly[flow('secondment', 0, 2)]).toBe(6);
      expect(w.org.hosted[orgNamed(w, 'council-b')]).toBe(0);
    });

    it('charges backfill to the sender and the reimbursed share to the host: 4,000 × 0.5, of which 4,000 × 0.25 repaid', () => {
      const w = situation('tiny-listed', 5);
      const spec = w.p.programme.instruments.secondment;
      spec.backfillShare.fill(0.5);
      spec.hostPaysShare.fill(0.25);
      w.p.tiers.central.salaryPerMonth.fill(4000);
      place(w, slotsOf(w, orgNamed(w, 'dept'))[0], orgNamed(w, 'council-a'), { start: 2, months: 24 });
      w.programme.active = false;
      placementPhase(w);
      expect(w.tally.cost[0]).toBe(2000);
      expect(Array.from(w.tally.costBorne)).toEqual([1000, 0, 1000]);
    });
  });
});
