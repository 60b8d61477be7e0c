import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseVary } from './parseVary.ts';
import { formatProblemList } from '../../sim/scenario/capProblems.ts';
import type { Problem } from '../../sim/scenario/problems.ts';
import { parseOrUsage, wholeNumber } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import type { Source } from '../manifest.ts';
import { checkMemory, memoryLimit } from './memoryCheck.ts';
import { experimentId, runsOfShard, type Experiment, type Kind } from './experiment.ts';
import { loadInput, type LoadedInput } from './loadInput.ts';
import { planDiscover, planScenarios, planSensitivity, planSweep } from './plan.ts';
import { dateOfTick, monthsFrom } from '../../sim/model/compile.ts';
import type { Factor } from './parseVary.ts';
import { runPipeline } from './pipeline.ts';
import { parseRecording, RECORDING_OPTIONS } from './recording.ts';
import { reproduceManifest } from './reproduce.ts';
import { officialsIn } from '../memoryEstimate.ts';
import { parseTies, type Tie } from '../experiment/parseTie.ts';
import { printExperiment } from '../experiment/printExperiment.ts';
import { loadPosterior, posteriorProblems } from '../posterior/loadPosterior.ts';

/** Flags every experiment command takes. */
const COMMON = {
  seed: { type: 'string' },
  reps: { type: 'string' },
  years: { type: 'string' },
  set: { type: 'string', multiple: true },
  workers: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  resume: { type: 'boolean' },
  shard: { type: 'string' },
  'max-memory': { type: 'string' },
  ...RECORDING_OPTIONS,
  'print-experiment': { type: 'boolean' },
} as const;

const OPTIONS = {
  run: { ...COMMON, counterfactual: { type: 'boolean' }, manifest: { type: 'string' }, posterior: { type: 'string' } },
  compare: { ...COMMON, counterfactual: { type: 'boolean' }, posterior: { type: 'string' } },
  sweep: { ...COMMON, counterfactual: { type: 'boolean' }, vary: { type: 'string', multiple: true }, tie: { type: 'string', multiple: true }, design: { type: 'string' }, samples: { type: 'string' }, levels: { type: 'string' }, posterior: { type: 'string' } },
  sensitivity: { ...COMMON, counterfactual: { type: 'boolean' }, vary: { type: 'string', multiple: true }, tie: { type: 'string', multiple: true }, method: { type: 'string' }, samples: { type: 'string' }, metric: { type: 'string' }, tick: { type: 'string' } },
  discover: {
    ...COMMON,
    vary: { type: 'string', multiple: true },
    tie: { type: 'string', multiple: true },
    points: { type: 'string' },
    metric: { type: 'string' },
    at: { type: 'string' },
    threshold: { type: 'string' },
    below: { type: 'boolean' },
    above: { type: 'boolean' },
    'min-coverage': { type: 'string' },
    'peel-alpha': { type: 'string' },
    'min-mass': { type: 'string' },
    step: { type: 'string' },
    paste: { type: 'boolean' },
  },
} as const;

/** When a command runs for `capflow experiment FILE`: the command line to record, and the file's copy for the output folder. */
export interface FromExperimentFile {
  command: string[];
  alongside: Record<string, string>;
}

/** The parsed flags, all kinds together (a kind's parser rejects the flags it does not take). */
export type Values = Partial<
  Record<'seed' | 'reps' | 'years' | 'workers' | 'out' | 'shard' | 'max-memory' | 'record' | 'record-groups' | 'every' | 'format' | 'manifest' | 'posterior' | 'design' | 'samples' | 'method' | 'metric' | 'tick' | 'points' | 'at' | 'threshold' | 'min-coverage' | 'peel-alpha' | 'min-mass' | 'step' | 'levels', string>
> &
  Partial<Record<'force' | 'resume' | 'counterfactual' | 'below' | 'above' | 'paste' | 'print-experiment', boolean>> & { set?: string[]; vary?: string[]; tie?: string[] };

/**
 * run, compare, sweep, sensitivity and discover: load and check the scenarios, plan the runs, refuse what
 * will not fit in memory, then hand the experiment to the one output pipeline.
 */
