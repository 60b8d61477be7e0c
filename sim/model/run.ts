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

/** Runs one replicate to the horizon, handing rows to the caller as they are made. */
export function runReplicate(scenario: Scenario, options: RunOptions = {}): Simulation {
  const sim = new Simulation(scenario, options);
  options.onRows?.(observe(sim, options.metrics));
  while (!sim.done) {
    sim.step();
    options.onRows?.(observe(sim, options.metrics));
    options.onTick?.(sim.tick, sim.horizon);
  }
  return sim;
}
