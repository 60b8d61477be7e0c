import { describe, expect, it } from 'vitest';
import { METRICS } from '../../sim/model/metrics.ts';
import { differenceRange } from '../../sim/stats/clipToRange.ts';
import { withInterval } from '../../viz/ui/summaryTable.ts';

/** The intervals issue 15 found outside what a quantity can be, as the summary table now shows them. */
describe('summary table intervals respect each metric\'s declared range', () => {
  it('shows programme funded 0.4 (−0.28 to 1.08) as 0 to 1 and says it was clipped', () => {
    expect(withInterval(0.4, -0.28, 1.08, '0 or 1', METRICS.programmeFunded.range)).toBe('0.4 (0 to 1, clipped to range)');
  });

  it('shows a cost of £15.4k (−£9,841 to £40.7k) from £0', () => {
    expect(withInterval(15400, -9841, 40700, 'GBP', METRICS.cost.range)).toBe('£15.4k (£0 to £40.7k, clipped to range)');
  });

  it('shows reciprocity and ties intervals from 0', () => {
    expect(withInterval(0.3, -0.255, 0.855, 'ratio (0–1)', METRICS.reciprocity.range)).toBe('0.3 (0 to 0.855, clipped to range)');
    expect(withInterval(8.17, -2.33, 18.7, 'ties', METRICS.crossTierTies.range)).toBe('8.17 (0 to 18.7, clipped to range)');
  });

  it('leaves an interval that is inside the range unmarked, and a difference may be negative', () => {
    expect(withInterval(0.5, 0.4, 0.6, 'index (0–1)', METRICS.capability.range)).toBe('0.5 (0.4 to 0.6)');
    expect(withInterval(-0.2, -0.5, 0.1, 'index (0–1)', differenceRange(METRICS.capability.range))).toBe('−0.2 (−0.5 to 0.1)');
  });

  it('shows the mean alone when one replicate gives no interval', () => {
    expect(withInterval(0.4, -Infinity, Infinity, 'index (0–1)', METRICS.capability.range)).toBe('0.4');
  });
});