export async function experimentCommand(kind: Kind, argv: string[], io: Io, usage: string, from?: FromExperimentFile): Promise<number> {
  const started = new Date();
  const parsed = parseOrUsage(() => parseArgs({ args: argv, options: OPTIONS[kind], allowPositionals: true, strict: true }), usage);
  const v = parsed.values as Values;
  const files = parsed.positionals;
  if (v['print-experiment']) {
    io.out(printExperiment(kind, v, files, usage));
    return EXIT.ok;
  }
  const workers = wholeNumber('workers', v.workers, 1, 1024, usage) ?? availableParallelism();
  const shard = parseShard(v.shard, usage);
  const limit = memoryLimit(v['max-memory'], usage);
  const command = from?.command ?? [kind, ...argv];
  if (v.manifest !== undefined) {
    const stray = files.length > 0 ? files[0] : (['seed', 'reps', 'years', 'set', 'counterfactual', 'shard', 'posterior'] as const).find((f) => v[f] !== undefined);
    if (stray !== undefined) throw new CliError(`--manifest reruns exactly what the manifest records: it takes no scenario file or ${files.length > 0 ? stray : `--${stray}`}`, EXIT.invalid, usage);
    return reproduceManifest(v.manifest, { out: v.out, force: v.force ?? false, resume: v.resume ?? false, workers, limit, command, started }, io);
  }

  const years = wholeNumber('years', v.years, 1, 50, usage);
  if (files.length === 0) throw new CliError(kind === 'run' ? 'name a scenario file to run' : 'name a scenario file', EXIT.invalid, usage);
  if (kind === 'discover' && files.length !== 2) throw new CliError(`discover takes two scenarios, the baseline and the policy, got ${files.length}`, EXIT.invalid, usage);
  if (kind !== 'compare' && kind !== 'discover' && files.length > 1) throw new CliError(`${kind} takes one scenario, got ${files.length}: ${files.join(' ')}${kind === 'run' ? ' (use compare for several)' : ''}`, EXIT.invalid, usage);
  const edits = [...(v.set ?? []), ...(years === undefined ? [] : [`years=${years}`])];
  const loaded: LoadedInput[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const r = loadInput(f, v.set ?? [], years);
    if (r.loaded) loaded.push(r.loaded);
    problems.push(...r.problems);
  }
  if (problems.length > 0) return refuseProblems(problems, io);
  const first = loaded[0].scenario;
  const seed = wholeNumber('seed', v.seed, 0, 2 ** 32 - 1, usage) ?? first.seed;
  const reps = wholeNumber('reps', v.reps, 1, 100_000, usage) ?? (kind === 'sensitivity' ? 1 : first.replicates);
  const planned = plan(kind, loaded, seed, reps, v, usage);
  if (planned.problems.length > 0) return refuseProblems(planned.problems, io);
  const e = planned.experiment!;
  const recording = parseRecording(v, usage);
  if (recording) e.recording = recording;
  const threads = Math.min(workers, runsOfShard(e, shard).length);
  const estimate = checkMemory(files[0], planned.largestOfficials, threads, limit);
  const plain = kind === 'run' && !v.counterfactual && v.posterior === undefined && edits.length === 0 && reps === first.replicates;
  const sources: Source[] = loaded.map((l, i) => ({ label: e.labels.filter((x) => !x.endsWith(':counterfactual'))[i] ?? l.scenario.name, file: l.file, extendsChain: l.chain }));
  return runPipeline(
    e,
    {
      dir: v.out ?? defaultFolder(e, plain, shard),
      force: v.force ?? false,
      resume: v.resume ?? false,
      shard,
      workers,
      command,
      sources,
      edits,
      officials: planned.largestOfficials,
      memoryEstimateBytes: estimate,
      started,
      alongside: from?.alongside,
    },
    io,
  );
}

function refuseProblems(problems: Problem[], io: Io): number {
  io.err(formatProblemList(problems).map((line) => line + '\n').join(''));
  return EXIT.invalid;
}

