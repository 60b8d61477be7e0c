type TypedArray = Int32Array | Uint8Array | Float32Array;

/** A copy of a typed array at a new length (the growable pools' doubling); new elements are zero. */
export function resized<T extends TypedArray>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a.subarray(0, Math.min(a.length, length)));
  return b;
}
