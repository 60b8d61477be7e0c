import { runReplicate, type MetricRow } from '../../sim/model/run.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import type { RunSpec } from '../../sim/experiment/runSpec.ts';
import { writePart } from './partFile.ts';
import { rowLines } from './rows.ts';

/** Runs one experiment run and writes its rows to its part file. Same code in workers and in-process. */
export function executeRun(dir: string, run: RunSpec, pointNames: readonly string[]): void {
  const resolved = validateScenario(run.label, run.input);
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
