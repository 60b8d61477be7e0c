import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblemList } from '../../sim/scenario/capProblems.ts';
import { assemble } from '../experimentRunner/assemble.ts';
import { executeExperiment } from '../experimentRunner/experiment.ts';
import { loadInput } from '../experimentRunner/loadInput.ts';
import { planScenarios } from '../experimentRunner/plan.ts';
import { removeScratch } from '../outputFolder.ts';
import { meansOfSummary, type ReferenceMean } from './referenceMeans.ts';

/** What a baseline's run gives today: metrics.csv's digest and every replicate mean. */
export interface BaselineRun {
  sha256: string;
  means: ReferenceMean[];
}

export const meanKey = (metric: string, group: string, tick: number) => `${metric}|${group}|${tick}`;

/** Runs `scenarioFile` as a baseline does (in a scratch folder removed afterwards), or returns its problems. */
export async function runBaseline(scenarioFile: string, run: { seed: number; replicates: number; years: number }, workers: number): Promise<BaselineRun | { problems: string }> {
  const loaded = loadInput(scenarioFile, [], run.years);
  if (!loaded.loaded) return { problems: formatProblemList(loaded.problems).join('\n') };
  const e = planScenarios('run', [loaded.loaded], run.seed, run.replicates, false);
  const out = mkdtempSync(join(tmpdir(), 'capflow-regress-'));
  try {
    const dir = join(out, 'run');
    await executeExperiment(e, { dir, workers, resume: false });
    assemble(dir, e);
    const sha256 = createHash('sha256').update(readFileSync(join(dir, 'metrics.csv'))).digest('hex');
    return { sha256, means: meansOfSummary(readFileSync(join(dir, 'summary.csv'), 'utf8')) };
  } finally {
    removeScratch(out);
  }
}

/** The means by metric, group and tick, for tolerance checks. */
export function meanMap(means: readonly ReferenceMean[]): Map<string, number> {
  return new Map(means.map((m) => [meanKey(m.metric, m.group, m.tick), m.mean === '' ? NaN : Number(m.mean)]));
}
