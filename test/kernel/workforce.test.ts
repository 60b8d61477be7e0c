import { describe, expect, it } from 'vitest';
import { uniformAt } from '../../sim/random/hash.ts';
import { attritionIn, attritionRates } from '../../sim/model/phases/attrition.ts';
import { promotionsIn } from '../../sim/model/phases/careers.ts';
import { hiringIn } from '../../sim/model/phases/hiring.ts';
import { workforcePhase } from '../../sim/model/phases/workforce.ts';
import { NEVER, type World } from '../../sim/model/world.ts';
import { TIERS } from '../../sim/scenario/vocabulary.ts';
import { atTick, flagUnrecognised, orgNamed, place, setKnowledge, slotsOf, vacate, worldOf } from './scaffold.ts';

/** Runs attrition in every organisation; returns the slots that left. */
function attritionEverywhere(w: World): number[] {
  const left: number[] = [];
  const before = w.off.occupied.slice();
  for (let o = 0; o < w.orgs.count; o++) {
    attritionIn(w, o, attritionRates(w, w.orgs.tier[o]), new Int32Array(w.off.count));
  }
  for (let i = 0; i < w.off.count; i++) if (before[i] === 1 && w.off.occupied[i] === 0) left.push(i);
  return left;
}

function setLeaving(w: World, perYear: number, retirement = 0, insecurity = 0): void {
  for (const t of TIERS) {
    w.p.tiers[t].leavingRatePerYear.fill(perYear);
    w.p.tiers[t].retirementRatePerYear.fill(retirement);
    w.p.tiers[t].jobInsecurity.fill(insecurity);
  }
}

