import type { DesignPoint, FactorRange } from './types';

/**
 * A one-factor-at-a-time design (the "extended OFAT" ten Broeke, van Voorn and Ligtenberg 2016,
 * JASSS 19(1):5, recommend before global methods: each parameter over its whole range, not a
 * small step): first the baseline point, then for each factor in turn `levels` evenly spaced
 * values from lo to hi (both ends included), or the factor's own listed `values` when it has
 * them, with every other factor at its baseline value. A
 * level equal to the baseline repeats the baseline point and is left out, so every point is
 * distinct and each is run once. Interactions are not estimated: only what each factor does alone.
 */
export function oneAtATime(ranges: readonly (FactorRange & { values?: readonly number[] })[], baseline: Readonly<DesignPoint>, levels: number): DesignPoint[] {
  if (!Number.isInteger(levels) || levels < 2) throw new RangeError(`oneAtATime: levels must be a whole number of at least 2, got ${levels}`);
  const start: DesignPoint = {};
  for (const r of ranges) {
    if (!(r.name in baseline)) throw new RangeError(`oneAtATime: no baseline value for "${r.name}"`);
    start[r.name] = baseline[r.name];
  }
  const points: DesignPoint[] = [start];
  const seen = new Set([JSON.stringify(start)]);
  for (const r of ranges) {
    // From the index, not by repeated addition, so the top level is hi exactly; 12 significant
    // digits, as --vary's grids, so 0.6 is written 0.6 and not 0.6000000000000001.
    const values = r.values ?? Array.from({ length: levels }, (_, i) => (i === levels - 1 ? r.hi : Number((r.lo + (i * (r.hi - r.lo)) / (levels - 1)).toPrecision(12))));
    for (const value of values) {
      const point = { ...start, [r.name]: value };
      const key = JSON.stringify(point);
      if (!seen.has(key)) {
        seen.add(key);
        points.push(point);
      }
    }
  }
  return points;
}
