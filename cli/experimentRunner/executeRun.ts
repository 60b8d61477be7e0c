import { observeEachMonth, type MetricRow } from '../../sim/model/run.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import { applySets } from '../../sim/scenario/setPath.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { varyEdit } from './parseVary.ts';
import { writePart } from './partFile.ts';
import { rowLines } from './rows.ts';

/** Thrown between months when the run is asked to stop (Ctrl-C); nothing of the run is written. */
export class Stopped extends Error {}

/** The scenario input of a run: the experiment's input with the run's point applied. */
export function runInput(input: Record<string, unknown>, run: RunSpec): Record<string, unknown> {
  const names = Object.keys(run.point);
  const drawn = run.posterior?.parameters ?? {};
  if (names.length === 0 && Object.keys(drawn).length === 0) return input;
  const edited = structuredClone(input);
  applySets(edited, names.map((n) => varyEdit(n, run.point[n])), 'varied by the experiment', '--vary');
  applySets(edited, Object.keys(drawn).map((n) => varyEdit(n, drawn[n])), 'drawn from the posterior', '--posterior');
  return edited;
}

function scenarioOf(run: RunSpec, input: Record<string, unknown>): Scenario {
  const resolved = validateScenario(run.label, runInput(input, run));
  if (!resolved.scenario) throw new Error(resolved.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
  return resolved.scenario;
}

/** Runs one experiment run and writes its rows to its part file, in a worker thread. */
export function executeRun(dir: string, run: RunSpec, input: Record<string, unknown>, pointNames: readonly string[]): void {
  const sim = new Simulation(scenarioOf(run, input), { seed: run.seed, replicate: run.replicate });
  let text = '';
  for (const rows of observeEachMonth(sim)) text += rowLines(run, pointNames, rows as MetricRow[]);
  writePart(dir, run, text);
}

/**
 * The same run in this thread, yielding to the event loop after every month so Ctrl-C can stop a
 * long national run between months (the rows are the same: yielding draws no random numbers).
 */
export async function executeRunHere(
  dir: string,
  run: RunSpec,
  input: Record<string, unknown>,
  pointNames: readonly string[],
  shouldStop: () => boolean,
  onMonth: (tick: number, horizon: number) => void = () => {},
): Promise<void> {
  const sim = new Simulation(scenarioOf(run, input), { seed: run.seed, replicate: run.replicate });
  let text = '';
  for (const rows of observeEachMonth(sim)) {
    text += rowLines(run, pointNames, rows);
    onMonth(sim.tick, sim.horizon);
    await new Promise((resolve) => setImmediate(resolve));
    if (shouldStop()) throw new Stopped();
  }
  writePart(dir, run, text);
}
