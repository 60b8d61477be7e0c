import { describe, expect, it } from 'vitest';
import { rankCorrelation } from '../../sim/stats/rankCorrelation.ts';

describe('Spearman rank correlation', () => {
  it('is 1 for any increasing relation and −1 for any decreasing one, whatever its shape', () => {
    const x = [1, 2, 3, 4, 5, 6];
    expect(rankCorrelation(x, x.map((v) => v * v * v))).toBeCloseTo(1, 12);
    expect(rankCorrelation(x, x.map((v) => -Math.sqrt(v)))).toBeCloseTo(-1, 12);
  });

  it('averages tied ranks: x = 1,2,3,4 against y = 1,1,2,2 gives 2/√5 ≈ 0.894', () => {
    expect(rankCorrelation([1, 2, 3, 4], [1, 1, 2, 2])).toBeCloseTo(2 / Math.sqrt(5), 12);
  });

  it('is undefined with fewer than three pairs or a constant side', () => {
    expect(Number.isNaN(rankCorrelation([1, 2], [2, 1]))).toBe(true);
    expect(Number.isNaN(rankCorrelation([1, 2, 3], [4, 4, 4]))).toBe(true);
  });
});
