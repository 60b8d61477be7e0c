import { describe, expect, it } from 'vitest';
import { MIN_SPAN_SHARE, withMinimumSpan } from '../../viz/charts/axisSpan.ts';

describe('the y axis of a bounded metric', () => {
  it('spans at least a tenth of the range, kept inside it: autonomy at 0.975 to 1 is drawn over 0.9 to 1', () => {
    expect(MIN_SPAN_SHARE).toBe(0.1);
    const [lo, hi] = withMinimumSpan([0.975, 1], [0, 1]);
    expect(lo).toBeCloseTo(0.9, 12);
    expect(hi).toBe(1);
    const mid = withMinimumSpan([0.5, 0.52], [0, 1]);
    expect(mid[0]).toBeCloseTo(0.46, 12);
    expect(mid[1]).toBeCloseTo(0.56, 12);
  });

  it('keeps a span already wide enough, and any span of an unbounded metric', () => {
    expect(withMinimumSpan([0.2, 0.6], [0, 1])).toEqual([0.2, 0.6]);
    expect(withMinimumSpan([1000, 1001], [0, Infinity])).toEqual([1000, 1001]);
  });

  it('widens a tiny B − A about itself, inside what a difference can be', () => {
    const [lo, hi] = withMinimumSpan([-0.001, 0.004], [0, 1], [-1, 1]);
    expect(hi - lo).toBeCloseTo(0.1, 12);
    expect(lo).toBeLessThan(-0.001);
    expect(hi).toBeGreaterThan(0.004);
  });
});
