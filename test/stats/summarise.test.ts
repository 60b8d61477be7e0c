import { describe, expect, it } from 'vitest';
import { precisionReached, replicatesNeeded, summarise, targetHalfWidth, tQuantile } from '../../sim/stats';

describe('summarise', () => {
  // mean 5, squared deviations sum to 32, so s² = 32/7 and se = √(32/56).
  const values = [2, 4, 4, 4, 5, 5, 7, 9];

  it('gives mean ± t(0.975, 7)·s/√n for a small sample, computed by hand', () => {
    const s = summarise(values);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(s.sd).toBeCloseTo(2.138089935, 9);
    expect(s.se).toBeCloseTo(Math.sqrt(32 / 56), 14);
    expect(s.halfWidth).toBeCloseTo(2.364624251592784 * Math.sqrt(32 / 56), 12);
    expect(s.halfWidth).toBeCloseTo(1.787487918, 9);
    expect(s.ciLow).toBeCloseTo(5 - 1.787487918, 9);
    expect(s.ciHigh).toBeCloseTo(5 + 1.787487918, 9);
    expect(s.level).toBe(0.95);
  });

  it('widens with the confidence level', () => {
    const s = summarise(values, 0.99);
    expect(s.halfWidth).toBeCloseTo(tQuantile(0.995, 7) * Math.sqrt(32 / 56), 12);
    expect(s.level).toBe(0.99);
  });

  it('accepts typed arrays and survives a large common offset', () => {
    const shifted = Float64Array.from(values, (v) => v + 1e9);
    const s = summarise(shifted);
    expect(s.mean).toBe(1e9 + 5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 6);
  });

  it('never throws: one value gives sd 0 and an unbounded interval', () => {
    expect(summarise([3])).toEqual({
      n: 1, mean: 3, sd: 0, se: Infinity, ciLow: -Infinity, ciHigh: Infinity, halfWidth: Infinity, level: 0.95,
    });
  });

  it('never throws: no values gives a NaN mean and an unbounded interval', () => {
    const s = summarise([]);
    expect(s.n).toBe(0);
    expect(s.mean).toBeNaN();
    expect(s.halfWidth).toBe(Infinity);
  });

  it('gives a zero-width interval for identical values', () => {
    const s = summarise([4, 4, 4]);
    expect(s.sd).toBe(0);
    expect(s.halfWidth).toBe(0);
  });
});

describe('replicatesNeeded', () => {
  it('finds the smallest n with t(n−1)·sd/√n ≤ target (values checked against scipy)', () => {
    expect(replicatesNeeded(1, 0.5)).toBe(18);
    expect(replicatesNeeded(3.2, 0.4, 0.9)).toBe(176);
    expect(replicatesNeeded(10, 20)).toBe(4);
    expect(replicatesNeeded(1, 0.01)).toBe(38418);
  });

  it('returns an n that just meets the target: one fewer would not', () => {
    const sd = 2.7;
    const target = 0.9;
    const n = replicatesNeeded(sd, target);
    expect((tQuantile(0.975, n - 1) * sd) / Math.sqrt(n)).toBeLessThanOrEqual(target);
    expect((tQuantile(0.975, n - 2) * sd) / Math.sqrt(n - 1)).toBeGreaterThan(target);
  });

  it('needs 2 replicates for a deterministic output and infinitely many for an impossible target', () => {
    expect(replicatesNeeded(0, 0.1)).toBe(2);
    expect(replicatesNeeded(1, 0)).toBe(Infinity);
    expect(replicatesNeeded(NaN, 1)).toBe(Infinity);
  });
});

describe('precisionReached', () => {
  it('asks for half-width ≤ max(relative·|mean|, absolute)', () => {
    expect(targetHalfWidth(-200, { relative: 0.05 })).toBe(10);
    expect(targetHalfWidth(0.001, { relative: 0.05, absolute: 0.5 })).toBe(0.5);
    expect(targetHalfWidth(100, {})).toBe(0);
  });

  it('says 8 values around 5 are within 40% but not within 5% of the mean', () => {
    const s = summarise([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(precisionReached(s, { relative: 0.4 })).toBe(true);
    expect(precisionReached(s, { relative: 0.05 })).toBe(false);
    expect(precisionReached(s, { relative: 0.05, absolute: 2 })).toBe(true);
  });

  it('never considers a single replicate precise', () => {
    expect(precisionReached(summarise([5]), { relative: 1, absolute: 1e9 })).toBe(false);
  });
});
