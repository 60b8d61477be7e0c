import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentId } from '../../sim/experiment/contentId.ts';
import { inShard, type RunSpec } from '../../sim/experiment/runSpec.ts';
import { partExists } from './partFile.ts';
import { runAll } from './pool.ts';
import { Progress } from './progress.ts';

/** What an experiment is: its runs in canonical order and how to read them. */
export interface Experiment {
  kind: 'run' | 'compare' | 'sweep' | 'sensitivity';
  runs: RunSpec[];
  /** Each distinct scenario input once, by content id (runs refer to them). */
  inputs: Record<string, Record<string, unknown>>;
  /** Scenario labels in the order given (the first is the baseline of a comparison). */
  labels: string[];
  /** Varied parameter paths, one output column each. */
  pointNames: string[];
  /** Anything else needed to rebuild the outputs from the parts (designs, chosen metric). */
  details: Record<string, unknown>;
}

export interface ExecuteOptions {
  dir: string;
  workers: number;
  resume: boolean;
  force: boolean;
  shard?: { k: number; n: number };
}

export class ExperimentError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** The experiment's identity: the ids of its runs, which are themselves hashes of content. */
export function experimentId(e: Experiment): string {
  return contentId({ kind: e.kind, runs: e.runs.map((r) => r.id), details: e.details });
}

/**
 * Runs what is missing of an experiment into its folder: parts already on disk are kept (resume),
 * runs of other shards are left to them. Returns true when every run of the experiment is done.
 */
export async function executeExperiment(e: Experiment, o: ExecuteOptions): Promise<boolean> {
  const id = experimentId(e);
  const manifest = join(o.dir, 'experiment.json');
  if (existsSync(o.dir) && readdirSync(o.dir).length > 0) {
    const same = existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).id === id;
    if (!(o.resume && same) && !o.force) {
      throw new ExperimentError(
        same
          ? `${o.dir} holds this experiment already: add --resume to finish it, or --force to start again`
          : `${o.dir} is not empty: choose another --out, or add --force to overwrite`,
        2,
      );
    }
    // --force starts again: earlier results in the folder are deliberately discarded.
    if (!(o.resume && same)) rmSync(o.dir, { recursive: true, force: true });
  }
  mkdirSync(join(o.dir, 'runs'), { recursive: true });
  writeFileSync(manifest, JSON.stringify({ id, kind: e.kind, labels: e.labels, pointNames: e.pointNames, details: e.details, inputs: e.inputs, runs: e.runs }) + '\n');
  const mine = o.shard ? e.runs.filter((r) => inShard(r, o.shard!.k, o.shard!.n)) : e.runs;
  const todo = mine.filter((r) => !(o.resume && partExists(o.dir, r)));
  const progress = new Progress(todo.length, mine.length - todo.length);
  await runAll(o.dir, todo, e.inputs, e.pointNames, o.workers, () => progress.tick());
  progress.done();
  return e.runs.every((r) => partExists(o.dir, r));
}
