import type { PrimBox, PrimTrajectory } from './prim';

export interface PrimSelection {
  /** Boxes must hold at least this share of the cases of interest (default 0.8). */
  minCoverage?: number;
  /** Take this step of the trajectory instead of choosing one. */
  step?: number;
}

/**
 * The box to report from a peeling trajectory: a chosen step, or the densest box that still
 * covers at least `minCoverage` of the cases of interest, the coverage–density trade-off of
 * Bryant & Lempert (2010, §3). Among equally dense boxes the earlier (wider, fewer restricted
 * dimensions) wins. Undefined when there are no cases of interest: no box can describe them.
 */
export function primSelect(t: PrimTrajectory, o: PrimSelection = {}): PrimBox | undefined {
  if (o.step !== undefined) {
    if (!Number.isInteger(o.step) || o.step < 0 || o.step >= t.boxes.length) throw new RangeError(`step must be a whole number from 0 to ${t.boxes.length - 1}, got ${o.step}`);
    return t.boxes[o.step];
  }
  if (t.totalInteresting === 0) return undefined;
  const minCoverage = o.minCoverage ?? 0.8;
  let best: PrimBox | undefined;
  for (const b of t.boxes) {
    // Coverage is compared as counts (interesting >= minCoverage · total) so no rounding moves the cut.
    if (b.interesting < minCoverage * t.totalInteresting) continue;
    if (!best || b.interesting * best.count > best.interesting * b.count) best = b;
  }
  return best;
}
