import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../sim/stats/oneAtATime';

const ranges = [
  { name: 'a', lo: 0, hi: 1 },
  { name: 'b', lo: 10, hi: 40 },
];

describe('a one-at-a-time design', () => {
  it('starts at the baseline, then moves each factor alone over its whole range', () => {
    expect(oneAtATime(ranges, { a: 0.3, b: 20 }, 3)).toEqual([
      { a: 0.3, b: 20 },
      { a: 0, b: 20 },
      { a: 0.5, b: 20 },
      { a: 1, b: 20 },
      { a: 0.3, b: 10 },
      { a: 0.3, b: 25 },
      { a: 0.3, b: 40 },
    ]);
  });

  it('leaves out a level equal to the baseline, so every point is run once', () => {
    const points = oneAtATime(ranges, { a: 0.5, b: 40 }, 3);
    expect(points).toHaveLength(1 + 2 + 2);
    expect(new Set(points.map((p) => JSON.stringify(p))).size).toBe(points.length);
  });

  it('ends each factor exactly at hi, whatever the levels', () => {
    const points = oneAtATime([{ name: 'x', lo: 0.1, hi: 0.7 }], { x: 0.2 }, 7);
    expect(points.map((p) => p.x).at(-1)).toBe(0.7);
    // Seven levels, 0.1 apart; the second is the baseline 0.2 and is not run twice.
    expect(points).toHaveLength(7);
  });

  it('takes a factor\'s listed values as its levels when it has them', () => {
    expect(oneAtATime([{ name: 'a', lo: 1, hi: 9, values: [1, 4, 9] }, { name: 'b', lo: 0, hi: 1 }], { a: 4, b: 0.5 }, 2)).toEqual([
      { a: 4, b: 0.5 },
      { a: 1, b: 0.5 },
      { a: 9, b: 0.5 },
      { a: 4, b: 0 },
      { a: 4, b: 1 },
    ]);
  });

  it('refuses fewer than two levels and a factor without a baseline value', () => {
    expect(() => oneAtATime(ranges, { a: 0, b: 10 }, 1)).toThrow('levels must be a whole number of at least 2');
    expect(() => oneAtATime(ranges, { a: 0 }, 3)).toThrow('no baseline value for "b"');
  });
});