function parseShard(text: string | undefined, usage: string): { k: number; n: number } | undefined {
  if (text === undefined) return undefined;
  const m = /^([1-9]\d{0,5})\/([1-9]\d{0,5})$/.exec(text);
  if (!m || Number(m[1]) > Number(m[2])) throw new CliError(`--shard takes k/n with 1 <= k <= n, e.g. --shard 2/8, got "${text}"`, EXIT.invalid, usage);
  return { k: Number(m[1]), n: Number(m[2]) };
}

/** A folder name from a scenario name: letters, digits, dot, dash and underscore only. */
const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * runs/<name>-<seed> for a plain run of a scenario file as it is; anything else (edits, other
 * replicates, a counterfactual, another kind, design or method) adds 8 hex digits of the
 * experiment's content id, so different experiments never share a folder. A shard says which.
 */
export function defaultFolder(e: Experiment, plain: boolean, shard?: { k: number; n: number }): string {
  const names = e.labels.filter((l) => !l.endsWith(':counterfactual')).map(safe);
  const base = e.kind === 'run' ? `${names[0]}-${e.details.seed}` : `${e.kind}-${names.join('-vs-')}-${e.details.seed}`;
  const tag = plain ? '' : `-${experimentId(e).slice(0, 8)}`;
  return join('runs', `${base}${tag}${shard ? `-shard-${shard.k}-of-${shard.n}` : ''}`);
}

function plan(kind: Kind, loaded: LoadedInput[], seed: number, reps: number, v: Values, usage: string): { experiment?: Experiment; problems: Problem[]; largestOfficials: number } {
  const posterior = v.posterior === undefined ? undefined : loadPosterior(v.posterior, seed);
  if (kind === 'run' || kind === 'compare') {
    if (kind === 'compare' && loaded.length < 2 && !v.counterfactual) throw new CliError('compare needs two or more scenarios, or --counterfactual', EXIT.invalid, usage);
    const largestOfficials = Math.max(...loaded.map((l) => officialsIn(l.scenario)));
    const drawn = posterior ? posteriorProblems(posterior, loaded, reps) : [];
    if (drawn.length > 0) return { problems: drawn, largestOfficials };
    return { experiment: planScenarios(kind, loaded, seed, reps, v.counterfactual ?? false, posterior), problems: [], largestOfficials };
  }
  const { factors, problems } = parseVary(v.vary ?? []);
  if (problems.length > 0) return { problems, largestOfficials: 0 };
  if (factors.length === 0) throw new CliError('give at least one --vary path=...', EXIT.invalid, usage);
  const tied = parseTies(v.tie ?? [], factors);
  if (tied.problems.length > 0) return { problems: tied.problems, largestOfficials: 0 };
  const ties = tied.ties;
  if (posterior) {
    const drawn = posteriorProblems(posterior, loaded, reps, [...factors.map((f) => f.name), ...ties.map((t) => t.name)]);
    if (drawn.length > 0) return { problems: drawn, largestOfficials: 0 };
  }
  if (kind === 'discover') return planDiscovery(loaded, factors, seed, reps, v, usage, ties);
  if (kind === 'sweep') {
    const design = v.design ?? 'grid';
    if (design !== 'grid' && design !== 'lhs' && design !== 'ofat') throw new CliError(`--design is grid, lhs or ofat, got "${design}"`, EXIT.invalid, usage);
    if (design !== 'lhs' && v.samples !== undefined) throw new CliError('--samples is the size of a Latin hypercube: give it with --design lhs (a grid runs every combination of the --vary values; ofat takes --levels)', EXIT.invalid, usage);
    if (design !== 'ofat' && v.levels !== undefined) throw new CliError('--levels is the number of values per parameter of a one-at-a-time design: give it with --design ofat', EXIT.invalid, usage);
    const samples = design === 'lhs' ? (wholeNumber('samples', v.samples, 2, 1_000_000, usage) ?? 10) : design === 'ofat' ? (wholeNumber('levels', v.levels, 2, 10_000, usage) ?? 5) : 0;
    return planSweep(loaded[0], factors, design, samples, seed, reps, ties, v.counterfactual ?? false, posterior);
  }
  const method = v.method ?? 'morris';
  if (method !== 'morris' && method !== 'sobol') throw new CliError(`--method is morris or sobol, got "${method}"`, EXIT.invalid, usage);
  const samples = wholeNumber('samples', v.samples, 2, 1_000_000, usage) ?? (method === 'morris' ? 10 : 64);
  // Groups may contain colons (secondment:centralToLocal); metric names never do.
  const spec = v.metric ?? 'outcomes:local';
  const colon = spec.indexOf(':');
  const [metric, group] = colon < 0 ? [spec, undefined] : [spec.slice(0, colon), spec.slice(colon + 1)];
  const ticks = loaded[0].scenario.years.value * 12;
  const tick = wholeNumber('tick', v.tick, 0, ticks, usage) ?? ticks;
  return planSensitivity(loaded[0], factors, method, samples, { metric, group: group ?? 'all', tick }, seed, reps, ties, v.counterfactual ?? false);
}

