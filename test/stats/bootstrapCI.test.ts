import { describe, expect, it } from 'vitest';
import { bootstrapCI, quantileSorted, summarise } from '../../sim/stats';
import { mulberry32 } from './seededRandom';

const mean = (xs: Float64Array): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('quantileSorted (Hyndman–Fan type 7, as R and NumPy)', () => {
  it('interpolates between order statistics', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([10, 20, 30, 40, 50], 0.9)).toBe(46);
    expect(quantileSorted([7], 0.3)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe('bootstrapCI', () => {
  // 40 draws of a skew-free sample; the percentile interval for the mean
  // should resemble the t interval.
  const rand = mulberry32(2024);
  const values = Array.from({ length: 40 }, () => rand() * 10);

  it('brackets the estimate and is close to the t interval for a mean', () => {
    const ci = bootstrapCI(values, mean, { rand: mulberry32(5), resamples: 2000 });
    const t = summarise(values);
    expect(ci.estimate).toBeCloseTo(t.mean, 12);
    expect(ci.low).toBeLessThan(ci.estimate);
    expect(ci.high).toBeGreaterThan(ci.estimate);
    expect(ci.high - ci.low).toBeGreaterThan(0.8 * 2 * t.halfWidth);
    expect(ci.high - ci.low).toBeLessThan(1.2 * 2 * t.halfWidth);
  });

  it('is identical for the same seed', () => {
    const first = bootstrapCI(values, mean, { rand: mulberry32(9), resamples: 300 });
    const second = bootstrapCI(values, mean, { rand: mulberry32(9), resamples: 300 });
    expect(second).toEqual(first);
  });

  it('collapses to a point for a constant sample', () => {
    const ci = bootstrapCI([3, 3, 3], mean, { rand: mulberry32(1), resamples: 50 });
    expect([ci.low, ci.estimate, ci.high]).toEqual([3, 3, 3]);
  });
});
