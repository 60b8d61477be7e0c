import type { World } from './world.ts';

/**
 * One bit per slot, set where the attrition scan must stop and look: the slot is vacant (a vacancy
 * to list) or holds an official back from a placement nobody recognised (who may leave at the extra
 * hazard). Every other slot can only lose its official as a base-rate leaver, and those are found
 * by skip sampling, so the scan reads 32 slots a word instead of every slot (issue 13). Kept by
 * `watch`, which whoever changes `occupied` or `unrecognised` calls; invariants.ts checks every bit.
 */
export function watch(w: World, i: number): void {
  const { off } = w;
  const bit = 1 << (i & 31);
  if (off.occupied[i] === 0 || off.unrecognised[i] === 1) off.attritionWatch[i >> 5] |= bit;
  else off.attritionWatch[i >> 5] &= ~bit;
}

/** Whether slot i's bit is set. */
export function watched(words: Uint32Array, i: number): boolean {
  return (words[i >> 5] & (1 << (i & 31))) !== 0;
}

/** The first watched slot at or after i and before end, or end. */
export function nextWatched(words: Uint32Array, i: number, end: number): number {
  let word = i >> 5;
  let bits = words[word] & (-1 << (i & 31));
  while (bits === 0) {
    word++;
    if (word << 5 >= end) return end;
    bits = words[word];
  }
  const j = (word << 5) + 31 - Math.clz32(bits & -bits);
  return j < end ? j : end;
}