/** Splits metric[:group]; groups may contain colons (secondment:centralToLocal), metric names never do. */
function metricAndGroup(spec: string): { metric: string; group: string } {
  const colon = spec.indexOf(':');
  return colon < 0 ? { metric: spec, group: 'all' } : { metric: spec.slice(0, colon), group: spec.slice(colon + 1) };
}

/** A decimal flag: a plain decimal number (no hex, exponent or padding), within [min, max]. */
function decimal(flag: string, text: string | undefined, min: number, max: number, usage: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text) || n < min || n > max) throw new CliError(`--${flag} must be a number from ${min} to ${max}, got "${text}"`, EXIT.invalid, usage);
  return n;
}

/** discover: the month to read (YYYY-MM or end), the threshold and its side, and PRIM's settings. */
function planDiscovery(loaded: LoadedInput[], factors: Factor[], seed: number, reps: number, v: Values, usage: string, ties: readonly Tie[]) {
  const [a, b] = loaded.map((l) => l.scenario);
  if (a.start !== b.start) throw new CliError(`discover reads both scenarios at the same month: they start in ${a.start} and ${b.start}`, EXIT.invalid, usage);
  const ticks = Math.min(a.years.value, b.years.value) * 12;
  const at = v.at ?? 'end';
  let tick = ticks;
  if (at !== 'end') {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(at)) throw new CliError(`--at takes a month as YYYY-MM or "end", got "${at}"`, EXIT.invalid, usage);
    tick = monthsFrom(a.start, at);
    if (tick < 0 || tick > ticks) throw new CliError(`--at ${at} is outside the runs (${a.start} to ${dateOfTick(a.start, ticks)})`, EXIT.invalid, usage);
  }
  if (v.threshold === undefined) throw new CliError('give --threshold x: a point is a case of interest when the policy\'s effect is below x (or above x with --above)', EXIT.invalid, usage);
  const threshold = decimal('threshold', v.threshold, -Number.MAX_VALUE, Number.MAX_VALUE, usage)!;
  if (v.below && v.above) throw new CliError('give --below or --above, not both', EXIT.invalid, usage);
  const samples = wholeNumber('points', v.points, 2, 1_000_000, usage) ?? 100;
  const step = wholeNumber('step', v.step, 0, 1_000_000, usage);
  const prim = {
    peelAlpha: decimal('peel-alpha', v['peel-alpha'], 0.001, 0.5, usage) ?? 0.05,
    minMass: decimal('min-mass', v['min-mass'], 0, 0.99, usage) ?? 0.05,
    minCoverage: decimal('min-coverage', v['min-coverage'], 0, 1, usage) ?? 0.8,
    step: step ?? null,
    paste: v.paste ?? false,
  };
  const question = { ...metricAndGroup(v.metric ?? 'outcomes:local'), tick, date: dateOfTick(a.start, tick), threshold, direction: v.above ? ('above' as const) : ('below' as const), prim };
  return planDiscover(loaded[0], loaded[1], factors, samples, question, seed, reps, ties);
}
