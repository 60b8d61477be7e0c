import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatProblemList } from '../../sim/scenario/capProblems.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import type { Manifest } from '../manifest.ts';
import { officialsIn, type MemoryLimit } from '../memoryEstimate.ts';
import { runInput } from './executeRun.ts';
import { runsOfShard, type Experiment } from './experiment.ts';
import { checkExperiment } from './experimentFile.ts';
import { checkMemory } from './memoryCheck.ts';
import { runPipeline } from './pipeline.ts';

export interface ReproduceOptions {
  out?: string;
  force: boolean;
  resume: boolean;
  workers: number;
  limit: MemoryLimit;
  command: string[];
  started: Date;
}

/**
 * capflow run --manifest FILE: runs again exactly the experiment a manifest records (its merged,
 * edited inputs, seeds, replicates and design are all in it), into a new folder, and says whether
 * every file came out with the SHA-256 the manifest recorded.
 */
export async function reproduceManifest(file: string, o: ReproduceOptions, io: Io): Promise<number> {
  let m: Partial<Manifest>;
  try {
    m = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof SyntaxError ? `is not valid JSON (${err.message})` : `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
    throw new CliError(`${file} ${why}`, EXIT.invalid);
  }
  if (m === null || typeof m !== 'object' || m.program?.name !== 'capflow') throw new CliError(`${file}: $.program.name: not a capflow manifest`, EXIT.invalid);
  if (m.experiment === undefined) throw new CliError(`${file}: $.experiment: missing (the manifest is from a capflow that did not record its experiment)`, EXIT.invalid);
  const { id: _id, shard: recordedShard, ...rest } = checkExperiment(m.experiment, `${file} $.experiment`);
  const e = rest as Experiment;
  let officials = 0;
  const seen = new Set<string>();
  for (const run of e.runs) {
    const key = `${run.inputId}|${JSON.stringify(run.point)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const checked = validateScenario(run.label, runInput(e.inputs[run.inputId], run));
    if (!checked.scenario) {
      io.err(formatProblemList(checked.problems).map((line) => `${file}: ${line}\n`).join(''));
      return EXIT.invalid;
    }
    officials = Math.max(officials, officialsIn(checked.scenario));
  }
  const shard = recordedShard ?? undefined;
  const estimate = checkMemory(file, officials, Math.min(o.workers, runsOfShard(e, shard).length), o.limit);
  return runPipeline(
    e,
    {
      dir: o.out ?? join('runs', `${basename(dirname(resolve(file)))}-reproduced`),
      force: o.force,
      resume: o.resume,
      shard,
      workers: o.workers,
      command: o.command,
      sources: Array.isArray(m.sources) ? m.sources : [],
      edits: Array.isArray(m.edits) ? m.edits : [],
      officials,
      memoryEstimateBytes: estimate,
      started: o.started,
      expected: m.files,
    },
    io,
  );
}
