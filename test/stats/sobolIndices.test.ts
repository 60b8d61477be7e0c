import { describe, expect, it } from 'vitest';
import { ishigami, ishigamiIndices, saltelliDesign, scaleToRanges, sobolIndices } from '../../sim/stats';
import { mulberry32 } from './seededRandom';

const PI_RANGES = ['x1', 'x2', 'x3'].map((name) => ({ name, lo: -Math.PI, hi: Math.PI }));

function ishigamiOutputs(points: number[][]): number[] {
  return scaleToRanges(points, PI_RANGES).map((p) => ishigami(p.x1, p.x2, p.x3));
}

describe('ishigamiIndices', () => {
  it('gives the published values for a = 7, b = 0.1', () => {
    const { first, total } = ishigamiIndices();
    expect(first[0]).toBeCloseTo(0.3139, 4);
    expect(first[1]).toBeCloseTo(0.4424, 4);
    expect(first[2]).toBe(0);
    expect(total[0]).toBeCloseTo(0.5576, 4);
    expect(total[1]).toBeCloseTo(0.4424, 4);
    expect(total[2]).toBeCloseTo(0.2437, 4);
  });
});

describe('saltelliDesign', () => {
  const k = 3;
  const N = 16;
  const points = saltelliDesign(k, N, mulberry32(3));

  it('has N(k + 2) rows in block order A, B, AB_0 … AB_{k−1}', () => {
    expect(points).toHaveLength(N * (k + 2));
    const A = points.slice(0, N);
    const B = points.slice(N, 2 * N);
    for (let i = 0; i < k; i++) {
      const ABi = points.slice((2 + i) * N, (3 + i) * N);
      ABi.forEach((row, j) => {
        row.forEach((x, c) => expect(x).toBe(c === i ? B[j][c] : A[j][c]));
      });
    }
  });

  it('is reproducible, and the random sampler works too', () => {
    expect(saltelliDesign(k, N, mulberry32(3))).toEqual(points);
    const random = saltelliDesign(k, N, mulberry32(3), { sampler: 'random' });
    expect(random).toHaveLength(N * (k + 2));
    expect(random).not.toEqual(points);
  });

  it('limits the Sobol sampler to 20 factors', () => {
    expect(() => saltelliDesign(21, 4, mulberry32(1))).toThrow(/sampler: 'random'/);
    expect(saltelliDesign(21, 4, mulberry32(1), { sampler: 'random' })).toHaveLength(4 * 23);
  });
});

describe('sobolIndices on the Ishigami function (a = 7, b = 0.1)', () => {
  const k = 3;
  const N = 2 ** 13;
  const analytic = ishigamiIndices();
  const outputs = ishigamiOutputs(saltelliDesign(k, N, mulberry32(2025)));
  const result = sobolIndices(outputs, k, N, { bootstrap: 300, rand: mulberry32(77) });

  it('estimates S1 = 0.3139, S2 = 0.4424, S3 = 0 within 0.03', () => {
    result.factors.forEach((f, i) => expect(Math.abs(f.first - analytic.first[i])).toBeLessThan(0.03));
  });

  it('estimates ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437 within 0.03', () => {
    result.factors.forEach((f, i) => expect(Math.abs(f.total - analytic.total[i])).toBeLessThan(0.03));
  });

  it('has 95% bootstrap intervals that contain the analytic values', () => {
    result.factors.forEach((f, i) => {
      expect(f.firstCi!.low).toBeLessThanOrEqual(analytic.first[i]);
      expect(f.firstCi!.high).toBeGreaterThanOrEqual(analytic.first[i]);
      expect(f.totalCi!.low).toBeLessThanOrEqual(analytic.total[i]);
      expect(f.totalCi!.high).toBeGreaterThanOrEqual(analytic.total[i]);
    });
  });

  it('estimates the output variance 13.8446', () => {
    expect(result.variance / analytic.variance).toBeCloseTo(1, 1);
  });

  it('also converges with plain pseudo-random base samples (Monte Carlo: looser 0.05)', () => {
    const random = ishigamiOutputs(saltelliDesign(k, N, mulberry32(2025), { sampler: 'random' }));
    const r = sobolIndices(random, k, N);
    r.factors.forEach((f, i) => {
      expect(Math.abs(f.first - analytic.first[i])).toBeLessThan(0.05);
      expect(Math.abs(f.total - analytic.total[i])).toBeLessThan(0.05);
    });
  });

  it('gives identical results for identical seeds', () => {
    const again = sobolIndices(outputs, k, N, { bootstrap: 300, rand: mulberry32(77) });
    expect(again).toEqual(result);
  });
});

describe('sobolIndices edge cases', () => {
  it('omits intervals without rand and reports zeros for a constant output', () => {
    const r = sobolIndices(new Array(2 * 5).fill(4), 3, 2);
    expect(r.variance).toBe(0);
    for (const f of r.factors) {
      expect([f.first, f.total]).toEqual([0, 0]);
      expect(f.firstCi).toBeUndefined();
    }
  });

  it('refuses outputs whose count is not N(k + 2)', () => {
    expect(() => sobolIndices([1, 2, 3], 3, 2)).toThrow(RangeError);
  });

  it('refuses a bootstrap without a random source', () => {
    expect(() => sobolIndices(new Array(10).fill(1), 3, 2, { bootstrap: 10 })).toThrow(RangeError);
  });
});
