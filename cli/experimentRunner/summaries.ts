import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Moments } from '../../sim/runDesign/moments.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { meanInterval, pairedInterval } from './intervals.ts';
import { partPath } from './partFile.ts';
import { readPartValues, splitCsvLine } from './readPart.ts';
import { field, header, number } from './rows.ts';

/** Writes a file by appending chunks to a temporary and renaming it into place. */
export function writeStreamed(path: string, write: (append: (text: string) => void) => void): void {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    write((text) => writeSync(fd, text));
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** Runs grouped by scenario label and point, in the experiment's canonical order. */
export function groupRuns(runs: readonly RunSpec[]): RunSpec[][] {
  const groups = new Map<string, RunSpec[]>();
  for (const run of runs) {
    const key = `${run.label}\u0000${JSON.stringify(run.point)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(run);
  }
  return [...groups.values()];
}

/** Whether a row (tick, metric, group) is written; absent, every row is. */
export type RowFilter = (tick: number, metric: string, group: string) => boolean;

/** metrics.csv: every run's rows (or those `keep` takes), in canonical order, whatever order they finished in. */
export function writeMetrics(dir: string, runs: readonly RunSpec[], pointNames: readonly string[], keep?: RowFilter): void {
  const at = 3 + pointNames.length;
  writeStreamed(join(dir, 'metrics.csv'), (append) => {
    append(header(pointNames) + '\n');
    for (const run of runs) {
      const text = readFileSync(partPath(dir, run), 'utf8');
      if (!keep) append(text);
      else
        append(
          text
            .split('\n')
            .filter((line) => {
              if (line === '') return false;
              const c = splitCsvLine(line);
              return keep(Number(c[at]), c[at + 2], c[at + 3]);
            })
            .map((line) => line + '\n')
            .join(''),
        );
    }
  });
}

/** Columns a summary adds after its own (the posterior's intervals): fed every value, then asked per key. */
export interface ExtraColumns {
  names: readonly string[];
  add(key: string, run: RunSpec, value: number): void;
  cells(key: string): string[];
}

/**
 * summary.csv: per scenario, point, tick, metric and group, the mean and 95% interval across
 * replicates (only the rows `keep` records, if given), and the columns `extra` makes afresh for
 * each group, if any.
 */
export function writeSummary(dir: string, runs: readonly RunSpec[], pointNames: readonly string[], keep?: RowFilter, extra?: () => ExtraColumns): void {
  writeStreamed(join(dir, 'summary.csv'), (append) => {
    append(['scenario', ...pointNames, 'tick', 'date', 'metric', 'group', 'n', 'mean', 'sd', 'ci_low', 'ci_high', 'half_width', ...(extra?.().names ?? [])].join(',') + '\n');
    const dates = new Map<string, string>();
    for (const group of groupRuns(runs)) {
      const moments = new Moments();
      const more = extra?.();
      for (const run of group) {
        for (const [key, value] of readPartValues(dir, run, pointNames.length, dates)) {
          moments.add(key, value);
          more?.add(key, run, value);
        }
      }
      const prefix = [field(group[0].label), ...pointNames.map((n) => number(group[0].point[n]))].join(',');
      for (const key of moments.keys) {
        const m = moments.get(key)!;
        const ci = meanInterval(m.n, m.mean, m.sd);
        const [tick, metric, g] = splitKey(key);
        if (keep && !keep(Number(tick), metric, g)) continue;
        const tail = more ? more.cells(key).map((c) => ',' + c).join('') : '';
        append(`${prefix},${tick},${dates.get(tick)},${metric},${field(g)},${m.n},${number(ci.mean)},${number(ci.sd)},${number(ci.low)},${number(ci.high)},${number(ci.halfWidth)}${tail}\n`);
      }
    }
  });
}

/** A comparison of one scenario (label) against a baseline label, paired by replicate. */
export interface Pair {
  baseline: string;
  scenario: string;
}

export type PairedResult = ReturnType<typeof pairedInterval> & { meanBaseline: number; meanScenario: number; posterior?: PosteriorPairResult };

/** What a posterior experiment adds to a paired difference (cli/posterior/posteriorColumns.ts). */
export interface PosteriorPairResult {
  draws: number;
  stochasticLow: number;
  stochasticHigh: number;
  parameterLow: number;
  parameterHigh: number;
  unpairedParameterHalf: number;
  positive: number;
  negative: number;
  /** Each draw's mean difference, for the keys the report reads. */
  drawMeans?: number[];
}

/** Columns a comparison adds after its own, one set per pair, fed each replicate's two values. */
export interface PairColumns {
  names: readonly string[];
  add(key: string, run: RunSpec, baseline: number, scenario: number): void;
  cells(key: string): string[];
  result(key: string): PosteriorPairResult | undefined;
}

/**
 * compare.csv: each pair's difference, paired by replicate (common random numbers), with the
 * unpaired interval for contrast; in a sweep, at every design point (one column per varied
 * parameter after baseline). Reads one replicate of every scenario at a time, so memory does not
 * grow with the number of replicates. Returns the results by pair index and key (the first point's,
 * which is the only one outside a sweep) for the stdout table.
 */
export function writeComparison(dir: string, runs: readonly RunSpec[], pairs: readonly Pair[], pointNames: readonly string[] = [], extra?: () => PairColumns): Map<string, PairedResult>[] {
  const replicates = [...new Set(runs.map((r) => r.replicate))].sort((a, b) => a - b);
  const points = [...new Set(runs.map((r) => JSON.stringify(r.point)))];
  const byRun = new Map(runs.map((r) => [`${r.label}\u0000${JSON.stringify(r.point)}\u0000${r.replicate}`, r]));
  const find = (label: string, point: string, replicate: number) => byRun.get(`${label}\u0000${point}\u0000${replicate}`)!;
  const labels = [...new Set(pairs.flatMap((p) => [p.baseline, p.scenario]))];
  const dates = new Map<string, string>();
  const results = pairs.map(() => new Map<string, PairedResult>());
  writeStreamed(join(dir, 'compare.csv'), (append) => {
    // The difference's interval is named as such (diff_ci_*), so it is never read as summary.csv's
    // interval of a mean.
    const names = extra?.().names ?? [];
    append(['scenario', 'baseline', ...pointNames.map(field), 'tick,date,metric,group,n,mean_baseline,mean_scenario,mean_difference,diff_ci_low,diff_ci_high,effect_size_dz,effect_size_d,unpaired_half_width,paired_over_unpaired', ...names].join(',') + '\n');
    // Point by point, so memory holds one point's moments however large the sweep.
    points.forEach((point, j) => {
      const moments = pairs.map(() => ({ a: new Moments(), b: new Moments(), diff: new Moments() }));
      const more = pairs.map(() => extra?.());
      for (const k of replicates) {
        const values = new Map(labels.map((label) => [label, readPartValues(dir, find(label, point, k), pointNames.length, dates)]));
        pairs.forEach((pair, i) => {
          const a = values.get(pair.baseline)!;
          const run = find(pair.scenario, point, k);
          for (const [key, vb] of values.get(pair.scenario)!) {
            const va = a.get(key);
            if (va === undefined) continue;
            moments[i].a.add(key, va);
            moments[i].b.add(key, vb);
            moments[i].diff.add(key, vb - va);
            more[i]?.add(key, run, va, vb);
          }
        });
      }
      const values = pointNames.map((n) => number((JSON.parse(point) as Record<string, number>)[n]));
      pairs.forEach((pair, i) => {
        const m = moments[i];
        for (const key of m.diff.keys) {
          const d = m.diff.get(key)!;
          const a = m.a.get(key)!;
          const b = m.b.get(key)!;
          const p = { ...pairedInterval(d.n, d, a, b), meanBaseline: a.mean, meanScenario: b.mean, ...(more[i] ? { posterior: more[i]!.result(key) } : {}) };
          if (j === 0) results[i].set(key, p);
          const [tick, metric, g] = splitKey(key);
          append(
            [field(pair.scenario), field(pair.baseline), ...values, tick, dates.get(tick), metric, field(g), d.n, number(a.mean), number(b.mean), number(p.mean), number(p.low), number(p.high),
              number(p.effectDz), number(p.effectD), number(p.unpairedHalfWidth), number(p.ratio), ...(more[i]?.cells(key) ?? [])].join(',') + '\n',
          );
        }
      });
    });
  });
  return results;
}

export function splitKey(key: string): [string, string, string] {
  const first = key.indexOf(',');
  const second = key.indexOf(',', first + 1);
  return [key.slice(0, first), key.slice(first + 1, second), key.slice(second + 1)];
}
