import { boxOf, type PrimBox, type PrimTrajectory } from './prim';

/**
 * Drops the restrictions a box does not need: a dimension goes back to the data's full range when
 * that costs no density (the box then holds at least as high a share of cases of interest) or no
 * more than `tolerance` of it. Greedy peeling restricts a dimension whenever doing so helps a
 * little, often by chance on a dimension that plays no part; Bryant & Lempert (2010, §3.2) and
 * the EMA Workbench's `drop_restriction` undo such restrictions for a box a reader can trust.
 * Dimensions are tried in order, lowest first; each drop is kept before the next is tried.
 */
export function primTrim(x: readonly (readonly number[])[], interesting: readonly boolean[], t: PrimTrajectory, box: PrimBox, tolerance = 0): PrimBox {
  if (!(tolerance >= 0 && tolerance < 1)) throw new RangeError(`tolerance must be in [0, 1), got ${tolerance}`);
  let current = box;
  for (const j of box.restricted) {
    const limits = current.limits.map((l, d) => (d === j ? { ...t.range[j] } : l));
    const inside: number[] = [];
    for (let i = 0; i < x.length; i++) if (limits.every((l, d) => x[i][d] >= l.lo && x[i][d] <= l.hi)) inside.push(i);
    const wider = boxOf(box.step, limits, t.range, inside, interesting, t.total, t.totalInteresting);
    if (wider.density >= current.density * (1 - tolerance)) current = wider;
  }
  return current;
}
