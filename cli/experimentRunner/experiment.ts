import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentId } from '../../sim/runDesign/contentId.ts';
import { runCost } from '../../sim/runDesign/runCost.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { shardAssignment } from '../../sim/runDesign/shards.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import { parseExperimentFile } from './experimentFile.ts';
import { partExists } from './partFile.ts';
import { runAll } from './pool.ts';
import { Progress } from './progress.ts';
import type { Recording } from './recording.ts';
import type { Pair } from './summaries.ts';

interface ExperimentBase {
  runs: RunSpec[];
  /** Each distinct scenario input once, by content id (runs refer to them). */
  inputs: Record<string, Record<string, unknown>>;
  /** Scenario labels in the order given (the first is the baseline of a comparison). */
  labels: string[];
  /** Varied parameter paths, one output column each. */
  pointNames: string[];
  /** What the per-month files keep (--record, --every, --format); absent: everything, as CSV. */
  recording?: Recording;
}

/** The posterior an experiment draws its replicates' parameters from (--posterior). */
export interface PosteriorRecord {
  file: string;
  sha256: string;
  particles: number;
  /** The parameters it sets, by path as the calibration's --vary named them. */
  names: string[];
}

/** Replicates of scenarios: `run` (one scenario, perhaps with its counterfactual) or `compare`. */
export interface ScenariosDetails {
  /** Comparisons written to compare.csv, each paired by replicate. */
  pairs: Pair[];
  seed: number;
  replicates: number;
  /** The longest horizon of the scenarios, in months. */
  ticks: number;
  posterior?: PosteriorRecord;
}

export interface SweepDetails {
  design: 'grid' | 'lhs' | 'ofat';
  /** Present (true) when every point is also run with mobility off, and compare.csv holds the paired difference at each point. */
  counterfactual?: true;
  /** Latin hypercube: its points; one at a time: the levels per parameter; grid: 0. */
  samples: number;
  seed: number;
  replicates: number;
  ticks: number;
  posterior?: PosteriorRecord;
}

/** What a sensitivity experiment records so its indices can be rebuilt from its parts alone. */
export interface SensitivityDetails {
  method: 'morris' | 'sobol';
  metric: string;
  group: string;
  tick: number;
  factors: { path: string; lo: number; hi: number }[];
  /** Design points in the unit cube, in run order (Morris trajectories or Saltelli blocks). */
  unitPoints: number[][];
  /** Sobol base sample size N (Morris: the number of trajectories). */
  baseSamples: number;
  /** Index of design row i among the experiment's distinct points (points repeat in a Morris design). */
  designPointOf: number[];
  /** Seeds the bootstrap; derived from the experiment's content. */
  bootstrapSeed: string;
  /**
   * Present (true) when every point is also run with mobility off and the output analysed is the
   * paired difference, scenario minus counterfactual: what mobility contributes. Absent otherwise,
   * so the ids of experiments without it are unchanged.
   */
  counterfactual?: true;
  seed: number;
  replicates: number;
  ticks: number;
}

/**
 * What a discovery experiment records so its boxes can be rebuilt from its parts alone: the two
 * scenarios (the policy's effect is policy − baseline, paired by replicate), the output read, the
 * threshold that makes a design point a case of interest, and PRIM's settings (docs/ODD.md §4.11).
 */
export interface DiscoverDetails {
  baseline: string;
  policy: string;
  metric: string;
  group: string;
  tick: number;
  /** The month of `tick`, YYYY-MM, for the words of the summary. */
  date: string;
  threshold: number;
  /** A point is a case of interest when its effect is below (or above) the threshold. */
  direction: 'below' | 'above';
  factors: { path: string; lo: number; hi: number }[];
  samples: number;
  prim: { peelAlpha: number; minMass: number; minCoverage: number; step: number | null; paste: boolean };
  seed: number;
  replicates: number;
  ticks: number;
}

/** What an experiment is: its runs in canonical order and, by kind, how to read them. */
export type Experiment =
  | (ExperimentBase & { kind: 'run' | 'compare'; details: ScenariosDetails })
  | (ExperimentBase & { kind: 'sweep'; details: SweepDetails })
  | (ExperimentBase & { kind: 'sensitivity'; details: SensitivityDetails })
  | (ExperimentBase & { kind: 'discover'; details: DiscoverDetails });

export type Kind = Experiment['kind'];

