import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { METRICS } from '../../sim/model/metrics.ts';
import { groupKind } from '../../sim/output/groupKind.ts';
import type { Experiment } from './experiment.ts';
import { describeRecording } from './recording.ts';
import { readPartValues, splitCsvLine } from './readPart.ts';
import { field } from './rows.ts';
import { splitKey, writeStreamed } from './summaries.ts';

/** A column of some capflow CSV: what it holds and in what unit. */
interface Column {
  meaning: string;
  unit: string;
}

const UNDEFINED = 'empty where undefined (read as NA by R and pandas)';

/**
 * Every column capflow writes, by name (a name means the same in every file it appears in). A
 * varied parameter's column is named by its scenario path and described from the experiment.
 */
export const COLUMNS: Record<string, Column> = {
  scenario: { meaning: 'scenario name (a counterfactual is the name followed by :counterfactual)', unit: 'text' },
  baseline: { meaning: 'the scenario the difference is taken against (compare.csv: scenario minus baseline)', unit: 'text' },
  replicate: { meaning: 'replicate number, from 0; the same replicate of two scenarios shares its random numbers', unit: 'count' },
  seed: { meaning: 'the run seed the replicate derives its random streams from (docs/ODD.md §4.9)', unit: 'integer' },
  tick: { meaning: 'month of the reported run, from 0 (the start, after warm-up)', unit: 'month' },
  date: { meaning: 'first day of the simulated month, ISO 8601 (as.Date and pandas.to_datetime read it as is)', unit: 'date' },
  metric: { meaning: 'metric name; each is described in this codebook (entry = metric)', unit: 'text' },
  group: { meaning: 'what the value is for; its kind is given per metric in group_kinds (tier, region, tier~tier, instrument:direction, ...)', unit: 'text' },
  value: { meaning: "the metric's value for the group in the month", unit: "the metric's unit" },
  n: { meaning: 'number of replicates summarised', unit: 'count' },
  mean: { meaning: 'mean across replicates', unit: "the metric's unit" },
  sd: { meaning: `standard deviation across replicates; ${UNDEFINED}, as with one replicate`, unit: "the metric's unit" },
  ci_low: { meaning: `lower end of the 95% t interval of the mean (summary.csv) or of the index (sensitivity.csv, bootstrap); ${UNDEFINED}`, unit: "the metric's unit" },
  ci_high: { meaning: `upper end of that 95% interval; ${UNDEFINED}`, unit: "the metric's unit" },
  half_width: { meaning: `half-width of the 95% t interval of the mean; ${UNDEFINED}`, unit: "the metric's unit" },
  mean_baseline: { meaning: "baseline's mean across replicates", unit: "the metric's unit" },
  mean_scenario: { meaning: "scenario's mean across replicates", unit: "the metric's unit" },
  mean_difference: { meaning: 'mean of the paired differences, scenario minus baseline, replicate by replicate (common random numbers)', unit: "the metric's unit" },
  diff_ci_low: { meaning: `lower end of the 95% t interval of the paired difference; ${UNDEFINED}`, unit: "the metric's unit" },
  diff_ci_high: { meaning: `upper end of the 95% t interval of the paired difference; ${UNDEFINED}`, unit: "the metric's unit" },
  effect_size_dz: { meaning: `Cohen's d_z: mean difference over the sd of the paired differences; ${UNDEFINED} (no spread, or one replicate)`, unit: 'ratio' },
  effect_size_d: { meaning: `Cohen's d: mean difference over the pooled sd of the two scenarios; ${UNDEFINED}`, unit: 'ratio' },
  unpaired_half_width: { meaning: `half-width of the Welch 95% interval the same runs would give unpaired; ${UNDEFINED}`, unit: "the metric's unit" },
  paired_over_unpaired: { meaning: `paired over unpaired half-width: below 1 means pairing narrowed the interval; ${UNDEFINED}`, unit: 'ratio' },
  draw: { meaning: 'posterior draw of a replicate (--posterior): replicates 2j and 2j+1 share draw j, so their spread is the noise at fixed parameters (docs/ODD.md Appendix C)', unit: 'count' },
  particle: { meaning: 'row (particle column) of the posterior.csv the draw took, chosen by a hash of the file, the seed and the draw', unit: 'count' },
  draws: { meaning: 'posterior draws summarised (distinct parameter points drawn; each ran one or two replicates)', unit: 'count' },
  stochastic_ci_low: { meaning: `lower end of the 95% interval of the mean from replicate noise alone, the drawn parameters held as known (pooled spread within draws); ${UNDEFINED}`, unit: "the metric's unit" },
  stochastic_ci_high: { meaning: `upper end of that stochastic interval; ${UNDEFINED}`, unit: "the metric's unit" },
  parameter_ci_low: { meaning: `lower end of the 95% interval including parameter uncertainty: where the expected value at a draw from the posterior lies (normal approximation, docs/ODD.md Appendix C); ${UNDEFINED}`, unit: "the metric's unit" },
  parameter_ci_high: { meaning: `upper end of that parameter-inclusive interval; ${UNDEFINED}`, unit: "the metric's unit" },
  stochastic_diff_ci_low: { meaning: `lower end of the paired difference's 95% interval from replicate noise alone (parameters held as drawn); ${UNDEFINED}`, unit: "the metric's unit" },
  stochastic_diff_ci_high: { meaning: `upper end of that stochastic interval of the difference; ${UNDEFINED}`, unit: "the metric's unit" },
  parameter_diff_ci_low: { meaning: `lower end of the paired difference's 95% interval including parameter uncertainty (both sides ran the same draws); ${UNDEFINED}`, unit: "the metric's unit" },
  parameter_diff_ci_high: { meaning: `upper end of that parameter-inclusive interval of the difference; ${UNDEFINED}`, unit: "the metric's unit" },
  parameter_unpaired_half_width: { meaning: `half-width the parameter-inclusive interval would have if each side drew its parameters independently; ${UNDEFINED}`, unit: "the metric's unit" },
  draws_positive: { meaning: "draws whose mean paired difference (over the draw's replicates) is above zero", unit: 'count' },
  draws_negative: { meaning: "draws whose mean paired difference is below zero", unit: 'count' },
  method: { meaning: 'sensitivity method: morris or sobol', unit: 'text' },
  factor: { meaning: 'the varied parameter (scenario path)', unit: 'text' },
  index: { meaning: 'the sensitivity index: mu_star, mu, sigma (Morris) or first_order, total (Sobol)', unit: 'text' },
  output: { meaning: 'what the sensitivity indices are of: level (the metric as the runs report it) or mobility_contribution (the run minus the same run with mobility off, paired by replicate)', unit: 'text' },
  estimate: { meaning: "the index's estimate", unit: "the output's unit (Morris) or share of variance (Sobol)" },
  point: { meaning: 'design point of a discovery (points.csv), from 0; its varied values follow in their own columns', unit: 'count' },
  baseline_mean: { meaning: "the baseline's mean of the analysed metric at the point, across replicates", unit: "the metric's unit" },
  policy_mean: { meaning: "the policy's mean of the analysed metric at the point, across replicates", unit: "the metric's unit" },
  effect: { meaning: 'policy minus baseline at the point, the mean of the paired differences (common random numbers)', unit: "the metric's unit" },
  case_of_interest: { meaning: 'whether the effect is on the --below/--above side of the threshold (TRUE/FALSE, which R and pandas read as logical)', unit: 'logical' },
  step: { meaning: 'peeling step of PRIM, from 0 (the whole range)', unit: 'count' },
  coverage: { meaning: "share of all cases of interest inside the step's box", unit: 'share (0–1)' },
  density: { meaning: "share of the box's points that are cases of interest", unit: 'share (0–1)' },
  mass: { meaning: "share of all points inside the box", unit: 'share (0–1)' },
  n_points: { meaning: 'points inside the box', unit: 'count' },
  n_of_interest: { meaning: 'cases of interest inside the box', unit: 'count' },
  dimension: { meaning: 'the varied assumption a row of the box describes', unit: 'text' },
  lo: { meaning: "lower end of the box on that dimension", unit: "the parameter's unit" },
  hi: { meaning: "upper end of the box on that dimension", unit: "the parameter's unit" },
  restricted: { meaning: 'whether the box restricts that dimension below its sampled range (TRUE/FALSE)', unit: 'logical' },
};

