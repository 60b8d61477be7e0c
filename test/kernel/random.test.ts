import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { mix32, tickKey, uniformAt, uniformFrom } from '../../sim/random/hash.ts';
import { Draws, streamKey } from '../../sim/random/streams.ts';

/** lowbias32 written independently with exact integer arithmetic (Wellons, hash-prospector). */
function lowbias32(x: bigint): bigint {
  const M = 0xffffffffn;
  x ^= x >> 16n;
  x = (x * 0x7feb352dn) & M;
  x ^= x >> 15n;
  x = (x * 0x846ca68bn) & M;
  x ^= x >> 16n;
  return x;
}

/** Pearson's chi-square statistic of values in [0, 1) against `bins` equal bins. */
function chiSquare(values: ArrayLike<number>, bins: number): number {
  const counts = new Float64Array(bins);
  for (let j = 0; j < values.length; j++) counts[Math.floor(values[j] * bins)]++;
  const expected = values.length / bins;
  return counts.reduce((a, c) => a + ((c - expected) * (c - expected)) / expected, 0);
}

describe('counter-based uniforms', () => {
  const N = 100_000;
  const draws = Float64Array.from({ length: N }, (_, b) => uniformAt(0x9e3779b9, 17, b));

  it('are the lowbias32 finaliser: mix32 agrees with an exact-integer version', () => {
    for (const x of [0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff, 123456789]) expect(mix32(x)).toBe(Number(lowbias32(BigInt(x))));
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).toBe(1753845952);
  });

  it('lie in [0, 1)', () => {
    let min = 1;
    let max = 0;
    for (const u of draws) {
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(uniformAt(0xffffffff, 0xffffffff, 0xffffffff)).toBeLessThan(1);
  });

  it('are uniform: chi-square over 100 bins of 100,000 draws below 148.2 (p = 0.001, 99 df)', () => {
    expect(chiSquare(draws, 100)).toBeLessThan(148.2);
    // And across ticks for one official, the other axis a process walks along.
    expect(chiSquare(Float64Array.from({ length: N }, (_, t) => uniformAt(0x9e3779b9, t, 17)), 100)).toBeLessThan(148.2);
  });

  it('are uncorrelated between neighbouring officials: |r| < 0.01 over 100,000 pairs', () => {
    let sxy = 0;
    let sx = 0;
    let sxx = 0;
    for (let b = 0; b < N - 1; b++) {
      sxy += draws[b] * draws[b + 1];
      sx += draws[b];
      sxx += draws[b] * draws[b];
    }
    const n = N - 1;
    const r = (sxy / n - (sx / n) ** 2) / (sxx / n - (sx / n) ** 2);
    expect(Math.abs(r)).toBeLessThan(0.01);
  });

  it('hoist the tick: uniformFrom(tickKey(key, a), b) is uniformAt(key, a, b)', () => {
    expect(uniformFrom(tickKey(42, 7), 99)).toBe(uniformAt(42, 7, 99));
    expect(uniformAt(12345, 1, 2)).toBe(0.9263885181862861);
  });
});

describe('streamKey', () => {
  it('derives a key from the content "capflow/seed/replicate/name" and nothing else', () => {
    expect(streamKey(1, 0, 'attrition')).toBe(395550819);
    expect(streamKey(1, 0, 'attrition')).toBe(seedrandom('capflow/1/0/attrition').int32() >>> 0);
  });

  it('differs by name, by seed and by replicate', () => {
    const keys = [streamKey(1, 0, 'attrition'), streamKey(1, 0, 'hiring'), streamKey(2, 0, 'attrition'), streamKey(1, 1, 'attrition')];
    expect(new Set(keys).size).toBe(4);
  });
});

describe('Draws', () => {
  it('repeats its sequence after a reset to the same (stream, tick, subject), and differs for another subject', () => {
    const d = new Draws();
    d.reset(11, 3, 8);
    const a = Array.from({ length: 5 }, () => d.next());
    d.reset(11, 3, 8);
    const b = Array.from({ length: 5 }, () => d.next());
    d.reset(11, 3, 9);
    const c = Array.from({ length: 5 }, () => d.next());
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('draws integers in [0, n) evenly and standard normals with mean 0 and sd 1', () => {
    const d = new Draws().reset(5, 0, 0);
    const ints = Array.from({ length: 60_000 }, () => d.int(6));
    expect(Math.min(...ints)).toBe(0);
    expect(Math.max(...ints)).toBe(5);
    for (let v = 0; v < 6; v++) expect(Math.abs(ints.filter((x) => x === v).length / 60_000 - 1 / 6)).toBeLessThan(0.01);
    const normals = Array.from({ length: 40_000 }, () => d.normal());
    const mean = normals.reduce((a, x) => a + x, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((a, x) => a + (x - mean) ** 2, 0) / normals.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
  });
});