export interface ExecuteOptions {
  /** The working folder: experiment.json and one part per finished run under runs/. */
  dir: string;
  workers: number;
  /** Keep the parts already in `dir` (they belong to this experiment: its id is checked). */
  resume: boolean;
  shard?: { k: number; n: number };
  /** Checked between runs (and between months of a run in this thread): true stops with Stopped. */
  shouldStop?: () => boolean;
  /** Draw progress on stderr (when it is a terminal). */
  progress?: boolean;
}

/** The experiment's identity: the ids of its runs, which are themselves hashes of content. */
export function experimentId(e: Experiment): string {
  // Absent, the recording adds nothing, so experiments that choose nothing keep their ids.
  // A posterior enters by its content (sha256), not by the path it was read from, so the same
  // file named two ways (absolute, or relative as an experiment file gives it) is one experiment.
  const details = 'posterior' in e.details && e.details.posterior ? { ...e.details, posterior: { ...e.details.posterior, file: undefined } } : e.details;
  return contentId({ kind: e.kind, runs: e.runs.map((r) => r.id), details, ...(e.recording ? { recording: e.recording } : {}) });
}

/** The runs of shard k/n (all runs without a shard), balanced by estimated work. */
export function runsOfShard(e: Experiment, shard?: { k: number; n: number }): RunSpec[] {
  if (!shard) return e.runs;
  const shardOf = shardsOf(e, shard.n);
  return e.runs.filter((r) => shardOf.get(r.id) === shard.k);
}

/** Each run's shard when the experiment is split in n (sim/runDesign/shards.ts). */
export function shardsOf(e: Pick<Experiment, 'runs' | 'inputs'>, n: number): Map<string, number> {
  return shardAssignment(e.runs, (run) => runCost(e.inputs[run.inputId] ?? {}), n);
}

/** The share of the experiment's estimated work in a set of its runs, for a shard to say what it holds. */
export function workShare(e: Pick<Experiment, 'runs' | 'inputs'>, runs: readonly RunSpec[]): number {
  const cost = (r: RunSpec) => runCost(e.inputs[r.inputId] ?? {});
  const total = e.runs.reduce((a, r) => a + cost(r), 0);
  return total > 0 ? runs.reduce((a, r) => a + cost(r), 0) / total : 0;
}

/** What experiment.json holds: the experiment with its id (and the shard, when only part of it is run). */
export function experimentRecord(e: Experiment, shard?: { k: number; n: number }): Experiment & { id: string; shard: { k: number; n: number } | null } {
  // Keys in a fixed order, whichever way the experiment was built or read back.
  const record = { id: experimentId(e), kind: e.kind, labels: e.labels, pointNames: e.pointNames, details: e.details, ...(e.recording ? { recording: e.recording } : {}), inputs: e.inputs, runs: e.runs, shard: shard ?? null };
  return record as Experiment & typeof record;
}

/**
 * Runs what is missing of an experiment into its working folder: parts already there are kept
 * when resuming, runs of other shards are left to them. Resolves to how many of this shard's runs
 * are done, and whether every run of the experiment is.
 */
export async function executeExperiment(e: Experiment, o: ExecuteOptions): Promise<{ complete: boolean; done: number }> {
  const id = experimentId(e);
  const file = join(o.dir, 'experiment.json');
  if (existsSync(file)) {
    const found = parseExperimentFile(file);
    if (found.id !== id) {
      throw new CliError(`${o.dir} holds a different experiment (${found.id}, this one is ${id}): run it with its own command, or add --force to start this one again`, EXIT.refused);
    }
  }
  mkdirSync(join(o.dir, 'runs'), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(experimentRecord(e, o.shard)) + '\n');
  const mine = runsOfShard(e, o.shard);
  const todo = mine.filter((r) => !(o.resume && partExists(o.dir, r)));
  const progress = new Progress(todo.length, mine.length - todo.length, o.progress ?? false);
  try {
    await runAll(o.dir, todo, e.inputs, e.pointNames, o.workers, () => progress.tick(), o.shouldStop ?? (() => false), (t, h) => progress.month(t, h));
  } finally {
    progress.done();
  }
  return { complete: e.runs.every((r) => partExists(o.dir, r)), done: mine.filter((r) => partExists(o.dir, r)).length };
}

/** Whether a path is a regular file (a part copied from a shard must not be a link). */
export function isRegularFile(path: string): boolean {
  const s = lstatSync(path, { throwIfNoEntry: false });
  return s !== undefined && s.isFile();
}
