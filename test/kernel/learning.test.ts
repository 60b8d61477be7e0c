import { describe, expect, it } from 'vitest';
import { learningPhase } from '../../sim/model/phases/learning.ts';
import type { World } from '../../sim/model/world.ts';
import { atTick, knowledgeOf, orgNamed, place, setKnowledge, setPerDomain, slotsOf, vacate, worldOf } from './scaffold.ts';

const f32 = Math.fround;

/** The learning rates every test here states rather than inheriting from schema defaults. */
function withRates(w: World): World {
  const L = w.p.learning;
  L.fromCodePerMonth.fill(0.15);
  L.explorationPerMonth.fill(0.01);
  L.forgettingHalfLifeMonths.fill(9.5);
  L.placementLearningBoost.fill(2);
  L.codeLearningPerMonth.fill(0.3);
  L.codeRetentionPerMonth.fill(0.9);
  L.rampMonths.fill(12);
  atTick(w, 1);
  return w;
}

/** One month of March's update for one domain, written from the model description. */
function byHand(k: number, use: number, code: number, fromCode: number, explore: number, halfLife: number): number {
  const forget = 1 - Math.pow(0.5, 1 / halfLife);
  let next = k + (fromCode * use * Math.max(0, code - k) + explore * Math.max(0, use - k));
  next -= forget * Math.max(0, next - use);
  return f32(Math.min(1, Math.max(0, next)));
}

describe('the learning phase', () => {
  it("moves an official at home toward the code where the work uses it, explores toward demand, and forgets what the work does not use", () => {
    const w = withRates(worldOf('tiny-listed'));
    const council = orgNamed(w, 'council-a');
    const i = slotsOf(w, council)[0];
    setKnowledge(w, i, [0.2, 0.9, 0.5, 0.5]);
    setPerDomain(w.org.demand, council, [0.8, 0.4, 0.5, 0]);
    setPerDomain(w.org.code, council, [0.6, 0.5, 0.5, 0.9]);
    learningPhase(w);
    const k = knowledgeOf(w, i);
    // 0.2 + 0.15 × 0.8 × (0.6 − 0.2) + 0.01 × (0.8 − 0.2) = 0.254
    expect(k[0]).toBe(byHand(f32(0.2), 0.8, 0.6, 0.15, 0.01, 9.5));
    expect(k[0]).toBeCloseTo(0.254, 6);
    // Knows more than the work uses: 0.9 − (1 − 0.5^(1/9.5)) × (0.9 − 0.4) = 0.864818
    expect(k[1]).toBe(byHand(f32(0.9), 0.4, 0.5, 0.15, 0.01, 9.5));
    expect(k[1]).toBeCloseTo(0.864818, 6);
    // Knows what the work uses and the code holds: unchanged.
    expect(k[2]).toBe(f32(0.5));
    // The work does not use it at all: a pure half-life, 0.5 × 0.5^(1/9.5) = 0.464818.
    expect(k[3]).toBe(f32(f32(0.5) * Math.pow(0.5, 1 / 9.5)));
    expect(k[3]).toBeCloseTo(0.464818, 6);
  });

  it("teaches a placed official the host's code and demands, twice as fast (placementLearningBoost 2)", () => {
    const w = withRates(worldOf('tiny-listed'));
    const host = orgNamed(w, 'council-a');
    const i = slotsOf(w, orgNamed(w, 'dept'))[0];
    place(w, i, host, { start: 0 });
    setKnowledge(w, i, [0.2, 0.2, 0.2, 0.2]);
    setPerDomain(w.org.demand, host, [0.8, 0.8, 0.8, 0.8]);
    setPerDomain(w.org.code, host, [0.6, 0.6, 0.6, 0.6]);
    learningPhase(w);
    // 0.2 + 0.3 × 0.8 × 0.4 + 0.02 × 0.6 = 0.308
    expect(knowledgeOf(w, i)[0]).toBe(byHand(f32(0.2), 0.8, 0.6, 0.3, 0.02, 9.5));
    expect(knowledgeOf(w, i)[0]).toBeCloseTo(0.308, 6);
  });

  it('updates the code of an organisation of one official by codeLearning and relaxation: 0.5 + (0.3 + 0.1) × (0.9 − 0.5) = 0.66', () => {
    const w = withRates(worldOf('tiny-listed'));
    const authority = orgNamed(w, 'authority');
    const [only, ...others] = slotsOf(w, authority);
    for (const i of others) vacate(w, i);
    w.off.postSince[only] = -100;
    setKnowledge(w, only, [0.9, 0.9, 0.9, 0.9]);
    // Demand equal to what the official knows (as stored, in single precision): nothing to learn or forget.
    setPerDomain(w.org.demand, authority, [f32(0.9), f32(0.9), f32(0.9), f32(0.9)]);
    setPerDomain(w.org.code, authority, [0.5, 0.5, 0.5, 0.5]);
    w.org.imported[authority * 4] = 0.2;
    learningPhase(w);
    expect(w.org.code[authority * 4]).toBeCloseTo(0.5 + 0.4 * (f32(0.9) - 0.5), 12);
    expect(w.org.code[authority * 4]).toBeCloseTo(0.66, 7);
    // Nobody placed there: what was imported fades at the retention rate, 0.2 × 0.9.
    expect(w.org.imported[authority * 4]).toBeCloseTo(0.18, 12);
    // One fully productive official in twenty posts.
    expect(w.org.staffing[authority]).toBe(1 / 20);
  });

  it('counts a new official as productive in proportion to months in post over the ramp-up', () => {
    const w = withRates(worldOf('tiny-listed'));
    const authority = orgNamed(w, 'authority');
    const [newcomer, ...others] = slotsOf(w, authority);
    for (const i of others) vacate(w, i);
    w.off.postSince[newcomer] = w.tick - 2;
    learningPhase(w);
    // After this month the newcomer has 3 of 12 months: a quarter of an official, of 20 posts.
    expect(w.org.staffing[authority]).toBeCloseTo(3 / 12 / 20, 12);
  });
});