const HEADER = 'entry,name,meaning,unit,group_kinds,odd_section';

/**
 * codebook.csv: every column of the folder's files and every metric its runs report (meaning,
 * unit, the kinds of group it is reported for, and where docs/ODD.md defines it), so the data can
 * be read without the source.
 */
export function writeCodebook(dir: string, e: Experiment, files: readonly string[]): void {
  const columns = [...new Set(files.flatMap((file) => splitCsvLine(headerLine(join(dir, file)))))];
  const groupsOf = new Map<string, Set<string>>();
  if (e.runs.length > 0) {
    for (const key of readPartValues(dir, e.runs[0], e.pointNames.length).keys()) {
      const [, metric, group] = splitKey(key);
      if (!groupsOf.has(metric)) groupsOf.set(metric, new Set());
      groupsOf.get(metric)!.add(groupKind(unquote(group)));
    }
  }
  writeStreamed(join(dir, 'codebook.csv'), (append) => {
    append(HEADER + '\n');
    for (const name of columns) {
      const c = COLUMNS[name] ?? { meaning: `varied parameter ${name} (its unit and range: capflow params, or Appendix A of docs/ODD.md)`, unit: 'parameter' };
      append(['column', field(name), field(c.meaning), field(c.unit), '', ''].join(',') + '\n');
    }
    if (e.recording) append(['recording', 'selection', field(describeRecording(e.recording)), '', '', ''].join(',') + '\n');
    for (const [metric, kinds] of groupsOf) {
      if (e.recording?.metrics && !e.recording.metrics.includes(metric)) continue;
      const m = METRICS[metric];
      append(['metric', field(metric), field(m?.description ?? ''), field(m?.unit ?? ''), field([...kinds].join(' ')), '§4.11'].join(',') + '\n');
    }
  });
}

/** The first line of a file, read in small pieces (metrics.csv may be gigabytes). */
function headerLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    let text = '';
    for (let at = 0; !text.includes('\n'); ) {
      const got = readSync(fd, buffer, 0, buffer.length, at);
      if (got === 0) break;
      text += buffer.toString('utf8', 0, got);
      at += got;
    }
    return text.split('\n')[0];
  } finally {
    closeSync(fd);
  }
}

function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}
