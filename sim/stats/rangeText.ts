/** A range as mathematicians write it: [0, 1], [0, ∞) or (−∞, ∞). */
export function rangeText([lo, hi]: readonly [number, number]): string {
  const end = (x: number) => (x === Infinity ? '∞' : x === -Infinity ? '−∞' : String(x));
  return `${Number.isFinite(lo) ? '[' : '('}${end(lo)}, ${end(hi)}${Number.isFinite(hi) ? ']' : ')'}`;
}
