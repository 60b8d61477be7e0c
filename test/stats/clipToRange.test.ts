import { describe, expect, it } from 'vitest';
import { clipToRange, differenceRange } from '../../sim/stats/clipToRange.ts';

describe('clipToRange', () => {
  it('cuts a 0-or-1 flag interval of −0.28 to 1.08 to 0 to 1 and says it was clipped', () => {
    expect(clipToRange(-0.28, 1.08, [0, 1])).toEqual({ lo: 0, hi: 1, clipped: true });
  });

  it('cuts only the end that leaves the range', () => {
    expect(clipToRange(-9841, 40700, [0, Infinity])).toEqual({ lo: 0, hi: 40700, clipped: true });
  });

  it('leaves an interval inside the range alone and says so', () => {
    expect(clipToRange(0.2, 0.4, [0, 1])).toEqual({ lo: 0.2, hi: 0.4, clipped: false });
  });

  it('keeps an unbounded interval (one replicate) unbounded rather than claiming the whole range', () => {
    expect(clipToRange(-Infinity, Infinity, [0, 1])).toEqual({ lo: -Infinity, hi: Infinity, clipped: false });
  });
});

describe('differenceRange', () => {
  it('lets B − A of two indices in [0, 1] lie in [−1, 1]', () => {
    expect(differenceRange([0, 1])).toEqual([-1, 1]);
  });

  it('leaves a difference of two non-negative counts unbounded both ways', () => {
    expect(differenceRange([0, Infinity])).toEqual([-Infinity, Infinity]);
  });
});
