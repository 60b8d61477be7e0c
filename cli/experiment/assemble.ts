import type { Experiment } from './experiment.ts';
import { writeComparison, writeMetrics, writeSummary, type Pair } from './summaries.ts';
import { writeSensitivity, type SensitivityDetails } from './sensitivityOutput.ts';

/**
 * Builds an experiment's outputs from its finished parts. It reads only the parts and the
 * experiment's own description, so one machine, a resumed run, and merged shards give the same
 * bytes.
 */
export function assemble(dir: string, e: Experiment) {
  writeMetrics(dir, e.runs, e.pointNames);
  writeSummary(dir, e.runs, e.pointNames);
  const pairs = (e.details.pairs ?? []) as Pair[];
  const comparisons = pairs.length > 0 ? writeComparison(dir, e.runs, pairs) : [];
  const sensitivity = e.kind === 'sensitivity' ? writeSensitivity(dir, e, e.details as unknown as SensitivityDetails) : undefined;
  return { comparisons, sensitivity };
}
