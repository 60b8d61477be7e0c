import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOrUsage, wholeNumber } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { addBaseline, DEFAULT_TOLERANCES, parseTolerance } from '../regression/addBaseline.ts';
import { Baseline, DEFAULT_REGRESSION_DIR, writeBaseline } from '../regression/baseline.ts';
import { describeDrift, driftBetween, driftCsv } from '../regression/driftReport.ts';
import { readReference, referencePath, writeReference } from '../regression/referenceMeans.ts';
import { meanKey, meanMap, runBaseline, type BaselineRun } from '../regression/runBaseline.ts';

export { DEFAULT_REGRESSION_DIR };

/** How many moved metrics a failure prints before pointing at --report for the rest. */
const SHOWN_DRIFTS = 12;

/**
 * capflow regress [--update] [--dir D] [--report DIR] [baseline.json ...]: runs each baseline's
 * scenario and fails when results drift from what is committed, naming what moved; --update
 * rewrites the baselines and prints what changed; --add FILE makes a baseline for a new scenario.
 */
export async function regressCommand(argv: string[], io: Io, usage: string): Promise<number> {
  const print = io.out;
  const warn = (s: string) => io.err(s + '\n');
  const o = parseOrUsage(
    () =>
      parseArgs({
        args: argv,
        options: {
          update: { type: 'boolean' },
          dir: { type: 'string' },
          workers: { type: 'string' },
          add: { type: 'string' },
          reps: { type: 'string' },
          years: { type: 'string' },
          seed: { type: 'string' },
          tolerance: { type: 'string', multiple: true },
          force: { type: 'boolean' },
          report: { type: 'string' },
        },
        allowPositionals: true,
        strict: true,
      }),
    usage,
  );
  const workers = wholeNumber('workers', o.values.workers, 1, 1024, usage) ?? availableParallelism();
  const dir = o.values.dir ?? DEFAULT_REGRESSION_DIR;
  if (o.values.add !== undefined) {
    if (o.values.update || o.positionals.length > 0 || o.values.report !== undefined) throw new CliError('--add makes one baseline: it takes no --update, --report or baseline files', EXIT.invalid, usage);
    const { file, baseline } = await addBaseline({
      scenario: o.values.add,
      dir,
      seed: wholeNumber('seed', o.values.seed, 0, 2 ** 32 - 1, usage) ?? 1,
      replicates: wholeNumber('reps', o.values.reps, 1, 10_000, usage) ?? 2,
      years: wholeNumber('years', o.values.years, 1, 200, usage) ?? 3,
      tolerances: o.values.tolerance?.map((t) => parseTolerance(t, usage)) ?? DEFAULT_TOLERANCES,
      force: o.values.force ?? false,
      workers,
    });
    const held = baseline.tolerances.map((t) => `${t.metric}/${t.group} = ${t.mean} ± ${t.tolerance}`).join(', ');
    print(`Wrote ${file} and ${basename(referencePath(file))}: ${baseline.replicates} replicates over ${baseline.years} years, seed ${baseline.seed}; exact digest ${baseline.sha256.slice(0, 12)}…; at tick ${baseline.tolerances[0]?.tick ?? '-'}: ${held || 'no tolerances'}\nCheck it with: capflow regress ${file}\n`);
    return EXIT.ok;
  }
  for (const flag of ['reps', 'years', 'seed', 'tolerance', 'force'] as const) {
    if (o.values[flag] !== undefined) throw new CliError(`--${flag} is for --add; a baseline file holds its own`, EXIT.invalid, usage);
  }
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
    const b = parsed.data;
    const result = await runBaseline(resolve(dirname(file), b.scenario), b, workers);
    if ('problems' in result) {
      warn(result.problems);
      failed++;
      continue;
    }
    if (o.values.update) {
      const changes = update(file, b, result);
      print(`${file}: ${changes.length === 0 ? 'unchanged' : `updated\n  ${changes.join('\n  ')}`}\n`);
      continue;
    }
    const drift = compare(file, b, result, o.values.report);
    if (drift.length === 0) print(`ok   ${file}\n`);
    else {
      failed++;
      print(`FAIL ${file}\n  ${drift.join('\n  ')}\n`);
    }
  }
  if (failed > 0 && !o.values.update) print(`\n${failed} of ${files.length} regression baselines drifted. If the change is intended, run: capflow regress --update\n`);
  return failed > 0 ? EXIT.invalid : EXIT.ok;
}

