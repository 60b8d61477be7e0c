import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../cli/experimentRunner/loadInput.ts';
import { parseVary } from '../../cli/experimentRunner/parseVary.ts';
import { planSensitivity, planSweep } from '../../cli/experimentRunner/plan.ts';
import { integerFactorNames, roundIntegerFactors } from '../../sim/runDesign/integerFactors.ts';
import { ROOT } from '../cli/helpers.ts';

const uk = () => loadInput(join(ROOT, 'scenarios', 'uk-2026-regional.json'), [], 1).loaded!;
const factorsOf = (...vary: string[]) => parseVary(vary).factors;

describe('continuous designs round whole-number parameters', () => {
  it('learns from the scenario schema which parameters are whole numbers', () => {
    const names = integerFactorNames(uk().input, factorsOf('funding.cycleMonths@always=12:36', 'funding.renewalProbability=0.2:0.8'));
    expect([...names]).toEqual(['funding.cycleMonths@always']);
  });

  it('rounds to the nearest whole number inside the range, and leaves other factors as drawn', () => {
    const factors = [
      { name: 'months', path: 'm', lo: 12.5, hi: 36 },
      { name: 'share', path: 's', lo: 0, hi: 1 },
    ];
    const points = roundIntegerFactors([{ months: 12.6, share: 0.25 }, { months: 35.5, share: 0.5 }, { months: 20.49, share: 0.75 }], factors, new Set(['months']));
    // 12.6 would round to 13 either way; 35.5 rounds up to 36, the top of the range; ceil(12.5) is the floor.
    expect(points).toEqual([{ months: 13, share: 0.25 }, { months: 36, share: 0.5 }, { months: 20, share: 0.75 }]);
    expect(roundIntegerFactors([{ months: 12.51 }], [{ name: 'months', path: 'm', lo: 12.5, hi: 13.5 }], new Set(['months']))).toEqual([{ months: 13 }]);
  });

  it('refuses a range that holds no whole number rather than move the factor outside it', () => {
    expect(() => roundIntegerFactors([{ m: 12.3 }], [{ name: 'm', path: 'm', lo: 12.2, hi: 12.8 }], new Set(['m']))).toThrow('takes whole numbers, and its range holds none');
  });

  it('lets a Latin hypercube vary funding.cycleMonths, which zod refused as "expected int, received number"', () => {
    const planned = planSweep(uk(), factorsOf('funding.cycleMonths=12:36', 'funding.renewalProbability=0.2:0.8'), 'lhs', 10, 1, 1);
    expect(planned.problems).toEqual([]);
    const points = planned.experiment!.runs.map((r) => r.point);
    const months = points.map((p) => p['funding.cycleMonths']);
    expect(months.every((m) => Number.isInteger(m) && m >= 12 && m <= 36)).toBe(true);
    // Ten strata of 2.4 months each: rounding keeps them apart, so most values stay distinct.
    expect(new Set(months).size).toBeGreaterThanOrEqual(8);
    expect(points.some((p) => !Number.isInteger(p['funding.renewalProbability'] * 10))).toBe(true);
  });

  it('rounds the points of a Sobol (Saltelli) design too, keeping its unit-cube rows for the estimators', () => {
    const planned = planSensitivity(uk(), factorsOf('funding.cycleMonths@always=12:36', 'funding.renewalProbability=0.2:0.8'), 'sobol', 8, { metric: 'outcomes', group: 'local', tick: 12 }, 1, 1);
    expect(planned.problems).toEqual([]);
    const e = planned.experiment!;
    expect(e.runs.every((r) => Number.isInteger(r.point['funding.cycleMonths@always']))).toBe(true);
    if (e.kind !== 'sensitivity') throw new Error('expected a sensitivity experiment');
    expect(e.details.unitPoints.length).toBe(8 * (2 + 2));
    expect(e.details.designPointOf.length).toBe(e.details.unitPoints.length);
  });
});
