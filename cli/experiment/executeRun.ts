import { runReplicate, type MetricRow } from '../../sim/model/run.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import { applySets } from '../../sim/scenario/setPath.ts';
import type { RunSpec } from '../../sim/experiment/runSpec.ts';
import { writePart } from './partFile.ts';
import { rowLines } from './rows.ts';

/** The scenario input of a run: the experiment's input with the run's point applied. */
export function runInput(input: Record<string, unknown>, run: RunSpec): Record<string, unknown> {
  const names = Object.keys(run.point);
  if (names.length === 0) return input;
  const edited = structuredClone(input);
  applySets(edited, names.map((n) => `${n}=${run.point[n]}`), 'varied by the experiment');
  return edited;
}

/** Runs one experiment run and writes its rows to its part file. Same code in workers and in-process. */
export function executeRun(dir: string, run: RunSpec, input: Record<string, unknown>, pointNames: readonly string[]): void {
  const resolved = validateScenario(run.label, runInput(input, run));
  if (!resolved.scenario) {
    throw new Error(resolved.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
  }
  let text = '';
  runReplicate(resolved.scenario, {
    seed: run.seed,
    replicate: run.replicate,
    onRows: (rows: MetricRow[]) => (text += rowLines(run, pointNames, rows)),
  });
  writePart(dir, run, text);
}
