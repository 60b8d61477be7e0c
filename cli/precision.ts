import { replicatesNeeded } from '../sim/stats/index.ts';

/** An interval is precise enough when its 95% half-width is within 5% of its mean... */
const RELATIVE = 0.05;
/** ...or within 0.005 on the 0–1 indices (a mean near zero would otherwise never be precise). */
const ABSOLUTE = 0.005;

/**
 * Whether an end-of-horizon interval across replicates is precise enough, and if not, about how
 * many replicates would make it so. Metrics in money have no absolute floor.
 */
export function precision(metric: string, ci: { n: number; mean: number; sd: number; halfWidth: number }): { enough: boolean; needed: number } {
  const target = Math.max(RELATIVE * Math.abs(ci.mean), metric === 'cumulativeCost' || metric === 'cost' ? 0 : ABSOLUTE);
  // One replicate has no interval: never enough, and the spread to size more from is unknown.
  if (ci.n < 2) return { enough: false, needed: 2 };
  const enough = ci.halfWidth <= target;
  return { enough, needed: enough ? ci.n : replicatesNeeded(ci.sd, target, 0.95) };
}
