import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatProblemList } from '../../sim/scenario/capProblems.ts';
import { parseOrUsage, wholeNumber } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { removeScratch } from '../outputFolder.ts';
import { assemble } from './assemble.ts';
import { executeExperiment } from './experiment.ts';
import { loadInput } from './loadInput.ts';
import { planScenarios } from './plan.ts';
import { splitCsvLine } from './readPart.ts';

/** A committed regression baseline: a scenario run, its exact digest, and tolerances on means. */
const Baseline = z
  .object({
    description: z.string().optional(),
    scenario: z.string().describe('Scenario file, relative to this baseline'),
    seed: z.number().int().min(0),
    replicates: z.number().int().min(1),
    years: z.number().int().min(1),
    /** SHA-256 of metrics.csv; a mismatch fails unless exact is false. */
    sha256: z.string(),
    exact: z.boolean().default(true),
    tolerances: z.array(
      z.object({ metric: z.string(), group: z.string(), tick: z.number().int().min(0), mean: z.number(), tolerance: z.number().min(0) }).strict(),
    ),
  })
  .strict();
type Baseline = z.infer<typeof Baseline>;

export const DEFAULT_REGRESSION_DIR = 'test/regression';

/**
 * capflow regress [--update] [--dir D] [baseline.json ...]: runs each baseline's scenario and
 * fails when results drift from what is committed. --update rewrites the baselines and prints
 * what changed.
 */
export async function regressCommand(argv: string[], io: Io, usage: string): Promise<number> {
  const print = io.out;
  const warn = (s: string) => io.err(s + '\n');
  const o = parseOrUsage(() => parseArgs({ args: argv, options: { update: { type: 'boolean' }, dir: { type: 'string' }, workers: { type: 'string' } }, allowPositionals: true, strict: true }), usage);
  const workers = wholeNumber('workers', o.values.workers, 1, 1024, usage) ?? availableParallelism();
  const dir = o.values.dir ?? DEFAULT_REGRESSION_DIR;
  let files: string[];
  try {
    files = o.positionals.length > 0 ? o.positionals : readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  } catch (err) {
    throw new CliError(`cannot read the baselines in ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, EXIT.invalid);
  }
  if (files.length === 0) throw new CliError(`no baselines in ${dir}`, EXIT.invalid);
  let failed = 0;
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      warn(`${file}: ${err instanceof SyntaxError ? `not valid JSON (${err.message})` : `cannot be read (${(err as NodeJS.ErrnoException).code})`}`);
      failed++;
      continue;
    }
    const parsed = Baseline.safeParse(json);
    if (!parsed.success) {
      warn(`${file}: ${parsed.error.issues.map((i) => `$.${i.path.join('.')}: ${i.message}`).join('; ')}`);
      failed++;
      continue;
    }
    const result = await check(file, parsed.data, workers);
    if ('problems' in result) {
      warn(result.problems);
      failed++;
      continue;
    }
    if (o.values.update) {
      const changes = update(file, parsed.data, result);
      print(`${file}: ${changes.length === 0 ? 'unchanged' : `updated\n  ${changes.join('\n  ')}`}\n`);
      continue;
    }
    const drift = compare(parsed.data, result);
    if (drift.length === 0) print(`ok   ${file}\n`);
    else {
      failed++;
      print(`FAIL ${file}\n  ${drift.join('\n  ')}\n`);
    }
  }
  if (failed > 0 && !o.values.update) print(`\n${failed} of ${files.length} regression baselines drifted. If the change is intended, run: capflow regress --update\n`);
  return failed > 0 ? EXIT.invalid : EXIT.ok;
}

interface Result {
  sha256: string;
  means: Map<string, number>;
}

async function check(file: string, b: Baseline, workers: number): Promise<Result | { problems: string }> {
  const loaded = loadInput(resolve(dirname(file), b.scenario), [], b.years);
  if (!loaded.loaded) return { problems: formatProblemList(loaded.problems).join('\n') };
  const e = planScenarios('run', [loaded.loaded], b.seed, b.replicates, false);
  const out = mkdtempSync(join(tmpdir(), 'capflow-regress-'));
  try {
    const dir = join(out, 'run');
    await executeExperiment(e, { dir, workers, resume: false });
    assemble(dir, e);
    const sha256 = createHash('sha256').update(readFileSync(join(dir, 'metrics.csv'))).digest('hex');
    const means = new Map<string, number>();
    for (const line of readFileSync(join(dir, 'summary.csv'), 'utf8').trim().split('\n').slice(1)) {
      const [, tick, , metric, group, , mean] = splitCsvLine(line); // scenario, tick, date, metric, group, n, mean
      means.set(`${metric}|${group}|${tick}`, Number(mean));
    }
    return { sha256, means };
  } finally {
    removeScratch(out);
  }
}

function compare(b: Baseline, r: Result): string[] {
  const drift: string[] = [];
  if (b.exact && r.sha256 !== b.sha256) drift.push(`metrics.csv digest ${r.sha256.slice(0, 12)}… differs from baseline ${b.sha256.slice(0, 12)}…`);
  for (const t of b.tolerances) {
    const now = r.means.get(`${t.metric}|${t.group}|${t.tick}`);
    if (now === undefined) drift.push(`${t.metric}/${t.group} at tick ${t.tick}: no longer reported`);
    else if (Math.abs(now - t.mean) > t.tolerance) drift.push(`${t.metric}/${t.group} at tick ${t.tick}: ${now} (baseline ${t.mean} ± ${t.tolerance})`);
  }
  return drift;
}

function update(file: string, b: Baseline, r: Result): string[] {
  const changes: string[] = [];
  if (r.sha256 !== b.sha256) changes.push(`sha256 ${b.sha256.slice(0, 12)}… -> ${r.sha256.slice(0, 12)}…`);
  const tolerances = b.tolerances.map((t) => {
    const now = r.means.get(`${t.metric}|${t.group}|${t.tick}`) ?? t.mean;
    if (now !== t.mean) changes.push(`${t.metric}/${t.group} at tick ${t.tick}: ${t.mean} -> ${now}`);
    return { ...t, mean: now };
  });
  if (changes.length > 0) writeFileSync(file, JSON.stringify({ ...b, sha256: r.sha256, tolerances }, null, 2) + '\n');
  return changes;
}

