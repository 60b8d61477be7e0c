import { normalQuantile } from './normalQuantile';
import { tQuantile } from './tQuantile';

/**
 * Smallest number of replicates n ≥ 2 whose t-based confidence half-width,
 * t_{(1+level)/2, n−1}·sd/√n, is at most `targetHalfWidth`, taking `sd` as
 * known (usually from a pilot run). Because t itself depends on n there is no
 * closed form; start from the normal-theory n = ⌈(z·sd/target)²⌉, which can
 * only undershoot since t > z, and step up until the t criterion holds
 * (the classic two-stage sample-size procedure, e.g. Law, "Simulation
 * Modeling and Analysis", 5th ed., §9.4.1).
 *
 * Returns 2 when sd = 0 (the interval needs two points to exist at all) and
 * Infinity when no finite n can work (target ≤ 0 with sd > 0, or sd not finite).
 */
export function replicatesNeeded(sd: number, targetHalfWidth: number, level = 0.95): number {
  if (!(sd >= 0) || sd === Infinity || !(level > 0 && level < 1) || Number.isNaN(targetHalfWidth)) {
    return Infinity;
  }
  if (sd === 0) return 2;
  if (!(targetHalfWidth > 0)) return Infinity;
  const p = (1 + level) / 2;
  const ratio = sd / targetHalfWidth;
  const normalN = normalQuantile(p) * ratio;
  let n = Math.max(2, Math.ceil(normalN * normalN));
  if (!Number.isFinite(n) || n > Number.MAX_SAFE_INTEGER) return Infinity;
  while ((tQuantile(p, n - 1) * ratio) / Math.sqrt(n) > 1) n++;
  return n;
}
