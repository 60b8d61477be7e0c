import { observeEachMonth, type MetricRow } from '../sim/model/run.ts';
import { Simulation } from '../sim/model/simulation.ts';
import type { Scenario } from '../sim/scenario/schema.ts';

export interface ReplicateOptions {
  seed: number;
  replicates: number;
  /** Each tick's rows (tick 0, the start, included), replicate by replicate, tick by tick. */
  onRows: (replicate: number, rows: MetricRow[]) => void;
  onTick: (replicate: number, tick: number) => void;
  /** Checked between ticks; a true answer stops the run with `Stopped`. */
  shouldStop: () => boolean;
}

export class Stopped extends Error {}

/**
 * Runs replicates 0..n-1 one after another, as `runReplicate` does, but yields to the event loop
 * after every month: that is what lets Ctrl-C stop a long national run and clean up after it.
 * Replicate k's random streams are keyed by (seed, k), so its rows do not depend on how many
 * replicates are run.
 */
export async function runReplicates(scenario: Scenario, o: ReplicateOptions): Promise<void> {
  for (let replicate = 0; replicate < o.replicates; replicate++) {
    const sim = new Simulation(scenario, { seed: o.seed, replicate });
    for (const rows of observeEachMonth(sim)) {
      o.onRows(replicate, rows);
      if (sim.tick === 0) continue;
      o.onTick(replicate, sim.tick);
      await new Promise((resolve) => setImmediate(resolve));
      if (o.shouldStop()) throw new Stopped();
    }
  }
}
