import { describe, expect, it } from 'vitest';
import { JOE_KUO_DIRECTIONS, SOBOL_MAX_DIMENSION, sobolSequence } from '../../sim/stats';
import { mulberry32 } from './seededRandom';

/** Multiplicative order of x modulo the GF(2) polynomial `poly` of degree s. */
function orderOfX(poly: number, s: number): number {
  let power = 1;
  for (let order = 1; order <= 2 ** s; order++) {
    power <<= 1;
    if (power & (1 << s)) power ^= poly;
    if (power === 1) return order;
  }
  return Infinity;
}

describe('Joe–Kuo direction numbers', () => {
  it('cover 40 dimensions', () => {
    expect(SOBOL_MAX_DIMENSION).toBe(40);
  });

  it('use distinct primitive polynomials, guarding against transcription slips', () => {
    const seen = new Set<number>();
    for (const [s, a] of JOE_KUO_DIRECTIONS) {
      const poly = (1 << s) | (a << 1) | 1;
      expect(orderOfX(poly, s)).toBe(2 ** s - 1);
      expect(seen.has(poly)).toBe(false);
      seen.add(poly);
    }
  });

  it('start from odd m_i < 2^i', () => {
    for (const [s, , ...m] of JOE_KUO_DIRECTIONS) {
      expect(m).toHaveLength(s);
      m.forEach((mi, i) => {
        expect(mi % 2).toBe(1);
        expect(mi).toBeLessThan(2 ** (i + 1));
      });
    }
  });
});

describe('sobolSequence', () => {
  it('reproduces scipy.stats.qmc.Sobol(scramble=False): the first points', () => {
    expect(sobolSequence(8, 3)).toEqual([
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
    ]);
  });

  it('reproduces scipy in high dimensions: rows 1000 and 1023 of the 40-dimensional sequence', () => {
    const points = sobolSequence(1024, 40);
    expect(points[1023].slice(0, 8)).toEqual([
      0.0009765625, 0.7529296875, 0.6123046875, 0.1455078125, 0.1865234375, 0.4384765625, 0.1396484375,
      0.6181640625,
    ]);
    expect(points[1000].slice(30, 40)).toEqual([
      0.1474609375, 0.1455078125, 0.2958984375, 0.5927734375, 0.8017578125, 0.7705078125, 0.8486328125,
      0.8310546875, 0.3076171875, 0.4794921875,
    ]);
  });

  it('puts exactly one of the first 2^m points in each interval [j/2^m, (j+1)/2^m) of every axis, shifted or not', () => {
    const n = 256;
    for (const rand of [undefined, mulberry32(4)]) {
      const points = sobolSequence(n, 40, rand);
      for (let d = 0; d < 40; d++) {
        const cells = points.map((p) => Math.floor(p[d] * n)).sort((x, y) => x - y);
        expect(cells).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }
  });

  it('applies a reproducible random digital shift that moves the origin', () => {
    const shifted = sobolSequence(4, 2, mulberry32(10));
    expect(shifted).toEqual(sobolSequence(4, 2, mulberry32(10)));
    expect(shifted[0]).not.toEqual([0, 0]);
    for (const x of shifted.flat()) expect(x >= 0 && x < 1).toBe(true);
  });

  it('refuses dimensions it has no direction numbers for', () => {
    expect(() => sobolSequence(4, 41)).toThrow(RangeError);
  });
});
