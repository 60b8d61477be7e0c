import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTies, tieArg } from '../../cli/experiment/parseTie.ts';
import { loadInput } from '../../cli/experimentRunner/loadInput.ts';
import { parseVary } from '../../cli/experimentRunner/parseVary.ts';
import { planSweep } from '../../cli/experimentRunner/plan.ts';
import { scenarioValue } from '../../sim/runDesign/scenarioValue.ts';
import { withTiedFactors } from '../../sim/runDesign/tiedFactors.ts';
import { ROOT } from '../cli/helpers.ts';

const MAX = 'programme.instruments.secondment.maxMonths';
const MIN = 'programme.instruments.secondment.minMonths';
const uk = () => loadInput(join(ROOT, 'scenarios', 'uk-2026-regional.json'), [], 1).loaded!;

describe('a tied parameter is a function of the design point', () => {
  it('parses path=other, times*other and other+plus, and prints them back the same way', () => {
    const { factors } = parseVary([`${MAX}=6:36`]);
    const { ties, problems } = parseTies([`${MIN}=${MAX}`, `learning.explorationPerMonth=0.001*${MAX}-0.002`], factors);
    expect(problems).toEqual([]);
    expect(ties.map(({ name, tiedTo, times, plus }) => ({ name, tiedTo, times, plus }))).toEqual([
      { name: MIN, tiedTo: MAX, times: 1, plus: 0 },
      { name: 'learning.explorationPerMonth', tiedTo: MAX, times: 0.001, plus: -0.002 },
    ]);
    expect(ties.map(tieArg)).toEqual([`${MIN}=${MAX}`, `learning.explorationPerMonth=0.001*${MAX}-0.002`]);
  });

  it('refuses a tie to a parameter that is not varied, and a parameter both varied and tied', () => {
    const { factors } = parseVary([`${MAX}=6:36`]);
    expect(parseTies([`${MIN}=funding.cycleMonths`], factors).problems[0].message).toBe(`funding.cycleMonths is not varied: tie a parameter to one of ${MAX}`);
    expect(parseTies([`${MAX}@always=${MAX}`], factors).problems[0].message).toBe(`${MAX} is varied already: a parameter is either varied or tied`);
    expect(parseTies([`${MIN}=2*`], factors).problems[0].message).toMatch(/^expected path=other/);
  });

  it('computes times x value + plus at every point, rounded for a whole-number parameter', () => {
    const points = withTiedFactors([{ x: 7 }, { x: 10 }], [{ name: 'half', tiedTo: 'x', times: 0.5, plus: 0 }, { name: 'tenth', tiedTo: 'x', times: 0.1, plus: 0.2 }], new Set(['half']));
    expect(points).toEqual([{ x: 7, half: 4, tenth: 0.9 }, { x: 10, half: 5, tenth: 1.2 }]);
  });

  it('makes the length of secondments one factor of a Latin hypercube: every point has minMonths = maxMonths, a whole number', () => {
    const { factors } = parseVary([`${MAX}=6:36`]);
    const { ties } = parseTies([`${MIN}=${MAX}`], factors);
    const planned = planSweep(uk(), factors, 'lhs', 8, 1, 1, ties);
    expect(planned.problems).toEqual([]);
    const e = planned.experiment!;
    expect(e.pointNames).toEqual([MAX, MIN]);
    for (const r of e.runs) {
      expect(r.point[MIN]).toBe(r.point[MAX]);
      expect(Number.isInteger(r.point[MAX])).toBe(true);
    }
  });

  it('is refused at planning when it leaves the scenario\'s own rules (the shortest placement above the longest)', () => {
    const { factors } = parseVary([`${MAX}=6,12`]);
    const { ties } = parseTies([`${MIN}=${MAX}+1`], factors);
    const planned = planSweep(uk(), factors, 'grid', 0, 1, 1, ties);
    expect(planned.problems.length).toBeGreaterThan(0);
    expect(planned.problems.map((p) => p.message).join('\n')).toMatch(/at \{/);
  });
});

describe('a one-at-a-time sweep', () => {
  it('holds the other factors at the scenario\'s own values and rounds whole-number levels', () => {
    const input = uk().input;
    expect(scenarioValue(input, MAX)).toBe(24);
    // uk-2026 funds 12-month cycles until its start, 2026-04, then 36: the value before the changes, and the one a whole run sees.
    expect(scenarioValue(input, 'funding.cycleMonths')).toBe(12);
    expect(scenarioValue(input, 'funding.cycleMonths@always')).toBe(36);
    expect(scenarioValue(input, 'funding.cycleMonths@2026-03')).toBe(12);
    const { factors } = parseVary([`${MAX}@always=12:36`, 'funding.renewalProbability=0.2:0.8']);
    const planned = planSweep(uk(), factors, 'ofat', 4, 1, 1);
    expect(planned.problems).toEqual([]);
    const base = { [`${MAX}@always`]: 24, 'funding.renewalProbability': scenarioValue(input, 'funding.renewalProbability')! };
    const points = planned.experiment!.runs.map((r) => r.point);
    expect(points[0]).toEqual(base);
    // Levels of maxMonths 12, 20, 28, 36; of renewal 0.2, 0.4, 0.6, 0.8; each with the other at its baseline.
    expect(points.filter((p) => p['funding.renewalProbability'] === base['funding.renewalProbability']).map((p) => p[`${MAX}@always`])).toEqual([24, 12, 20, 28, 36]);
    expect(points.filter((p) => p[`${MAX}@always`] === 24).map((p) => p['funding.renewalProbability']).slice(1)).toEqual([0.2, 0.4, 0.6, 0.8]);
  });
});
