import { describe, expect, it } from 'vitest';
import { pairedDifference, tQuantile } from '../../sim/stats';

describe('pairedDifference', () => {
  // Five seeds, scenario b against baseline a. Differences 2,1,2,1,2:
  // mean 1.6, s² = 1.2/4 = 0.3. Reference values from scipy.stats.ttest_rel / ttest_ind.
  const a = [10, 12, 9, 11, 13];
  const b = [12, 13, 11, 12, 15];
  const result = pairedDifference(a, b);

  it('gives the paired t interval on b − a', () => {
    expect(result.n).toBe(5);
    expect(result.meanA).toBe(11);
    expect(result.meanB).toBeCloseTo(12.6, 14);
    expect(result.meanDiff).toBeCloseTo(1.6, 14);
    expect(result.sdDiff).toBeCloseTo(Math.sqrt(0.3), 14);
    expect(result.df).toBe(4);
    expect(result.halfWidth).toBeCloseTo(2.7764451051977934 * Math.sqrt(0.3 / 5), 12);
    expect(result.halfWidth).toBeCloseTo(0.6800873807, 9);
    expect(result.ciLow).toBeCloseTo(1.6 - 0.6800873807, 9);
    expect(result.ciHigh).toBeCloseTo(1.6 + 0.6800873807, 9);
    expect(result.pValue).toBeCloseTo(0.0028378459267344473, 12);
  });

  it('reports effect sizes d_z = 1.6/√0.3 and pooled d = 1.6/√2.4', () => {
    expect(result.cohenDz).toBeCloseTo(1.6 / Math.sqrt(0.3), 12);
    expect(result.cohenD).toBeCloseTo(1.6 / Math.sqrt((2.5 + 2.3) / 2), 12);
    expect(result.correlation).toBeCloseTo(0.9383148632568364, 12);
  });

  it('reports the Welch interval for the same data with Welch–Satterthwaite df 7.986', () => {
    expect(result.unpaired.se).toBeCloseTo(Math.sqrt(0.96), 14);
    expect(result.unpaired.df).toBeCloseTo(7.986135181975738, 12);
    expect(result.unpaired.halfWidth).toBeCloseTo(2.260096352436321, 9);
    expect(result.unpaired.ciLow).toBeCloseTo(1.6 - 2.260096352436321, 9);
  });

  it('says the paired interval is about 3.3 times narrower', () => {
    expect(result.halfWidthRatio).toBeCloseTo(0.6800873807 / 2.260096352436321, 9);
    expect(1 / result.halfWidthRatio).toBeCloseTo(3.323, 3);
  });

  it('has a zero-width interval and infinite d_z when every seed shifts by the same amount', () => {
    const r = pairedDifference([1, 2, 3], [2, 3, 4]);
    expect(r.halfWidth).toBe(0);
    expect(r.cohenDz).toBe(Infinity);
    expect(r.pValue).toBe(0);
    expect(r.halfWidthRatio).toBe(0);
  });

  it('never throws on degenerate input of matching length', () => {
    const single = pairedDifference([1], [3]);
    expect(single.meanDiff).toBe(2);
    expect(single.halfWidth).toBe(Infinity);
    expect(single.halfWidthRatio).toBe(1);
    const constant = pairedDifference([5, 5], [5, 5]);
    expect(constant.cohenDz).toBe(0);
    expect(constant.halfWidthRatio).toBe(1);
    expect(constant.pValue).toBe(1);
  });

  it('refuses arrays of different length', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(RangeError);
  });

  it('uses the requested confidence level', () => {
    const r = pairedDifference(a, b, 0.9);
    expect(r.halfWidth).toBeCloseTo(tQuantile(0.95, 4) * Math.sqrt(0.3 / 5), 12);
  });
});
