/**
 * Counter-based randomness: a uniform number is a hash of (stream key, a, b), usually
 * (key, tick, official). The draw for "does official i leave at tick t" is then the same in every
 * scenario that shares the seed, whatever else happened before it: common random numbers by
 * construction (Salmon et al. 2011, "Parallel random numbers: as easy as 1, 2, 3").
 *
 * mix32 is the "lowbias32" integer finaliser published by Chris Wellons (hash-prospector), an
 * improvement on MurmurHash3's fmix32; three chained rounds decorrelate neighbouring counters.
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const INV_2_32 = 1 / 4294967296;

/** The part of a draw's hash fixed by (key, a): hoisted out of loops over b. */
export function tickKey(key: number, a: number): number {
  return mix32(key ^ mix32(a + 0x9e3779b9));
}

/** A uniform number in [0, 1) for b under a key made by tickKey. */
export function uniformFrom(tk: number, b: number): number {
  return mix32(tk ^ mix32(b + 0x632be5ab)) * INV_2_32;
}

/** A uniform number in [0, 1) determined by (key, a, b) alone. */
export function uniformAt(key: number, a: number, b: number): number {
  return uniformFrom(tickKey(key, a), b);
}
