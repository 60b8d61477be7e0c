import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { closestKeys } from '../../sim/scenario/closestKeys.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import { writeBaseline, type Baseline, type Tolerance } from './baseline.ts';
import { referencePath, writeReference } from './referenceMeans.ts';
import { meanKey, meanMap, runBaseline } from './runBaseline.ts';

/** A `--tolerance metric:group=x` before the run fills in its tick and mean. */
export interface ToleranceRequest {
  metric: string;
  group: string;
  tolerance: number;
}

/**
 * The headline means the shipped baselines hold to ±0.01 at the end (test/regression): what
 * `--add` checks when no --tolerance is given, so a fork's baseline reads like the shipped ones.
 */
export const DEFAULT_TOLERANCES: readonly ToleranceRequest[] = ['capability', 'coordination', 'outcomes', 'localAutonomy'].map((metric) => ({ metric, group: 'local', tolerance: 0.01 }));

/** Parses `metric:group=x` (x a non-negative number), as `capflow regress --add` takes it. */
export function parseTolerance(text: string, usage: string): ToleranceRequest {
  const m = /^([^:=]+):([^=]+)=(.+)$/.exec(text);
  const tolerance = m ? Number(m[3]) : NaN;
  if (!m || !/^[0-9.eE+-]+$/.test(m[3]) || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new CliError(`--tolerance takes metric:group=x with x a number of at least 0 (e.g. capability:local=0.01), got "${text}"`, EXIT.invalid, usage);
  }
  return { metric: m[1], group: m[2], tolerance };
}

export interface AddOptions {
  scenario: string;
  dir: string;
  seed: number;
  replicates: number;
  years: number;
  tolerances: readonly ToleranceRequest[];
  force: boolean;
  workers: number;
}

/**
 * Runs a fork's scenario and writes its baseline (`DIR/<scenario name>.json`) and reference means
 * (`.means.csv`) beside it. Tolerances apply at the last month of the run. Refuses to replace a
 * baseline without --force (that is what --update is for) and refuses a tolerance on a metric or
 * group the run does not report, naming the near misses.
 */
export async function addBaseline(o: AddOptions): Promise<{ file: string; baseline: Baseline }> {
  const file = join(o.dir, basename(o.scenario).replace(/\.jsonc?$/, '') + '.json');
  if (existsSync(file) && !o.force) {
    throw new CliError(`${file} already exists: check it with capflow regress ${file}, rewrite it with capflow regress --update ${file}, or replace it with --add ... --force`, EXIT.refused);
  }
  const run = await runBaseline(resolve(o.scenario), { seed: o.seed, replicates: o.replicates, years: o.years }, o.workers);
  if ('problems' in run) throw new CliError(run.problems, EXIT.invalid);
  const lastTick = Math.max(...run.means.map((m) => m.tick));
  const means = meanMap(run.means);
  const series = new Set(run.means.map((m) => `${m.metric}:${m.group}`));
  const tolerances: Tolerance[] = o.tolerances.map((t) => {
    const mean = means.get(meanKey(t.metric, t.group, lastTick));
    if (mean === undefined || Number.isNaN(mean)) {
      const near = closestKeys(`${t.metric}:${t.group}`, series, 3);
      throw new CliError(`--tolerance ${t.metric}:${t.group}: the run reports no ${mean === undefined ? '' : 'defined '}mean for it at tick ${lastTick}${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''}`, EXIT.invalid);
    }
    return { metric: t.metric, group: t.group, tick: lastTick, mean, tolerance: t.tolerance };
  });
  const scenario = relative(dirname(resolve(file)), resolve(o.scenario)).split(sep).join('/');
  const baseline: Baseline = {
    description: `Regression baseline for ${o.scenario.split(sep).join('/')}: exact bytes of metrics.csv, and means at the end that may move only within tolerance. Rewrite with: capflow regress --update`,
    scenario,
    seed: o.seed,
    replicates: o.replicates,
    years: o.years,
    sha256: run.sha256,
    exact: true,
    tolerances,
  };
  mkdirSync(o.dir, { recursive: true });
  writeBaseline(file, baseline);
  writeReference(referencePath(file), run.means);
  return { file, baseline };
}
