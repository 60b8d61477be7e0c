import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseVary } from '../../sim/experiment/vary.ts';
import { formatProblem, type Problem } from '../../sim/scenario/problems.ts';
import { EXIT } from '../exitCodes.ts';
import { assemble } from './assemble.ts';
import { executeExperiment, ExperimentError, experimentId, type Experiment } from './experiment.ts';
import { loadInput, type LoadedInput } from './loadInput.ts';
import { planScenarios, planSensitivity, planSweep } from './plan.ts';
import { comparisonReport, replicateReport, sensitivityReport } from './report.ts';
import type { Pair } from './summaries.ts';


const common = {
  seed: { type: 'string' },
  reps: { type: 'string' },
  years: { type: 'string' },
  set: { type: 'string', multiple: true },
  workers: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  resume: { type: 'boolean' },
  shard: { type: 'string' },
  counterfactual: { type: 'boolean' },
  vary: { type: 'string', multiple: true },
  design: { type: 'string' },
  samples: { type: 'string' },
  method: { type: 'string' },
  metric: { type: 'string' },
  tick: { type: 'string' },
} as const;

type Kind = 'run' | 'compare' | 'sweep' | 'sensitivity';

class UsageError extends Error {}

function integer(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, got "${text}"`);
  return n;
}

/**
 * capflow run (with --reps / --counterfactual), compare, sweep and sensitivity: plan the runs,
 * execute what is missing on a pool of workers, then build the outputs from the finished parts.
 */
export async function experimentCommand(kind: Kind, argv: string[], print: (s: string) => void, warn: (s: string) => void): Promise<number> {
  let e: Experiment;
  let dir: string;
  let o: ReturnType<typeof parse>;
  try {
    o = parse(argv);
    const years = o.values.years === undefined ? undefined : integer('years', o.values.years, 0, 1);
    const files = o.positionals;
    if (files.length === 0) throw new UsageError('name a scenario file');
    if (kind !== 'compare' && files.length > 1) throw new UsageError(`${kind} takes one scenario (use compare for several)`);
    const loaded: LoadedInput[] = [];
    const problems: Problem[] = [];
    for (const f of files) {
      const r = loadInput(f, o.values.set ?? [], years);
      if (r.loaded) loaded.push(r.loaded);
      problems.push(...r.problems);
    }
    if (problems.length > 0) {
      warn(problems.map(formatProblem).join('\n'));
      return EXIT.invalid;
    }
    const seed = integer('seed', o.values.seed, loaded[0].scenario.seed, 0);
    const reps = integer('reps', o.values.reps, kind === 'sensitivity' ? 1 : loaded[0].scenario.replicates, 1);
    const planned = plan(kind, loaded, seed, reps, o.values);
    if (planned.problems.length > 0) {
      warn(planned.problems.map(formatProblem).join('\n'));
      return EXIT.invalid;
    }
    e = planned.experiment!;
    dir = o.values.out ?? join('runs', `${kind}-${e.labels.filter((l) => !l.endsWith(':counterfactual')).join('-vs-')}-${seed}`);
  } catch (err) {
    if (err instanceof UsageError) {
      warn(`capflow ${kind}: ${err.message}\nSee capflow ${kind} --help.`);
      return EXIT.invalid;
    }
    throw err;
  }
  return execute(e, dir, o.values, print, warn);
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: common, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function plan(kind: Kind, loaded: LoadedInput[], seed: number, reps: number, v: ReturnType<typeof parse>['values']): { experiment?: Experiment; problems: Problem[] } {
  if (kind === 'run' || kind === 'compare') {
    if (kind === 'compare' && loaded.length < 2 && !v.counterfactual) throw new UsageError('compare needs two or more scenarios, or --counterfactual');
    return { experiment: planScenarios(kind, loaded, seed, reps, v.counterfactual ?? false), problems: [] };
  }
  const { factors, problems } = parseVary(v.vary ?? []);
  if (problems.length > 0) return { problems };
  if (factors.length === 0) throw new UsageError('give at least one --vary path=...');
  if (kind === 'sweep') {
    const design = (v.design ?? 'grid') as 'grid' | 'lhs';
    if (design !== 'grid' && design !== 'lhs') throw new UsageError('--design is grid or lhs');
    const samples = integer('samples', v.samples, design === 'lhs' ? 10 : 0, design === 'lhs' ? 2 : 0);
    const r = planSweep(loaded[0], factors, design, samples, seed, reps);
    return { experiment: r.experiment, problems: r.problems };
  }
  const method = (v.method ?? 'morris') as 'morris' | 'sobol';
  if (method !== 'morris' && method !== 'sobol') throw new UsageError('--method is morris or sobol');
  const samples = integer('samples', v.samples, method === 'morris' ? 10 : 64, 2);
  // Groups may contain colons (secondment:centralToLocal); metric names never do.
  const spec = v.metric ?? 'outcomes:local';
  const colon = spec.indexOf(':');
  const [metric, group] = colon < 0 ? [spec, undefined] : [spec.slice(0, colon), spec.slice(colon + 1)];
  const ticks = loaded[0].scenario.years.value * 12;
  const tick = integer('tick', v.tick, ticks, 0);
  if (tick > ticks) throw new UsageError(`--tick ${tick} is past the horizon (${ticks})`);
  const r = planSensitivity(loaded[0], factors, method, samples, { metric, group: group ?? 'all', tick }, seed, reps);
  return { experiment: r.experiment, problems: r.problems };
}

async function execute(e: Experiment, dir: string, v: ReturnType<typeof parse>['values'], print: (s: string) => void, warn: (s: string) => void): Promise<number> {
  let shard: { k: number; n: number } | undefined;
  if (v.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(v.shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
      warn('capflow: --shard takes k/n with 1 <= k <= n, e.g. --shard 2/8');
      return EXIT.invalid;
    }
    shard = { k: Number(m[1]), n: Number(m[2]) };
  }
  const workers = integer('workers', v.workers, availableParallelism(), 1);
  try {
    const complete = await executeExperiment(e, { dir, workers, resume: v.resume ?? false, force: v.force ?? false, shard });
    if (!complete) {
      print(`Shard ${shard?.k}/${shard?.n} of ${e.runs.length} runs is written to ${dir}.\nJoin the shards with: capflow merge <shard folders...> --out <folder>\n`);
      return EXIT.ok;
    }
  } catch (err) {
    if (err instanceof ExperimentError) {
      warn(`capflow: ${err.message}`);
      return err.exitCode;
    }
    throw err;
  }
  print(finish(dir, e));
  return EXIT.ok;
}

/** Builds the outputs and the stdout report of a complete experiment. */
function finish(dir: string, e: Experiment): string {
  const { comparisons, sensitivity } = assemble(dir, e);
  const endTick = e.details.ticks as number;
  const parts = [`${e.runs.length} runs in ${dir}/ (metrics.csv, summary.csv${comparisons.length ? ', compare.csv' : ''}${sensitivity ? ', sensitivity.csv' : ''}).\n`];
  if (e.kind === 'run' || e.kind === 'compare') parts.push(replicateReport(dir, endTick));
  if (comparisons.length > 0) parts.push(comparisonReport(e.details.pairs as Pair[], comparisons, endTick));
  if (sensitivity) parts.push(sensitivityReport(sensitivity));
  return parts.join('\n');
}

/** capflow merge: joins shard folders into what one machine would have produced. */
export function mergeCommand(argv: string[], print: (s: string) => void, warn: (s: string) => void): number {
  let o;
  try {
    o = parseArgs({ args: argv, options: { out: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (err) {
    warn(`capflow merge: ${(err as Error).message}`);
    return EXIT.invalid;
  }
  const dirs = o.positionals;
  if (dirs.length === 0 || !o.values.out) {
    warn('capflow merge: usage: capflow merge <shard folders...> --out <folder>');
    return EXIT.invalid;
  }
  const manifests = dirs.map((d) => {
    const f = join(d, 'experiment.json');
    if (!existsSync(f)) throw new ExperimentError(`${d} holds no experiment (no experiment.json)`, EXIT.invalid);
    return JSON.parse(readFileSync(f, 'utf8')) as Experiment & { id: string };
  });
  const ids = new Set(manifests.map((m) => m.id));
  if (ids.size > 1) {
    warn(`capflow merge: the folders hold different experiments (${[...ids].join(', ')})`);
    return EXIT.invalid;
  }
  const out = o.values.out;
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!o.values.force) {
      warn(`capflow merge: ${out} is not empty: choose another --out, or add --force`);
      return EXIT.refused;
    }
    rmSync(out, { recursive: true, force: true });
  }
  const m = manifests[0];
  const e: Experiment = { kind: m.kind, runs: m.runs, inputs: m.inputs, labels: m.labels, pointNames: m.pointNames, details: m.details };
  mkdirSync(join(out, 'runs'), { recursive: true });
  const missing: string[] = [];
  for (const run of e.runs) {
    const from = dirs.map((d) => join(d, 'runs', `${run.id}.csv`)).find(existsSync);
    if (from) copyFileSync(from, join(out, 'runs', `${run.id}.csv`));
    else missing.push(`${run.label} replicate ${run.replicate}${Object.keys(run.point).length ? ` at ${JSON.stringify(run.point)}` : ''}`);
  }
  copyFileSync(join(dirs[0], 'experiment.json'), join(out, 'experiment.json'));
  if (missing.length > 0) {
    warn(`capflow merge: ${missing.length} of ${e.runs.length} runs are in none of the folders, e.g. ${missing.slice(0, 3).join('; ')}.\nRun the missing shards (or --resume them) and merge again.`);
    return EXIT.invalid;
  }
  if (experimentId(e) !== manifests[0].id) throw new ExperimentError('experiment.json does not match its runs', EXIT.internal);
  print(finish(out, e));
  return EXIT.ok;
}