describe('attrition', () => {
  it('takes everybody at a leaving rate of 1 a year, vacating every slot', () => {
    const w = worldOf('tiny-listed');
    atTick(w, 1);
    setLeaving(w, 1);
    expect(attritionEverywhere(w)).toHaveLength(120);
    expect(Array.from(w.tally.leavers)).toEqual([40, 20, 60]);
    expect(Array.from(w.org.headcount)).toEqual([0, 0, 0, 0]);
  });

  it('takes nobody at leaving and retirement rates of 0', () => {
    const w = worldOf('tiny-listed');
    atTick(w, 1);
    setLeaving(w, 0, 0, 1);
    expect(attritionEverywhere(w)).toEqual([]);
    expect(Array.from(w.tally.leavers)).toEqual([0, 0, 0]);
  });

  it('turns an annual rate, raised by insecurity, into a monthly hazard: 0.12 × 1.25 + 0.03 a year is 1 − 0.82^(1/12) = 0.016402 a month', () => {
    const w = worldOf('tiny-listed');
    atTick(w, 1);
    setLeaving(w, 0.12, 0.03, 0.5);
    expect(attritionRates(w, 0).base).toBeCloseTo(1 - Math.pow(0.82, 1 / 12), 15);
    expect(attritionRates(w, 0).base).toBeCloseTo(0.016402, 6);
  });

  it('takes officials at the monthly hazard: 1.64% of 9,300 in one month, within sampling error', () => {
    const w = worldOf('generated');
    atTick(w, 4);
    setLeaving(w, 0.12, 0.03, 0.5);
    const hazard = 1 - Math.pow(0.82, 1 / 12);
    const share = attritionEverywhere(w).length / w.off.count;
    // Binomial standard error sqrt(0.0164 × 0.9836 / 9300) = 0.0013.
    expect(Math.abs(share - hazard)).toBeLessThan(0.005);
  });

  it('takes the same officials again under the same rates, and only adds leavers when the hazard rises', () => {
    const lower = worldOf('generated');
    const same = worldOf('generated');
    const higher = worldOf('generated');
    for (const w of [lower, same, higher]) atTick(w, 6);
    setLeaving(lower, 0.1);
    setLeaving(same, 0.1);
    setLeaving(higher, 0.1);
    // A higher hazard for returners nobody recognised, every official a recent one.
    higher.p.careers.unrecognisedLeavingPerYear.fill(0.25);
    for (let i = 0; i < higher.off.count; i++) flagUnrecognised(higher, i);
    higher.off.returnedAt.fill(6 - 11);
    const a = attritionEverywhere(lower);
    expect(attritionEverywhere(same)).toEqual(a);
    const b = attritionEverywhere(higher);
    expect(b.filter((i) => a.includes(i))).toEqual(a);
    // The extra hazard, 1 − 0.75^(1/12) = 0.0237 a month, among those the base rate spared.
    const extra = (b.length - a.length) / (higher.off.count - a.length);
    expect(Math.abs(extra - (1 - Math.pow(0.75, 1 / 12)))).toBeLessThan(0.006);
  });

  it('raises the hazard of an unrecognised returner for 12 months only', () => {
    const plain = worldOf('generated');
    const flagged = worldOf('generated');
    for (const w of [plain, flagged]) {
      atTick(w, 20);
      setLeaving(w, 0.1);
      w.p.careers.unrecognisedLeavingPerYear.fill(1);
    }
    for (let i = 0; i < flagged.off.count; i++) flagUnrecognised(flagged, i);
    flagged.off.returnedAt.fill(20 - 12);
    expect(attritionEverywhere(flagged)).toEqual(attritionEverywhere(plain));
    expect(Array.from(flagged.tally.returnersLeaving)).toEqual([0, 0, 0]);
  });

  it('counts a flagged returner within 12 months who leaves as a returner leaving, and clears their record', () => {
    const w = worldOf('tiny-listed');
    atTick(w, 20);
    setLeaving(w, 0);
    w.p.careers.unrecognisedLeavingPerYear.fill(1);
    const returner = slotsOf(w, orgNamed(w, 'council-a'))[4];
    flagUnrecognised(w, returner);
    w.off.returnedAt[returner] = 20 - 11;
    w.off.placementsDone[returner] = 1;
    expect(attritionEverywhere(w)).toEqual([returner]);
    expect(Array.from(w.tally.returnersLeaving)).toEqual([0, 0, 1]);
    expect(w.off.returnedAt[returner]).toBe(NEVER);
    expect(w.off.placementsDone[returner]).toBe(0);
    expect(w.off.unrecognised[returner]).toBe(0);
  });

  it("keeps part of a leaver's knowledge through succession planning: one colleague closes half the gap, 0.2 → 0.6", () => {
    const w = atTick(worldOf('tiny-listed'), 20);
    setLeaving(w, 0);
    w.p.careers.unrecognisedLeavingPerYear.fill(1);
    w.p.tiers.local.successionCapture.fill(0.5);
    const council = orgNamed(w, 'council-a');
    for (const j of slotsOf(w, council)) setKnowledge(w, j, [0.2, 0.2, 0.2, 0.2]);
    const leaver = slotsOf(w, council)[4];
    setKnowledge(w, leaver, [1, 1, 1, 1]);
    flagUnrecognised(w, leaver);
    w.off.returnedAt[leaver] = 20 - 1;
    expect(attritionEverywhere(w)).toEqual([leaver]);
    const successors = slotsOf(w, council).filter((j) => j !== leaver && w.off.know[j * 4] !== Math.fround(0.2));
    expect(successors).toHaveLength(1);
    expect(w.off.know[successors[0] * 4]).toBe(Math.fround(Math.fround(0.2) + 0.5 * (1 - Math.fround(0.2))));
  });

  it('ends the placement of a leaver who was away: the host hosts one fewer and nobody returns home', () => {
    const w = worldOf('tiny-listed');
    atTick(w, 3);
    const host = orgNamed(w, 'council-a');
    const away = slotsOf(w, orgNamed(w, 'dept'))[5];
    place(w, away, host, { start: 1 });
    setLeaving(w, 1);
    attritionEverywhere(w);
    expect(w.pool.size).toBe(0);
    expect(w.org.hosted[host]).toBe(0);
    expect(w.off.placement[away]).toBe(-1);
    expect(Array.from(w.tally.leaversOnPlacement)).toEqual([1, 0, 0]);
    expect(w.tally.endedEarly[1]).toBe(1);
    expect(Array.from(w.tally.returned)).toEqual([0, 0, 0]);
    expect(w.ended.size).toBe(1);
    expect(w.ended.left[0]).toBe(1);
  });
});

