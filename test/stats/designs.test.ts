import { describe, expect, it } from 'vitest';
import { fullFactorial, latinHypercube, latinHypercubeUnit, randomPermutation, scaleToRanges } from '../../sim/stats';
import { mulberry32 } from './seededRandom';

describe('fullFactorial', () => {
  const design = fullFactorial([
    { name: 'budget', values: [1, 2] },
    { name: 'ratio', values: [0.1, 0.2, 0.3] },
    { name: 'tiers', values: [3, 4] },
  ]);

  it('has one point per combination: 2 × 3 × 2 = 12', () => {
    expect(design).toHaveLength(12);
    expect(new Set(design.map((p) => JSON.stringify(p))).size).toBe(12);
  });

  it('varies the last factor fastest, like nested loops in declaration order', () => {
    expect(design.slice(0, 4)).toEqual([
      { budget: 1, ratio: 0.1, tiers: 3 },
      { budget: 1, ratio: 0.1, tiers: 4 },
      { budget: 1, ratio: 0.2, tiers: 3 },
      { budget: 1, ratio: 0.2, tiers: 4 },
    ]);
    expect(design[6]).toEqual({ budget: 2, ratio: 0.1, tiers: 3 });
    expect(design[11]).toEqual({ budget: 2, ratio: 0.3, tiers: 4 });
  });

  it('gives one empty point for no factors and none when a factor has no levels', () => {
    expect(fullFactorial([])).toEqual([{}]);
    expect(fullFactorial([{ name: 'x', values: [] }, { name: 'y', values: [1] }])).toEqual([]);
  });

  it('rejects duplicate factor names', () => {
    expect(() => fullFactorial([{ name: 'x', values: [1] }, { name: 'x', values: [2] }])).toThrow(RangeError);
  });
});

describe('latinHypercube', () => {
  it('hits every stratum of every dimension exactly once', () => {
    const n = 37;
    const k = 5;
    const points = latinHypercubeUnit(k, n, mulberry32(7));
    expect(points).toHaveLength(n);
    for (let j = 0; j < k; j++) {
      const strata = points.map((p) => Math.floor(p[j] * n)).sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('scales to named ranges and keeps stratification there', () => {
    const ranges = [
      { name: 'quit', lo: 0.02, hi: 0.1 },
      { name: 'hires', lo: 100, hi: 500 },
    ];
    const n = 20;
    const points = latinHypercube(ranges, n, mulberry32(11));
    for (const { name, lo, hi } of ranges) {
      const strata = points.map((p) => Math.floor(((p[name] - lo) / (hi - lo)) * n)).sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(latinHypercubeUnit(3, 10, mulberry32(1))).toEqual(latinHypercubeUnit(3, 10, mulberry32(1)));
    expect(latinHypercubeUnit(3, 10, mulberry32(1))).not.toEqual(latinHypercubeUnit(3, 10, mulberry32(2)));
  });
});

describe('scaleToRanges', () => {
  it('maps 0 to lo, 1 to hi and 0.25 a quarter of the way', () => {
    const ranges = [
      { name: 'a', lo: -1, hi: 1 },
      { name: 'b', lo: 10, hi: 20 },
    ];
    expect(scaleToRanges([[0, 1], [0.25, 0.5]], ranges)).toEqual([
      { a: -1, b: 20 },
      { a: -0.5, b: 15 },
    ]);
  });

  it('refuses points whose width does not match the ranges', () => {
    expect(() => scaleToRanges([[0.5]], [{ name: 'a', lo: 0, hi: 1 }, { name: 'b', lo: 0, hi: 1 }])).toThrow(RangeError);
  });
});

describe('randomPermutation', () => {
  it('returns each index once and is reproducible', () => {
    const p = randomPermutation(50, mulberry32(3));
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(randomPermutation(50, mulberry32(3))).toEqual(p);
  });
});
