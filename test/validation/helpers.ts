/**
 * Shared machinery of the validation suite: run arms of a replicated, paired experiment through the
 * experiment engine (the same planning, worker pool, part files and paired intervals as
 * `capflow compare`), then read per-replicate values back and summarise contrasts between arms.
 *
 * Every arm of one experiment runs with the same seed, and replicate k of every arm draws the same
 * random numbers (streams are keyed by seed, replicate and stream name only, never the scenario's
 * name), so differences between arms are paired under common random numbers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { executeExperiment, type Experiment } from '../../cli/experimentRunner/experiment.ts';
import { meanInterval } from '../../cli/experimentRunner/intervals.ts';
import { loadInput } from '../../cli/experimentRunner/loadInput.ts';
import { planScenarios } from '../../cli/experimentRunner/plan.ts';
import { splitCsvLine } from '../../cli/experimentRunner/readPart.ts';
import { partPath } from '../../cli/experimentRunner/partFile.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { writeComparison, type Pair, type PairedResult } from '../../cli/experimentRunner/summaries.ts';
import { formatProblem } from '../../sim/scenario/problems.ts';
import { DIRECTIONS, type Direction } from '../../sim/scenario/vocabulary.ts';

/** The shipped scenarios, found from this file so the suite runs from any working directory. */
export const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
export const scenario = (name: string) => join(SCENARIOS, `${name}.json`);

/**
 * Seed of every validation experiment: fixed so the suite is reproducible, never chosen to pass.
 * `capflow evidence --seeds` reruns the suite on other seeds through CAPFLOW_VALIDATION_SEED, to
 * show which findings hold beyond the one they were first checked on.
 */
export const SEED = seedFromEnvironment(process.env.CAPFLOW_VALIDATION_SEED);

export function seedFromEnvironment(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`CAPFLOW_VALIDATION_SEED must be a whole number, not ${value}`);
  return seed;
}

export interface Arm {
  /** Label of the arm in outputs (also becomes the scenario's name; names never seed random streams). */
  label: string;
  file: string;
  /** `path=value` edits, as `capflow --set` takes them. */
  sets?: string[];
  /** Also run the arm with every mobility instrument off (label `<label>:counterfactual`). */
  counterfactual?: boolean;
}

export interface Options {
  reps: number;
  years?: number;
  workers?: number;
  seed?: number;
}

/** Per-replicate values of one metric and group, indexed by replicate. */
export type Series = number[];

export interface Results {
  dir: string;
  experiment: Experiment;
  reps: number;
  ticks: number;
  /** Value of metric/group in each replicate of an arm: at one tick, or averaged over ticks [from, to]. */
  values(label: string, metric: string, group: string, ticks?: number | [number, number]): Series;
  /**
   * A count summed over groups and ticks [from, to] in each replicate (e.g. placements started over
   * a run). Flows an arm does not use emit no rows and count as zero; a metric none of whose groups
   * appear is an error (a misspelt name must not read as zero).
   */
  total(label: string, metric: string, groups: readonly string[], ticks: [number, number]): Series;
  /** Paired comparisons as the engine's compare.csv has them (pair index order as given). */
  compare(pairs: Pair[]): Map<string, PairedResult>[];
  /** Removes the experiment's folder. */
  dispose(): void;
}

/**
 * A run's values by "tick,metric,group", as the engine's readPartValues reads them, but splitting
 * unquoted lines (all but those naming a group with a comma) the fast way: the suite reads
 * hundreds of parts of 20,000 lines each.
 */
function readValues(dir: string, run: RunSpec): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of readFileSync(partPath(dir, run), 'utf8').split('\n')) {
    if (line === '') continue;
    const c = line.includes('"') ? splitCsvLine(line) : line.split(',');
    values.set(`${c[3]},${c[5]},${c[6]}`, Number(c[7]));
  }
  return values;
}

