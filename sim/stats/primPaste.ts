import { boxOf, type PrimBox, type PrimLimit, type PrimTrajectory } from './prim';

/**
 * Friedman & Fisher's pasting (1999, §3): peeling is greedy and may cut too deep, so the chosen
 * box is widened again, one face at a time, by the `alpha` share of its points that lie just
 * outside that face (and inside every other limit), for as long as a widening raises the density
 * (or keeps it and adds cases of interest). Ties go to the lower dimension, then the lower face.
 */
export function primPaste(x: readonly (readonly number[])[], interesting: readonly boolean[], t: PrimTrajectory, box: PrimBox, alpha = 0.05): PrimBox {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  let limits = box.limits;
  let inside = insideOf(x, limits);
  let hits = box.interesting;
  for (;;) {
    const m = Math.max(1, Math.floor(alpha * inside.length));
    let best: { limits: PrimLimit[]; inside: number[]; hits: number } | undefined;
    for (let j = 0; j < limits.length; j++) {
      for (const face of ['lo', 'hi'] as const) {
        // Points outside only this face, nearest first (ties by index).
        const others = limits.map((l, d) => (d === j ? { lo: -Infinity, hi: Infinity } : l));
        const outside = insideOf(x, others).filter((i) => (face === 'lo' ? x[i][j] < limits[j].lo : x[i][j] > limits[j].hi));
        if (outside.length === 0) continue;
        outside.sort((a, b) => (face === 'lo' ? x[b][j] - x[a][j] : x[a][j] - x[b][j]) || a - b);
        const cut = x[outside[Math.min(m, outside.length) - 1]][j];
        const wider = limits.map((l, d) => (d === j ? { ...l, [face]: cut } : l));
        const now = insideOf(x, wider);
        const h = now.reduce((s, i) => s + (interesting[i] ? 1 : 0), 0);
        const reference = best ?? { hits, inside };
        // Density h/now against the reference's, as integer cross-products.
        const denser = h * reference.inside.length > reference.hits * now.length;
        const asDense = h * reference.inside.length === reference.hits * now.length && h > reference.hits;
        if (denser || asDense) best = { limits: wider, inside: now, hits: h };
      }
    }
    if (!best) break;
    ({ limits, inside, hits } = best);
  }
  return boxOf(box.step, limits, t.range, inside, interesting, t.total, t.totalInteresting);
}

function insideOf(x: readonly (readonly number[])[], limits: readonly PrimLimit[]): number[] {
  const kept: number[] = [];
  for (let i = 0; i < x.length; i++) if (limits.every((l, j) => x[i][j] >= l.lo && x[i][j] <= l.hi)) kept.push(i);
  return kept;
}
