import { describe, expect, it } from 'vitest';
import { gini } from '../../sim/stats';

describe('gini', () => {
  it('is 0 when every value is equal, and when all are zero', () => {
    expect(gini([3, 3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
  });

  it('is (n − 1)/n when one value holds everything', () => {
    expect(gini([0, 0, 0, 8])).toBeCloseTo(3 / 4, 15);
  });

  it('equals the mean absolute difference over all ordered pairs over twice the mean, computed by hand', () => {
    // [1, 2, 3, 6]: Σ|xi − xj| over ordered pairs = 2·(1 + 2 + 5 + 1 + 4 + 3) = 32; n² = 16; mean 3.
    expect(gini([6, 1, 3, 2])).toBeCloseTo(32 / 16 / (2 * 3), 15);
  });

  it('ignores order and scale, and leaves its argument unsorted', () => {
    const values = [5, 1, 4];
    expect(gini(values)).toBeCloseTo(gini([10, 2, 8]), 15);
    expect(values).toEqual([5, 1, 4]);
  });
});