/** Runs the arms as one experiment in a temporary folder (removed when the process exits). */
export async function runArms(arms: Arm[], o: Options): Promise<Results> {
  const seed = o.seed ?? SEED;
  const parts: Experiment[] = [];
  for (const arm of arms) {
    const r = loadInput(arm.file, [...(arm.sets ?? []), `name=${arm.label}`], o.years);
    if (!r.loaded) throw new Error(`${arm.label}: ${r.problems.map(formatProblem).join('\n')}`);
    parts.push(planScenarios('run', [r.loaded], seed, o.reps, arm.counterfactual ?? false));
  }
  const labels = parts.flatMap((p) => p.labels);
  if (new Set(labels).size !== labels.length) throw new Error(`arm labels must be distinct: ${labels.join(', ')}`);
  const ticks = Math.max(...parts.map((p) => p.details.ticks as number));
  const experiment: Experiment = {
    kind: 'compare',
    runs: parts.flatMap((p) => p.runs),
    inputs: Object.assign({}, ...parts.map((p) => p.inputs)),
    labels,
    pointNames: [],
    details: { pairs: [], seed, replicates: o.reps, ticks },
  };
  const dir = mkdtempSync(join(tmpdir(), 'capflow-validation-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  await executeExperiment(experiment, { dir, workers: o.workers ?? 2, resume: false });
  const cache = new Map<string, Map<string, number>>();
  const part = (label: string, replicate: number) => {
    const key = `${label}\u0000${replicate}`;
    if (!cache.has(key)) {
      const run = experiment.runs.find((r) => r.label === label && r.replicate === replicate);
      if (!run) throw new Error(`no run ${label} replicate ${replicate}`);
      cache.set(key, readValues(dir, run));
    }
    return cache.get(key)!;
  };
  return {
    dir,
    experiment,
    reps: o.reps,
    ticks,
    values(label, metric, group, at = ticks) {
      const [from, to] = typeof at === 'number' ? [at, at] : at;
      return Array.from({ length: o.reps }, (_, k) => {
        const values = part(label, k);
        let sum = 0;
        for (let t = from; t <= to; t++) {
          const v = values.get(`${t},${metric},${group}`);
          if (v === undefined) throw new Error(`${label} replicate ${k} has no ${metric} ${group} at tick ${t}`);
          sum += v;
        }
        return sum / (to - from + 1);
      });
    },
    total(label, metric, groups, [from, to]) {
      return Array.from({ length: o.reps }, (_, k) => {
        const values = part(label, k);
        let sum = 0;
        let found = false;
        for (const group of groups) {
          for (let t = from; t <= to; t++) {
            const v = values.get(`${t},${metric},${group}`);
            if (v === undefined) continue;
            found = true;
            sum += v;
          }
        }
        if (!found) throw new Error(`${label} replicate ${k} has no ${metric} for ${groups.join(', ')}`);
        return sum;
      });
    },
    compare: (pairs) => writeComparison(dir, experiment.runs, pairs),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `--set` edits that offer an instrument's places in the given directions only (every other direction 0). */
export function placesOnly(instrument: 'secondment' | 'attachment' | 'exchange', places: Partial<Record<Direction, number>>): string[] {
  // `@always`: these volumes hold for the whole run, whatever dated changes the scenario has.
  return DIRECTIONS.map((d) => `programme.instruments.${instrument}.placesPerYear.${d}=${places[d] ?? 0}@always`);
}

/** Establishment of each tier of a listed scenario (the weights the by-tier metrics use within a tier). */
export function tierEstablishment(file: string): Record<string, number> {
  const r = loadInput(file, []);
  if (!r.loaded) throw new Error(r.problems.map(formatProblem).join('\n'));
  const orgs = r.loaded.scenario.organisations;
  if (orgs.mode !== 'list') throw new Error(`${file}: organisations are generated, not listed`);
  const out: Record<string, number> = { central: 0, combined: 0, local: 0 };
  for (const o of orgs.list) out[o.tier] += o.establishment;
  return out;
}

/** The last twelve months of a run: where a flow or stock is read once it has settled. */
export const lastYear = (r: Results): [number, number] => [r.ticks - 11, r.ticks];

export interface Estimate {
  n: number;
  mean: number;
  low: number;
  high: number;
  /** Mean over standard deviation of the per-replicate contrast (Cohen's d_z). */
  dz: number;
}

/** Mean and 95% t interval of a per-replicate contrast (the engine's own interval). */
export function estimate(contrast: Series): Estimate {
  const n = contrast.length;
  const mean = contrast.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(contrast.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  const ci = meanInterval(n, mean, sd);
  // No spread beyond rounding: d_z is undefined, reported as 0 as the engine does.
  return { n, mean, low: ci.low, high: ci.high, dz: sd > 1e-12 * Math.max(1, Math.abs(mean)) ? mean / sd : 0 };
}

/** Replicate-by-replicate combination of series (they share random numbers replicate by replicate). */
export function zip(series: Series[], f: (...v: number[]) => number): Series {
  return series[0].map((_, k) => f(...series.map((s) => s[k])));
}

/** The paired difference b − a, replicate by replicate. */
export const diff = (b: Series, a: Series) => estimate(zip([b, a], (x, y) => x - y));

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(3));

/** Prints an effect with its interval, for the report and the test log. */
export function report(claim: string, what: string, e: Estimate): Estimate {
  console.log(`[${claim}] ${what}: ${fmt(e.mean)} (95% CI ${fmt(e.low)} to ${fmt(e.high)}, n = ${e.n}, dz = ${e.dz.toFixed(2)})`);
  return e;
}

/** Marks the lines `capflow evidence` reads back: one measured effect of a claim, as JSON. */
export const MEASURED = '@measured ';

/**
 * Prints a claim's headline effect for the test log and, as one JSON line, for the evidence report
 * (cli/commands/evidence.ts), with the seed the suite ran on.
 */
export function measured(claimId: string, what: string, e: Estimate): Estimate {
  report(claimId, what, e);
  console.log(`${MEASURED}${JSON.stringify({ claim: claimId, what, seed: SEED, n: e.n, mean: e.mean, low: e.low, high: e.high, dz: e.dz })}`);
  return e;
}

/** How close to a parameter (or to 0 or 1) an estimate must come to count as that value read back. */
export const READ_BACK_TOLERANCE = 1e-12;

/**
 * Fails an emergent claim's estimate that could not have come out otherwise: an interval of zero
 * width (every replicate gave the same value, as a formula would), or a mean equal to 0, 1 or one
 * of the given parameter values to within READ_BACK_TOLERANCE (a parameter read back). A test whose
 * estimate is caught here is structural and must say so (claims.ts).
 */
export function notByConstruction(e: Estimate, parameters: Record<string, number> = {}): Estimate {
  if (!(e.high - e.low > READ_BACK_TOLERANCE)) {
    throw new Error(`interval of zero width (${e.low} to ${e.high}): the value is the same in every replicate, so the test cannot fail by chance; class the claim as structural`);
  }
  for (const [name, value] of Object.entries({ zero: 0, one: 1, ...parameters })) {
    if (Math.abs(e.mean - value) <= READ_BACK_TOLERANCE) throw new Error(`mean ${e.mean} equals ${name} = ${value}: a parameter read back, not an emergent result; class the claim as structural`);
  }
  return e;
}

/** The 95% interval excludes zero on the positive side. */
export const above = (e: Estimate) => e.low > 0;
/** The 95% interval excludes zero on the negative side. */
export const below = (e: Estimate) => e.high < 0;