describe('careers', () => {
  /** council-a with one vacant grade-2 post and three eligible grade-1 candidates, A, B and C. */
  function shortlistSituation() {
    const w = worldOf('tiny-listed');
    atTick(w, 30);
    const council = orgNamed(w, 'council-a');
    const tp = w.p.tiers.local;
    tp.vacancyMonths.fill(1e-9);
    tp.internalPromotionShare.fill(1);
    w.p.careers.minMonthsInGrade.fill(24);
    w.p.careers.candidatesPerVacancy.fill(64);
    w.p.careers.crossTierWeight.fill(0.1);
    const slots = slotsOf(w, council);
    const gradeOne = slots.filter((i) => w.off.grade[i] === 1);
    const vacancy = slots.find((i) => w.off.grade[i] === 2)!;
    for (const i of gradeOne) w.off.gradeSince[i] = w.tick;
    const [a, b, c] = gradeOne;
    for (const [i, k] of [[a, 0.9], [b, 0.5], [c, 0.3]] as const) {
      w.off.gradeSince[i] = w.tick - 30;
      setKnowledge(w, i, [k, k, k, k]);
    }
    vacate(w, vacancy);
    return { w, council, vacancy, a, b, c, promote: () => promotionsIn(w, council, Int32Array.of(vacancy), 1) };
  }

  it('promotes the best-scoring candidate into the vacant post; the vacancy moves down a grade', () => {
    const { w, vacancy, a, promote } = shortlistSituation();
    promote();
    expect(w.off.grade[a]).toBe(2);
    expect(w.off.gradeSince[a]).toBe(30);
    expect(w.off.postSince[a]).toBe(30);
    expect(w.off.grade[vacancy]).toBe(1);
    expect(w.off.occupied[vacancy]).toBe(0);
    expect(Array.from(w.tally.promotions)).toEqual([0, 0, 1]);
    expect(Array.from(w.tally.promotionsOfExperienced)).toEqual([0, 0, 0]);
  });

  it('prefers cross-tier experience when careers weigh it more than the difference in competence', () => {
    const { w, a, b, promote } = shortlistSituation();
    w.off.placementsDone[b] = 1;
    w.p.careers.crossTierWeight.fill(1);
    promote();
    expect(w.off.grade[b]).toBe(2);
    expect(w.off.grade[a]).toBe(1);
    expect(Array.from(w.tally.promotionsOfExperienced)).toEqual([0, 0, 1]);
  });

  it('promotes nobody when no vacancy is filled internally, or nobody has served the minimum months in grade', () => {
    const first = shortlistSituation();
    first.w.p.tiers.local.internalPromotionShare.fill(0);
    first.promote();
    expect(Array.from(first.w.tally.promotions)).toEqual([0, 0, 0]);
    const second = shortlistSituation();
    second.w.p.careers.minMonthsInGrade.fill(31);
    second.promote();
    expect(Array.from(second.w.tally.promotions)).toEqual([0, 0, 0]);
  });
});

