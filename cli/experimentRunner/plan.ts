import seedrandom from 'seedrandom';
import { contentId } from '../../sim/runDesign/contentId.ts';
import { withoutMobility } from '../../sim/runDesign/counterfactual.ts';
import { replicateRuns, type DrawOf, type RunSpec } from '../../sim/runDesign/runSpec.ts';
import { varyEdit, type Factor } from './parseVary.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import { scenarioValue } from '../../sim/runDesign/scenarioValue.ts';
import { withTiedFactors } from '../../sim/runDesign/tiedFactors.ts';
import type { Tie } from '../experiment/parseTie.ts';
import { integerFactorNames, roundIntegerFactors } from '../../sim/runDesign/integerFactors.ts';
import { applySets } from '../../sim/scenario/setPath.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import type { Problem } from '../../sim/scenario/problems.ts';
import { fullFactorial, latinHypercube, morrisDesign, oneAtATime, saltelliDesign, scaleToRanges } from '../../sim/stats/index.ts';
import { officialsIn } from '../memoryEstimate.ts';
import type { DiscoverDetails, Experiment, PosteriorRecord } from './experiment.ts';
import type { LoadedInput } from './loadInput.ts';
import type { Pair } from './summaries.ts';

const COUNTERFACTUAL = ':counterfactual';

/** Replicates of one or more scenarios; with a counterfactual, each is also run without mobility. */
export function planScenarios(kind: 'run' | 'compare', loaded: LoadedInput[], seed: number, replicates: number, counterfactual: boolean, posterior?: PlannedPosterior): Experiment & { kind: 'run' | 'compare' } {
  const labels: string[] = [];
  const runs: RunSpec[] = [];
  const pairs: Pair[] = [];
  const inputs: Record<string, Record<string, unknown>> = {};
  const keep = (input: Record<string, unknown>) => {
    const id = contentId(input);
    inputs[id] = input;
    return id;
  };
  for (const l of loaded) {
    const label = uniqueLabel(l.scenario.name, labels);
    labels.push(label);
    runs.push(...replicateRuns(label, keep(l.input), seed, replicates, {}, posterior?.drawOf));
    if (counterfactual) {
      labels.push(label + COUNTERFACTUAL);
      runs.push(...replicateRuns(label + COUNTERFACTUAL, keep(withoutMobility(l.input)), seed, replicates, {}, posterior?.drawOf));
      pairs.push({ baseline: label + COUNTERFACTUAL, scenario: label });
    }
  }
  if (kind === 'compare') {
    const scenarios = labels.filter((l) => !l.endsWith(COUNTERFACTUAL));
    for (const other of scenarios.slice(1)) pairs.push({ baseline: scenarios[0], scenario: other });
  }
  const ticks = Math.max(...loaded.map((l) => l.scenario.years.value * 12));
  return { kind, runs, inputs, labels, pointNames: [], details: { pairs, seed, replicates, ticks, ...(posterior ? { posterior: posterior.record } : {}) } };
}

/** A posterior to draw each replicate's parameters from: what the experiment records, and the draw. */
export interface PlannedPosterior {
  record: PosteriorRecord;
  drawOf: DrawOf;
}

function uniqueLabel(name: string, taken: string[]): string {
  if (!taken.includes(name)) return name;
  let i = 2;
  while (taken.includes(`${name}#${i}`)) i++;
  return `${name}#${i}`;
}

/**
 * Runs at each point of a design: the scenario with each varied path set to the point's value.
 * Every point is validated now, so a bad range fails before anything runs; the edited inputs are
 * not kept (runs apply their point when they execute), so memory does not grow with the design.
 */
