import { describe, expect, it } from 'vitest';
import { discoverSummary } from '../../cli/experimentRunner/discoverSummary.ts';
import type { DiscoverDetails } from '../../cli/experimentRunner/experiment.ts';
import { primPeel, primSelect, primTrim } from '../../sim/stats/index.ts';

const details: DiscoverDetails = {
  baseline: 'uk-2026', policy: 'framework', metric: 'capability', group: 'local', tick: 60, date: '2031-04',
  threshold: 0.01, direction: 'below',
  factors: [{ path: 'returned', lo: 0, hi: 1 }, { path: 'renewal', lo: 0, hi: 1 }, { path: 'noise', lo: 0, hi: 1 }],
  samples: 0, prim: { peelAlpha: 0.05, minMass: 0.05, minCoverage: 0.8, step: null, paste: false }, seed: 1, replicates: 3, ticks: 60,
};

/** A 10 × 10 × 2 grid: the cases of interest are where returned < 0.2 and renewal < 0.5. */
const x = Array.from({ length: 200 }, (_, i) => [(i % 10) / 10, (Math.floor(i / 10) % 10) / 10, Math.floor(i / 100)]);
const y = x.map((p) => p[0] < 0.2 && p[1] < 0.5);

describe('the discovery in words', () => {
  it('names the restricted assumptions with their limits, the density, coverage and mass', () => {
    const t = primPeel(x, y);
    const chosen = primSelect(t)!;
    const words = discoverSummary(details, t, primTrim(x, y, t, chosen), chosen);
    expect(flat(words)).toContain('Scenario discovery: the effect of framework over uk-2026 on capability (local) in 2031-04, paired by replicate (3 per point), at 200 points');
    expect(flat(words)).toContain('It is below 0.01 at 20 of 200 points (10%).');
    expect(flat(words)).toContain('It is below 0.01 in 100% of cases where returned is at most 0.1 and renewal is at most 0.4.');
    expect(flat(words)).toContain('That box holds 100% of the points below 0.01 (coverage) and 10% of all points (mass)');
    expect(flat(words)).not.toContain('noise');
  });

  it('says "between" for a dimension cut at both ends, and "at least" for one cut from below', () => {
    const y2 = x.map((p) => p[0] >= 0.3 && p[0] <= 0.6 && p[1] >= 0.5);
    const t = primPeel(x, y2);
    const chosen = primSelect(t)!;
    const words = discoverSummary(details, t, primTrim(x, y2, t, chosen), chosen);
    expect(flat(words)).toContain('where returned is between 0.3 and 0.6 and renewal is at least 0.5.');
  });

  it('says so when every point fails: no box does better than the whole range', () => {
    const all = x.map(() => true);
    const t = primPeel(x, all);
    const chosen = primSelect(t)!;
    expect(flat(discoverSummary(details, t, primTrim(x, all, t, chosen), chosen))).toContain('No box of assumptions does better than the whole range: it is below 0.01 in 100% of all cases');
  });

  it('says why there is no box when no point fails the threshold', () => {
    const none = x.map(() => false);
    const t = primPeel(x, none);
    expect(flat(discoverSummary(details, t, undefined, undefined))).toContain('No point is below 0.01: there is no box to find.');
  });
});

/** The summary's prose without the line breaks that keep it within 100 columns. */
function flat(text: string): string {
  return text.replace(/\n/g, ' ');
}