describe('hiring', () => {
  it('fills entry-grade vacancies at 1 − e^(−1/vacancyMonths) a month and higher ones at the external share of that', () => {
    const w = worldOf('generated');
    atTick(w, 2);
    for (const t of TIERS) {
      w.p.tiers[t].vacancyMonths.fill(3);
      w.p.tiers[t].internalPromotionShare.fill(0.6);
    }
    for (let i = 0; i < w.off.count; i++) {
      vacate(w, i);
      w.off.grade[i] = i % 2 === 0 ? 0 : 2;
    }
    for (let o = 0; o < w.orgs.count; o++) {
      const slots = Int32Array.from(slotsOf(w, o));
      hiringIn(w, o, slots, slots.length);
    }
    const entry = 1 - Math.exp(-1 / 3);
    expect(entry).toBeCloseTo(0.283469, 6);
    const chance = (i: number) => (i % 2 === 0 ? entry : entry * 0.4);
    const hired: number[] = [];
    const expected: number[] = [];
    for (let i = 0; i < w.off.count; i++) {
      if (w.off.occupied[i]) hired.push(i);
      if (uniformAt(w.keys.hiring, 2, i) < chance(i)) expected.push(i);
    }
    expect(hired).toEqual(expected);
    const share = (grade: number) => hired.filter((i) => w.off.grade[i] === grade).length / (w.off.count / 2);
    expect(Math.abs(share(0) - entry)).toBeLessThan(0.025);
    expect(Math.abs(share(2) - entry * 0.4)).toBeLessThan(0.02);
    expect(w.tally.hires.reduce((a, b) => a + b, 0)).toBe(hired.length);
  });

  it("hires new entrants at home, new in grade and post, with their tier's knowledge profile", () => {
    const w = worldOf('generated');
    atTick(w, 2);
    for (let i = 0; i < w.off.count; i++) vacate(w, i);
    w.p.tiers.local.vacancyMonths.fill(1e-9);
    const locals = [];
    for (let o = 0; o < w.orgs.count; o++) {
      if (w.orgs.tier[o] !== 2) continue;
      const slots = Int32Array.from(slotsOf(w, o));
      hiringIn(w, o, slots, slots.length);
      locals.push(...slots);
    }
    const entrants = locals.filter((i) => w.off.grade[i] === 0);
    expect(entrants.every((i) => w.off.occupied[i] === 1 && w.off.at[i] === w.off.home[i] && w.off.gradeSince[i] === 2 && w.off.postSince[i] === 2)).toBe(true);
    const mean = (k: number) => entrants.reduce((a, i) => a + w.off.know[i * 4 + k], 0) / entrants.length;
    // Local profile 0.3, 0.7, 0.8, 0.3 with spread 0.1 (a little lower at 0.8: clamped at 1).
    expect(Math.abs(mean(0) - 0.3)).toBeLessThan(0.01);
    expect(Math.abs(mean(1) - 0.7)).toBeLessThan(0.01);
    expect(Math.abs(mean(3) - 0.3)).toBeLessThan(0.01);
  });
});

describe('the workforce phase', () => {
  it('promotes into a post vacated above the entry grade and hires into an entry post within the month, leaving the vacancy one grade down', () => {
    const w = atTick(worldOf('tiny-listed'), 1);
    setLeaving(w, 0);
    w.p.tiers.local.vacancyMonths.fill(1e-9);
    w.p.tiers.local.internalPromotionShare.fill(1);
    w.p.careers.minMonthsInGrade.fill(0);
    const slots = slotsOf(w, orgNamed(w, 'council-a'));
    const entry = slots.find((i) => w.off.grade[i] === 0)!;
    const manager = slots.find((i) => w.off.grade[i] === 2)!;
    vacate(w, entry);
    vacate(w, manager);
    workforcePhase(w);
    expect(Array.from(w.tally.promotions)).toEqual([0, 0, 1]);
    expect(Array.from(w.tally.hires)).toEqual([0, 0, 1]);
    expect(w.off.occupied[entry]).toBe(1);
    // The post a promoted officer left is open at their old grade, for promotion or a hire later.
    expect([w.off.occupied[manager], w.off.grade[manager]]).toEqual([0, 1]);
    expect(w.org.headcount[orgNamed(w, 'council-a')]).toBe(29);
  });
});
