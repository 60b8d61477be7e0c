import { describe, expect, it } from 'vitest';
import { nextWatched, watched } from '../../sim/model/attritionWatch.ts';

/** A watch bitset over `slots` slots with the given slots set. */
function watching(slots: number, set: readonly number[]): Uint32Array {
  const words = new Uint32Array((slots + 31) >> 5);
  for (const i of set) words[i >> 5] |= 1 << (i & 31);
  return words;
}

describe('the attrition watch', () => {
  it('finds watched slots in order across word boundaries, the top bit of a word included', () => {
    const words = watching(200, [0, 31, 32, 63, 64, 150]);
    const found: number[] = [];
    for (let i = nextWatched(words, 0, 200); i < 200; i = nextWatched(words, i + 1, 200)) found.push(i);
    expect(found).toEqual([0, 31, 32, 63, 64, 150]);
  });

  it('starts from the slot asked for, and answers end when nothing is watched before it', () => {
    const words = watching(200, [10, 100]);
    expect(nextWatched(words, 11, 200)).toBe(100);
    expect(nextWatched(words, 11, 90)).toBe(90);
    expect(nextWatched(words, 101, 200)).toBe(200);
    expect(nextWatched(words, 10, 11)).toBe(10);
  });

  it('reads one slot', () => {
    const words = watching(64, [33]);
    expect([watched(words, 32), watched(words, 33), watched(words, 34)]).toEqual([false, true, false]);
  });
});