function pointRuns(base: LoadedInput, factors: readonly Pick<Factor, 'name' | 'arg'>[], points: Record<string, number>[], seed: number, replicates: number, label = base.scenario.name, drawOf?: DrawOf) {
  const runs: RunSpec[] = [];
  /** The most officials at any point (a sweep may vary the establishment), for the memory estimate. */
  let largestOfficials = 0;
  const problems: Problem[] = [];
  const inputId = contentId(base.input);
  for (const point of points) {
    const input = structuredClone(base.input);
    for (const [name, v] of Object.entries(point)) {
      // Filed under the --vary as typed, so a bad path is one problem, not one per value.
      const arg = factors.find((f) => f.name === name)?.arg ?? name;
      problems.push(...applySets(input, [varyEdit(name, v)], 'varied by the experiment', '--vary').map((p) => ({ ...p, file: `--vary ${arg}` })));
    }
    const checked = validateScenario(base.file, input);
    if (!checked.scenario) {
      problems.push(...checked.problems.map((p) => ({ ...p, message: `${p.message} (at ${JSON.stringify(point)})` })));
      continue;
    }
    largestOfficials = Math.max(largestOfficials, officialsIn(checked.scenario));
    runs.push(...replicateRuns(label, inputId, seed, replicates, point, drawOf));
  }
  return { runs, inputs: { [inputId]: base.input }, problems: dedupe(problems), largestOfficials };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.file}|${p.path}|${p.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** A seeded uniform generator whose seed is the experiment's content, never the clock. */
function contentRandom(spec: unknown): () => number {
  return seedrandom.alea(contentId(spec));
}

/** A continuous design's points with each whole-number parameter rounded into its range (sim/runDesign/integerFactors.ts). */
function wholeWhereInteger(base: LoadedInput, factors: readonly Factor[], points: Record<string, number>[], ranges: readonly { name: string; lo: number; hi: number }[]): Record<string, number>[] {
  const integers = integerFactorNames(base.input, factors);
  try {
    return roundIntegerFactors(points, ranges.map((r) => ({ ...r, path: factors.find((f) => f.name === r.name)!.path })), integers);
  } catch (err) {
    if (err instanceof RangeError) throw new CliError(`--vary ${err.message}: widen the range to include one`, EXIT.invalid);
    throw err;
  }
}

/** A full-factorial grid, a Latin hypercube over ranges, or one parameter at a time over its range (`samples` its levels) with the others at the scenario's values. */
export function planSweep(base: LoadedInput, factors: Factor[], design: 'grid' | 'lhs' | 'ofat', samples: number, seed: number, replicates: number, ties: readonly Tie[] = [], counterfactual = false, posterior?: PlannedPosterior) {
  const names = [...factors.map((f) => f.name), ...ties.map((t) => t.name)];
  let points: Record<string, number>[];
  const ranges = factors.map((f) => ('lo' in f ? { name: f.name, lo: f.lo, hi: f.hi } : { name: f.name, lo: Math.min(...f.values), hi: Math.max(...f.values) }));
  if (design === 'grid') {
    const problems = factors.flatMap((f) => ('values' in f ? [] : [{ file: '--vary', path: f.arg, message: 'a grid needs path=lo:hi:step or listed values' }]));
    if (problems.length > 0) return { problems, largestOfficials: 0 };
    points = fullFactorial(factors.map((f) => ({ name: f.name, values: (f as { values: number[] }).values })));
  } else if (design === 'lhs') {
    points = wholeWhereInteger(base, factors, latinHypercube(ranges, samples, contentRandom({ design, ranges, samples, input: base.input })), ranges);
  } else {
    const baseline: Record<string, number> = {};
    const problems = factors.flatMap((f) => {
      const v = scenarioValue(base.input, f.name);
      if (v === undefined) return [{ file: '--vary', path: f.arg, message: 'a one-at-a-time design holds the other factors at the scenario\'s values, and this path has no number there' }];
      baseline[f.name] = v;
      return [];
    });
    if (problems.length > 0) return { problems, largestOfficials: 0 };
    // A factor given as a list keeps its listed values as its levels; a range gets `samples` levels.
    const levelled = ranges.map((r, i) => ('values' in factors[i] ? { ...r, values: (factors[i] as { values: number[] }).values } : r));
    points = distinctPoints(wholeWhereInteger(base, factors, oneAtATime(levelled, baseline, samples), ranges));
  }
  points = tied(base, ties, points);
  const { runs, inputs, problems, largestOfficials } = pointRuns(base, [...factors, ...ties], points, seed, replicates, base.scenario.name, posterior?.drawOf);
  const labels = [base.scenario.name];
  if (counterfactual) {
    // The same posterior draw for a point's run and its counterfactual: paired in parameters too.
    const off = pointRuns({ ...base, input: withoutMobility(base.input) }, [...factors, ...ties], points, seed, replicates, base.scenario.name + COUNTERFACTUAL, posterior?.drawOf);
    runs.push(...off.runs);
    Object.assign(inputs, off.inputs);
    labels.push(base.scenario.name + COUNTERFACTUAL);
  }
  const details = { design, samples, ...(counterfactual ? { counterfactual: true as const } : {}), seed, replicates, ticks: base.scenario.years.value * 12, ...(posterior ? { posterior: posterior.record } : {}) };
  const experiment: Experiment = { kind: 'sweep', runs, inputs, labels, pointNames: names, details };
  return { experiment, problems, largestOfficials };
}

/** Points with repeats left out, in first-seen order (rounding can make two levels of a whole-number parameter one). */
function distinctPoints(points: Record<string, number>[]): Record<string, number>[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const k = JSON.stringify(p);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** Each point with its tied parameters' values added (sim/runDesign/tiedFactors.ts). */
function tied(base: LoadedInput, ties: readonly Tie[], points: Record<string, number>[]): Record<string, number>[] {
  return withTiedFactors(points, ties, integerFactorNames(base.input, ties));
}

/** Morris trajectories or a Saltelli design over ranges, for one output metric. */
export function planSensitivity(
  base: LoadedInput,
  factors: Factor[],
  method: 'morris' | 'sobol',
  samples: number,
  output: { metric: string; group: string; tick: number },
  seed: number,
  replicates: number,
  ties: readonly Tie[] = [],
  counterfactual = false,
) {
  // `path` here is the factor's name (its path, with @always or @YYYY-MM when given), as in the points.
  const ranges = factors.map((f) => ('lo' in f ? { path: f.name, lo: f.lo, hi: f.hi } : { path: f.name, lo: Math.min(...f.values), hi: Math.max(...f.values) }));
  const rand = contentRandom({ method, ranges, samples, input: base.input });
  const k = ranges.length;
  const unitPoints = method === 'morris' ? morrisDesign(k, samples, 4, rand).points : saltelliDesign(k, samples, rand, { sampler: k <= 20 ? 'sobol' : 'random' });
  const named = ranges.map((r) => ({ name: r.path, lo: r.lo, hi: r.hi }));
  const scaled = wholeWhereInteger(base, factors, scaleToRanges(unitPoints, named), named);
  // Distinct points run once each (Morris trajectories revisit corners); design rows map onto them.
  const distinct: Record<string, number>[] = [];
  const index = new Map<string, number>();
  const designPointOf = scaled.map((p) => {
    const key = JSON.stringify(p);
    if (!index.has(key)) {
      index.set(key, distinct.length);
      distinct.push(p);
    }
    return index.get(key)!;
  });
  const points = tied(base, ties, distinct);
  const { runs, inputs, problems, largestOfficials } = pointRuns(base, [...factors, ...ties], points, seed, replicates);
  const labels = [base.scenario.name];
  if (counterfactual) {
    // The same points and replicates with mobility off: replicate k of both shares its random
    // numbers, so the contribution at a point is a paired difference (docs/ODD.md §4.9).
    const off = pointRuns({ ...base, input: withoutMobility(base.input) }, [...factors, ...ties], points, seed, replicates, base.scenario.name + COUNTERFACTUAL);
    runs.push(...off.runs);
    Object.assign(inputs, off.inputs);
    labels.push(base.scenario.name + COUNTERFACTUAL);
  }
  const experiment: Experiment = {
    kind: 'sensitivity',
    runs,
    inputs,
    labels,
    pointNames: [...ranges.map((r) => r.path), ...ties.map((t) => t.name)],
    details: {
      method, ...output, factors: ranges, unitPoints, baseSamples: samples, designPointOf,
      bootstrapSeed: contentId({ method, ranges, samples, output }), ...(counterfactual ? { counterfactual: true as const } : {}), seed, replicates, ticks: base.scenario.years.value * 12,
    },
  };
  return { experiment, problems, largestOfficials };
}

/** What a discovery asks of its runs, besides the design: read by planDiscover into its details. */
export type DiscoverQuestion = Pick<DiscoverDetails, 'metric' | 'group' | 'tick' | 'date' | 'threshold' | 'direction' | 'prim'>;

/**
 * Scenario discovery: one Latin hypercube over the ranges, and at every point the same replicates
 * of the baseline and of the policy, so the policy's effect at a point is paired under common
 * random numbers (replicate k of both draws the same streams) and the design's variation is not
 * blurred by independent noise.
 */
export function planDiscover(baseline: LoadedInput, policy: LoadedInput, factors: Factor[], samples: number, question: DiscoverQuestion, seed: number, replicates: number, ties: readonly Tie[] = []) {
  const ranges = factors.map((f) => ('lo' in f ? { name: f.name, lo: f.lo, hi: f.hi } : { name: f.name, lo: Math.min(...f.values), hi: Math.max(...f.values) }));
  const points = tied(baseline, ties, wholeWhereInteger(baseline, factors, latinHypercube(ranges, samples, contentRandom({ design: 'discover', ranges, samples, baseline: baseline.input, policy: policy.input })), ranges));
  const baselineLabel = baseline.scenario.name;
  const policyLabel = uniqueLabel(policy.scenario.name, [baselineLabel]);
  const a = pointRuns(baseline, [...factors, ...ties], points, seed, replicates, baselineLabel);
  const b = pointRuns(policy, [...factors, ...ties], points, seed, replicates, policyLabel);
  const ticks = Math.max(baseline.scenario.years.value, policy.scenario.years.value) * 12;
  const experiment: Experiment = {
    kind: 'discover',
    runs: [...a.runs, ...b.runs],
    inputs: { ...a.inputs, ...b.inputs },
    labels: [baselineLabel, policyLabel],
    pointNames: [...ranges.map((r) => r.name), ...ties.map((t) => t.name)],
    details: { baseline: baselineLabel, policy: policyLabel, ...question, factors: ranges.map((r) => ({ path: r.name, lo: r.lo, hi: r.hi })), samples, seed, replicates, ticks },
  };
  return { experiment, problems: dedupe([...a.problems, ...b.problems]), largestOfficials: Math.max(a.largestOfficials, b.largestOfficials) };
}
