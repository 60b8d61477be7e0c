import { describe, expect, it } from 'vitest';
import { contextPhase } from '../../sim/model/phases/context.ts';
import { atTick, worldOf } from './scaffold.ts';

describe('the context phase', () => {
  // dated.json: combined authorities' policy-design demand 0.6 → 0.8 from 2026-10 (tick 6),
  // their mandate clarity mean 0.5 → 0.7 from 2027-01 (tick 9); the run starts 2026-04.
  const w = worldOf('dated');
  const combined = Array.from({ length: w.orgs.count }, (_, o) => o).filter((o) => w.orgs.tier[o] === 1);

  it("compiles each dated change into the parameter's series from its month", () => {
    expect(Array.from(w.p.tiers.combined.demand.policyDesign.subarray(4, 8))).toEqual([0.6, 0.6, 0.8, 0.8]);
    expect(w.p.funding.cycleMonths[11]).toBe(12);
    expect(w.p.funding.cycleMonths[12]).toBe(36);
  });

  it("sets a tier's demand from its series as the dated change arrives", () => {
    expect(combined).toHaveLength(2);
    contextPhase(atTick(w, 5));
    for (const o of combined) expect(w.org.demand[o * 4]).toBe(0.6);
    contextPhase(atTick(w, 6));
    for (const o of combined) expect(w.org.demand[o * 4]).toBe(0.8);
  });

  it("shifts every organisation of a tier by the change in the tier's mean, keeping their drawn differences", () => {
    contextPhase(atTick(w, 8));
    for (const o of combined) expect(w.org.mandate[o]).toBeCloseTo(w.orgs.mandate0[o], 15);
    contextPhase(atTick(w, 9));
    for (const o of combined) expect(w.org.mandate[o]).toBeCloseTo(Math.min(1, w.orgs.mandate0[o] + 0.2), 12);
    expect(w.orgs.mandate0[combined[0]]).not.toBe(w.orgs.mandate0[combined[1]]);
  });
});
