/**
 * PRIM, the patient rule induction method (Friedman & Fisher 1999, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9:123), as scenario discovery uses it
 * (Bryant & Lempert 2010, Technological Forecasting & Social Change 77:34): find a box of inputs
 * in which the cases of interest are concentrated, by peeling a small fraction of the points off
 * one face of the box at a time, always the face whose removal leaves the highest share of cases
 * of interest inside.
 *
 * Deterministic: no random numbers; ties between faces go to the lower dimension, then the lower
 * face; shares are compared as exact integer cross-products, so the trajectory is the same on
 * every machine. Only comparisons, sums and one floor are used (no transcendental maths).
 */

/** One face pair of a box: a point is inside when lo <= x <= hi on every dimension. */
export interface PrimLimit {
  lo: number;
  hi: number;
}

/** A box and how well it picks out the cases of interest. */
export interface PrimBox {
  /** Position in the peeling trajectory (0 = the whole data set). */
  step: number;
  limits: PrimLimit[];
  /** Dimensions whose limits are narrower than the data's range, in dimension order. */
  restricted: number[];
  /** Points inside the box, and how many of them are cases of interest. */
  count: number;
  interesting: number;
  /** Share of all cases of interest that fall inside (NaN when there are none at all). */
  coverage: number;
  /** Share of the points inside that are cases of interest. */
  density: number;
  /** Share of all points that fall inside. */
  mass: number;
}

export interface PrimOptions {
  /** Fraction of the points inside the box peeled off at each step (default 0.05, Friedman & Fisher's). */
  peelAlpha?: number;
  /** Peeling stops before the box would hold less than this share of the points (default 0.05). */
  minMass?: number;
}

export interface PrimTrajectory {
  /** Every box from the whole data set down to the smallest allowed, in peeling order. */
  boxes: PrimBox[];
  /** The data's range on each dimension: the limits of an unrestricted box. */
  range: PrimLimit[];
  total: number;
  totalInteresting: number;
}

/**
 * The peeling trajectory of PRIM over points `x` (one row per point, one column per dimension)
 * with `interesting[i]` marking the cases of interest.
 */
export function primPeel(x: readonly (readonly number[])[], interesting: readonly boolean[], options: PrimOptions = {}): PrimTrajectory {
  const alpha = options.peelAlpha ?? 0.05;
  const minMass = options.minMass ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`peelAlpha must be in (0, 1), got ${alpha}`);
  if (!(minMass >= 0 && minMass < 1)) throw new RangeError(`minMass must be in [0, 1), got ${minMass}`);
  if (interesting.length !== x.length) throw new RangeError(`${x.length} points but ${interesting.length} labels`);
  const n = x.length;
  const k = n === 0 ? 0 : x[0].length;
  const totalInteresting = interesting.filter(Boolean).length;
  const range = dataRange(x, k);
  let inside = Array.from({ length: n }, (_, i) => i);
  let limits = range.map((r) => ({ ...r }));
  const boxes = [boxOf(0, limits, range, inside, interesting, n, totalInteresting)];
  for (;;) {
    const peel = bestPeel(x, interesting, inside, limits, Math.max(1, Math.floor(alpha * inside.length)));
    // The box may not shrink below the minimum mass: n·minMass compared without rounding it.
    if (!peel || peel.kept.length < minMass * n) break;
    inside = peel.kept;
    limits = peel.limits;
    boxes.push(boxOf(boxes.length, limits, range, inside, interesting, n, totalInteresting));
  }
  return { boxes, range, total: n, totalInteresting };
}

/** Candidate peel of one face: the points kept and the box's new limits. */
interface Peel {
  kept: number[];
  limits: PrimLimit[];
  interesting: number;
}

/**
 * Of the 2k faces, the peel that leaves the highest share of cases of interest. A face's peel
 * removes the `m` most extreme points on that dimension, and with them every point that ties with
 * the m-th (a limit cannot separate equal values, and keeping the ties would leave a grid or an
 * integer parameter unpeelable whenever a level holds more than m points, Friedman & Fisher 1999
 * §2.1); a face whose m-th point ties with the far end cannot be peeled.
 */
function bestPeel(x: readonly (readonly number[])[], interesting: readonly boolean[], inside: number[], limits: PrimLimit[], m: number): Peel | undefined {
  let best: Peel | undefined;
  for (let j = 0; j < limits.length; j++) {
    const order = [...inside].sort((a, b) => x[a][j] - x[b][j] || a - b);
    if (m >= order.length) continue;
    const lowest = x[order[m - 1]][j];
    const highest = x[order[order.length - m]][j];
    for (const face of ['lo', 'hi'] as const) {
      // Keep the points strictly beyond the m-th most extreme value; the new limit is the nearest kept value.
      const kept = inside.filter((i) => (face === 'lo' ? x[i][j] > lowest : x[i][j] < highest));
      if (kept.length === 0) continue;
      let cut = face === 'lo' ? Infinity : -Infinity;
      for (const i of kept) cut = face === 'lo' ? Math.min(cut, x[i][j]) : Math.max(cut, x[i][j]);
      const hits = kept.reduce((s, i) => s + (interesting[i] ? 1 : 0), 0);
      // hits/kept > best.hits/best.kept, as integers so no rounding can reorder candidates.
      if (!best || hits * best.kept.length > best.interesting * kept.length) {
        best = { kept, interesting: hits, limits: limits.map((l, d) => (d === j ? { ...l, [face]: cut } : l)) };
      }
    }
  }
  return best;
}

function dataRange(x: readonly (readonly number[])[], k: number): PrimLimit[] {
  return Array.from({ length: k }, (_, j) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const row of x) {
      if (row[j] < lo) lo = row[j];
      if (row[j] > hi) hi = row[j];
    }
    return { lo, hi };
  });
}

/** The statistics of the box with these limits holding these points. */
export function boxOf(step: number, limits: PrimLimit[], range: PrimLimit[], inside: readonly number[], interesting: readonly boolean[], total: number, totalInteresting: number): PrimBox {
  const hits = inside.reduce((s, i) => s + (interesting[i] ? 1 : 0), 0);
  return {
    step,
    limits,
    restricted: limits.flatMap((l, j) => (l.lo > range[j].lo || l.hi < range[j].hi ? [j] : [])),
    count: inside.length,
    interesting: hits,
    coverage: totalInteresting === 0 ? NaN : hits / totalInteresting,
    density: inside.length === 0 ? NaN : hits / inside.length,
    mass: total === 0 ? NaN : inside.length / total,
  };
}
