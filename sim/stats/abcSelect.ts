import { exp } from '../math/portable';
import { abcKernel } from './abcKernel';
import { forwardSolve } from './choleskyLower';
import type { AbcPopulation, AbcProposal, AbcSettings } from './abcTypes';

/**
 * A generation's population from its simulated proposals and their distances: the first
 * `particles` proposals, in proposal-index order, within the tolerance `epsilon` (an infinite
 * distance, a run that could not say, is never within it, even of generation 0's), so neither the
 * order results arrive in nor simulations beyond the last one needed can change it.
 * Weights are importance weights prior / proposal density (Beaumont et al. 2009, eq. 3): the
 * prior is uniform on its box, so a particle's weight is 1 / Σⱼ Wⱼ K(θ | θⱼ) over the previous
 * population; generation 0 sampled the prior itself and is equally weighted.
 */
export function abcSelect(
  settings: AbcSettings,
  epsilon: number,
  proposals: readonly AbcProposal[],
  summaries: readonly (readonly number[])[],
  distances: readonly number[],
  previous?: AbcPopulation,
): AbcPopulation {
  const order = proposals
    .map((_, i) => i)
    .filter((i) => Number.isFinite(distances[i]) && distances[i] <= epsilon)
    .sort((a, b) => proposals[a].index - proposals[b].index)
    .slice(0, settings.particles);
  const points = order.map((i) => proposals[i].point);
  const kernel = previous ? abcKernel(previous, settings.ranges) : [];
  const raw = previous ? points.map((p) => 1 / proposalDensity(p, previous, kernel)) : points.map(() => 1);
  const total = raw.reduce((s, w) => s + w, 0);
  const last = order.length === settings.particles ? proposals[order[order.length - 1]].index + 1 : proposals.length;
  return {
    generation: previous ? previous.generation + 1 : 0,
    epsilon,
    simulated: last,
    points,
    weights: raw.map((w) => w / total),
    distances: order.map((i) => distances[i]),
    summaries: order.map((i) => [...summaries[i]]),
    indices: order.map((i) => proposals[i].index),
  };
}

/** Σⱼ Wⱼ exp(−½ |L⁻¹(θ − θⱼ)|²): the kernel mixture's density up to a constant that cancels on normalising. */
function proposalDensity(point: readonly number[], previous: AbcPopulation, kernel: readonly number[]): number {
  const k = point.length;
  let density = 0;
  for (let j = 0; j < previous.points.length; j++) {
    const y = forwardSolve(kernel, k, point.map((x, d) => x - previous.points[j][d]));
    let q = 0;
    for (const v of y) q += v * v;
    density += previous.weights[j] * exp(-0.5 * q);
  }
  return density;
}
