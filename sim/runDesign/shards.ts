import type { RunSpec } from './runSpec.ts';

/**
 * Which shard (1 to n) each run of an experiment belongs to, balancing the estimated work: runs
 * are taken from the costliest down (ties by id, their content hash) and each goes to the shard
 * with the least work so far (ties to the lowest number), the longest-processing-time rule
 * (Graham 1969, within 4/3 of the best makespan). It depends only on the experiment's runs and
 * costs, never on their order, so every shard of a Slurm array computes the same split, and runs of
 * equal cost are dealt out evenly (shard sizes differ by at most one).
 */
export function shardAssignment(runs: readonly RunSpec[], costOf: (run: RunSpec) => number, n: number): Map<string, number> {
  const order = runs
    .map((run) => ({ run, cost: costOf(run) }))
    .sort((a, b) => b.cost - a.cost || (a.run.id < b.run.id ? -1 : a.run.id > b.run.id ? 1 : 0));
  const load = new Float64Array(n);
  const shardOf = new Map<string, number>();
  for (const { run, cost } of order) {
    let least = 0;
    for (let k = 1; k < n; k++) if (load[k] < load[least]) least = k;
    load[least] += cost;
    shardOf.set(run.id, least + 1);
  }
  return shardOf;
}
