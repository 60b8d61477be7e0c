import type { Scenario } from '../scenario/schema.ts';
import { dateOfTick } from './compile.ts';
import { METRICS } from './metrics.ts';
import { Simulation, type SimulationOptions } from './simulation.ts';

export interface MetricRow {
  tick: number;
  date: string;
  metric: string;
  group: string;
  value: number;
}

/** Samples every metric of the world now; observing draws no random numbers and changes nothing. */
export function observe(sim: Simulation, names: readonly string[] = Object.keys(METRICS)): MetricRow[] {
  const w = sim.world;
  const date = dateOfTick(w.scenario.start, sim.tick);
  const rows: MetricRow[] = [];
  for (const metric of names) {
    METRICS[metric].reduce(w, (group, value) => rows.push({ tick: sim.tick, date, metric, group, value }));
  }
  return rows;
}

export interface RunOptions extends SimulationOptions {
  /** Called with each tick's rows, tick 0 (the start) included. */
  onRows?: (rows: MetricRow[]) => void;
  /** Called after each tick, for progress. */
  onTick?: (tick: number, ticks: number) => void;
  metrics?: readonly string[];
}

/**
 * A replicate month by month: the start's rows, then each month's after it is simulated. Callers
 * that must pause between months (to let Ctrl-C in) iterate it themselves; runReplicate does not.
 */
export function* observeEachMonth(sim: Simulation, metrics?: readonly string[]): Generator<MetricRow[]> {
  yield observe(sim, metrics);
  while (!sim.done) {
    sim.step();
    yield observe(sim, metrics);
  }
}

/** Runs one replicate to the horizon, handing rows to the caller as they are made. */
export function runReplicate(scenario: Scenario, options: RunOptions = {}): Simulation {
  const sim = new Simulation(scenario, options);
  for (const rows of observeEachMonth(sim, options.metrics)) {
    options.onRows?.(rows);
    if (sim.tick > 0) options.onTick?.(sim.tick, sim.horizon);
  }
  return sim;
}