/** What fails a baseline: its tolerances, and (when exact) a changed digest, located by the reference means. */
function compare(file: string, b: Baseline, r: BaselineRun, reportDir: string | undefined): string[] {
  const lines: string[] = [];
  const now = meanMap(r.means);
  for (const t of b.tolerances) {
    const mean = now.get(meanKey(t.metric, t.group, t.tick));
    if (mean === undefined) lines.push(`${t.metric}/${t.group} at tick ${t.tick}: no longer reported`);
    else if (!(Math.abs(mean - t.mean) <= t.tolerance)) lines.push(`${t.metric}/${t.group} at tick ${t.tick}: ${mean} (baseline ${t.mean} ± ${t.tolerance})`);
  }
  if (!b.exact || r.sha256 === b.sha256) return lines;
  lines.push(`metrics.csv digest ${r.sha256.slice(0, 12)}… differs from baseline ${b.sha256.slice(0, 12)}…`);
  const reference = readReference(referencePath(file));
  if (reference === undefined) {
    lines.push(`(no ${basename(referencePath(file))} beside the baseline to say where: capflow regress --update writes it)`);
    return lines;
  }
  const drifts = driftBetween(reference, r.means);
  const series = new Set(reference.map((m) => `${m.metric}/${m.group}`)).size;
  if (drifts.length === 0) lines.push('no replicate mean moved: the change is in single replicates that cancel in the mean, or in the layout of metrics.csv');
  else {
    lines.push(`${drifts.length} of ${series} metric/group series moved (earliest first):`);
    for (const d of drifts.slice(0, SHOWN_DRIFTS)) lines.push(`  ${describeDrift(d)}`);
    if (drifts.length > SHOWN_DRIFTS) lines.push(`  ... and ${drifts.length - SHOWN_DRIFTS} more${reportDir === undefined ? ' (every one with --report DIR)' : ''}`);
  }
  if (reportDir !== undefined && drifts.length > 0) {
    mkdirSync(reportDir, { recursive: true });
    const out = join(reportDir, basename(file).replace(/\.json$/, '') + '.drift.csv');
    writeFileSync(out, driftCsv(drifts));
    lines.push(`every moved series: ${out}`);
  }
  return lines;
}

function update(file: string, b: Baseline, r: BaselineRun): string[] {
  const changes: string[] = [];
  const now = meanMap(r.means);
  if (r.sha256 !== b.sha256) changes.push(`sha256 ${b.sha256.slice(0, 12)}… -> ${r.sha256.slice(0, 12)}…`);
  const reference = readReference(referencePath(file));
  if (reference === undefined) changes.push(`reference means written to ${basename(referencePath(file))}`);
  else {
    const drifts = driftBetween(reference, r.means);
    changes.push(...drifts.slice(0, SHOWN_DRIFTS).map(describeDrift));
    if (drifts.length > SHOWN_DRIFTS) changes.push(`... and ${drifts.length - SHOWN_DRIFTS} more metric/group series`);
  }
  const tolerances = b.tolerances.map((t) => {
    const mean = now.get(meanKey(t.metric, t.group, t.tick)) ?? t.mean;
    if (mean !== t.mean) changes.push(`${t.metric}/${t.group} at tick ${t.tick}: ${t.mean} -> ${mean}`);
    return { ...t, mean };
  });
  if (changes.length > 0) {
    writeBaseline(file, { ...b, sha256: r.sha256, tolerances });
    writeReference(referencePath(file), r.means);
  }
  return changes;
}
