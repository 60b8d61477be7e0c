import { describe, expect, it } from 'vitest';
import { quantityValue, type SeriesRow } from '../../sim/calibration/index.ts';

/** Two flows of live placements over three months, and promotions, written out by hand. */
const rows: SeriesRow[] = [
  ['2026-04', 'secondment:centralToCombined', 70], ['2026-04', 'secondment:centralToLocal', 30],
  ['2026-05', 'secondment:centralToCombined', 80], ['2026-05', 'secondment:centralToLocal', 20],
  ['2026-06', 'secondment:centralToCombined', 90], ['2026-06', 'secondment:centralToLocal', 40],
].map(([date, group, value]) => ({ date: date as string, metric: 'placementsLive', group: group as string, value: value as number }));
const noParameter = () => undefined;
const both = ['secondment:centralToCombined', 'secondment:centralToLocal'];

describe('the value a run gives a target', () => {
  it('a stock: the groups summed in that month', () => {
    expect(quantityValue({ kind: 'stock', metric: 'placementsLive', groups: both, at: '2026-05' }, rows, noParameter)).toBe(100);
  });

  it('a mean: the monthly sums averaged over the window, both ends included', () => {
    expect(quantityValue({ kind: 'mean', metric: 'placementsLive', groups: both, from: '2026-05', to: '2026-06' }, rows, noParameter)).toBe(115);
  });

  it('a share: the sum of one series over the window over the sum of the other', () => {
    const share = quantityValue(
      { kind: 'share', numerator: { metric: 'placementsLive', groups: [both[0]] }, denominator: { metric: 'placementsLive', groups: both }, from: '2026-04', to: '2026-06' },
      rows,
      noParameter,
    );
    expect(share).toBe(240 / 330);
  });

  it("a parameter: the run's own value of it", () => {
    expect(quantityValue({ kind: 'parameter', path: 'learning.rampMonths' }, rows, (p) => (p === 'learning.rampMonths' ? 12 : undefined))).toBe(12);
  });

  it('cannot say (NaN) for a window outside the run, a misspelt group, an unknown parameter or a share of nothing', () => {
    expect(quantityValue({ kind: 'stock', metric: 'placementsLive', groups: both, at: '2014-04' }, rows, noParameter)).toBeNaN();
    expect(quantityValue({ kind: 'mean', metric: 'placementsLive', groups: ['secondment:centralToLcoal'], from: '2026-04', to: '2026-06' }, rows, noParameter)).toBeNaN();
    expect(quantityValue({ kind: 'parameter', path: 'nothing.here' }, rows, noParameter)).toBeNaN();
    const zero = rows.map((r) => ({ ...r, value: 0 }));
    expect(quantityValue({ kind: 'share', numerator: { metric: 'placementsLive', groups: [both[0]] }, denominator: { metric: 'placementsLive', groups: both }, from: '2026-04', to: '2026-06' }, zero, noParameter)).toBeNaN();
  });
});
