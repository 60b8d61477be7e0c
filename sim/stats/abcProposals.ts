import { normalQuantile } from './normalQuantile';
import { abcKernel } from './abcKernel';
import type { AbcPopulation, AbcProposal, AbcSettings } from './abcTypes';
import { mix32, tickKey, uniformFrom } from '../random/hash';

/** Proposals that fall outside the prior box are redrawn up to this many times. */
const MAX_ATTEMPTS = 1_000;

/** The key of one generation's draws: a content hash of (seed, generation). */
export function abcGenerationKey(seed: number, generation: number): number {
  return tickKey(mix32(seed ^ 0x0abc5eed), generation);
}

/**
 * The proposals of one generation. Proposal j's numbers are hashes of (seed, generation, j)
 * (sim/random/hash.ts), so it is the same whichever worker simulates it and in whatever order,
 * and asking for more adds proposals without changing the first ones. Generation 0 samples
 * the uniform prior; later ones pick an ancestor by weight and perturb it with the kernel of
 * abcKernel, redrawing (with fresh keyed numbers) until the point lies in the prior box. Should
 * MAX_ATTEMPTS draws all fall outside, the ancestor itself is proposed, which lies inside.
 */
export function abcProposals(settings: AbcSettings, generation: number, previous: AbcPopulation | undefined, from: number, count: number): AbcProposal[] {
  const { ranges } = settings;
  // Nothing to perturb: every run of the last generation was infinitely far (none could give the targets' values).
  if (previous && previous.points.length === 0) throw new Error(`generation ${previous.generation} kept no particles: no run gave a finite distance to the targets`);
  const k = ranges.length;
  const key = abcGenerationKey(settings.seed, generation);
  const kernel = previous ? abcKernel(previous, ranges) : [];
  const cumulative: number[] = [];
  if (previous) previous.weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const slots = k + 1;
  const out: AbcProposal[] = [];
  for (let j = from; j < from + count; j++) {
    const tk = tickKey(key, j);
    // Open (0, 1): a normal quantile of exactly 0 would be −∞.
    const u = (slot: number) => uniformFrom(tk, slot) + 2 ** -33;
    let point: number[];
    if (!previous) point = ranges.map((r, d) => r.lo + (r.hi - r.lo) * u(d + 1));
    else point = perturbed(previous, cumulative, kernel, settings, u, slots);
    out.push({ generation, index: j, point, seed: mix32(tk ^ 0x85ebca6b) });
  }
  return out;
}

function perturbed(
  previous: AbcPopulation,
  cumulative: readonly number[],
  kernel: readonly number[],
  settings: AbcSettings,
  u: (slot: number) => number,
  slots: number,
): number[] {
  const { ranges } = settings;
  const k = ranges.length;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const base = attempt * slots;
    const ancestor = previous.points[pickByWeight(cumulative, u(base))];
    const z = Array.from({ length: k }, (_, d) => normalQuantile(u(base + d + 1)));
    const point = ancestor.map((x, a) => {
      let s = x;
      for (let b = 0; b <= a; b++) s += kernel[a * k + b] * z[b];
      return s;
    });
    if (point.every((x, d) => x >= ranges[d].lo && x <= ranges[d].hi)) return point;
  }
  return [...previous.points[pickByWeight(cumulative, u(0))]];
}

/** The first index whose cumulative weight exceeds u × total (binary search). */
function pickByWeight(cumulative: readonly number[], u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
