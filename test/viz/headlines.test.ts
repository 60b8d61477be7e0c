import { describe, expect, it } from 'vitest';
import type { Summary } from '../../sim/stats/summarise.ts';
import type { EndValue } from '../../viz/data/endValues.ts';
import { headlines } from '../../viz/data/headlines.ts';

const side = (n: number): Summary => ({ n, mean: 0.5, sd: 0.1, se: 0.05, ciLow: 0.4, ciHigh: 0.6, halfWidth: 0.1, level: 0.95 });
const row = (metric: string, group: string, mean: number, ciLow: number, ciHigh: number, n = 5): EndValue => ({
  metric, group, reading: 'final month', a: side(n), b: side(n), difference: { mean, ciLow, ciHigh, pValue: 0.01 },
});

describe('headline sentences for B − A', () => {
  it('call a difference higher only where its paired interval excludes zero, and say plainly where it does not', () => {
    const text = headlines(
      [
        row('capability', 'central', 0.01, -0.01, 0.03),
        row('capability', 'combined', 0.14, 0.13, 0.16),
        row('capability', 'local', -0.05, -0.07, -0.03),
        row('coordination', 'central', 0.1, 0.05, 0.15),
        row('coordination', 'combined', 0.2, 0.1, 0.3),
        row('coordination', 'local', 0.3, 0.2, 0.4),
        row('localAutonomy', 'combined', 0, -0.01, 0.01),
        row('localAutonomy', 'local', 0.001, -0.002, 0.004),
      ],
      '2036-03',
    );
    expect(text).toEqual([
      'By 2036-03, the end of the run, paired by replicate (5 pairs, 95% intervals):',
      'Capability in B is higher for combined authorities +0.14 (0.13 to 0.16), and lower for local councils −0.05 (−0.07 to −0.03); it does not differ detectably for central departments.',
      'Coordination is higher in B than in A at every tier: central departments +0.1 (0.05 to 0.15); combined authorities +0.2 (0.1 to 0.3); local councils +0.3 (0.2 to 0.4).',
      'Local autonomy does not differ detectably at any tier.',
    ]);
  });

  it('states the cost difference in GBP, or that it cannot be told apart', () => {
    const more = headlines([row('cumulativeCost', 'all', 25000, 20000, 30000)], '2036-03');
    expect(more[1]).toBe('B spends £25k more than A over the run (£20k to £30k).');
    const same = headlines([row('cumulativeCost', 'all', 100, -500, 700)], '2036-03');
    expect(same[1]).toBe('What B and A spend does not differ detectably (−£500 to £700).');
  });

  it('names mobility and its counterfactual when asked to', () => {
    const text = headlines([row('outcomes', 'local', 0.02, 0.01, 0.03)], '2036-03', { b: 'the scenario', a: 'its counterfactual' });
    expect(text[1]).toBe('Outcomes are higher in the scenario than in its counterfactual for local councils: local councils +0.02 (0.01 to 0.03).');
  });

  it('with one replicate, says there is no interval rather than a difference', () => {
    const one = row('capability', 'local', 0.1, -Infinity, Infinity, 1);
    expect(headlines([one], '2036-03')).toEqual(['With one replicate there is no interval for B − A: raise the replicate count to see which differences the runs support.']);
  });
});
