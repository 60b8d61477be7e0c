import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../sim/scenario/problems.ts';
import { parseOrUsage, wholeNumber } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.ts';
import { count } from '../format.ts';
import type { Io } from '../io.ts';
import { SCENARIO_SCHEMA_VERSION, writeManifest } from '../manifest.ts';
import { defaultLimitBytes, estimateBytes, gb, officialsIn, parseSize } from '../memoryEstimate.ts';
import { MetricsCsv } from '../metricsCsv.ts';
import { OutputFolder } from '../outputFolder.ts';
import { ProgressBar } from '../progressBar.ts';
import { gitCommit, programVersion } from '../provenance.ts';
import { runReplicates, Stopped } from '../replicates.ts';
import { loadScenario } from '../scenarioLoader.ts';
import { SummaryCollector } from '../summaryCollector.ts';
import { summaryReport } from '../summaryReport.ts';
import { Interrupts } from '../interrupts.ts';
import { experimentCommand } from '../experiment/commands.ts';

export const usage = 'Usage: capflow run <scenario.json> [--seed N] [--reps N] [--years N] [--set path=value ...] [--out DIR] [--force] [--max-memory SIZE] [--counterfactual] [--workers N]';

export const help = `${usage}

Runs replicates 0..N-1 of a scenario, prints capability, coordination, local autonomy, outcomes,
placements, attrition and cost by tier at the start and end of the horizon (means over
replicates), and writes to the output folder:
  metrics.csv    every metric, every tick, tidy long form:
                 scenario,replicate,seed,tick,date,metric,group,value (tick 0 is the start)
  summary.csv    for every tick, metric and group: the mean across replicates with its 95%
                 interval (scenario,tick,metric,group,n,mean,sd,ci_low,ci_high,half_width)
  manifest.json  the resolved scenario and merged input, the files it extends, the edits made
                 here, program version, git commit, Node version, seeds, start and finish times,
                 and the SHA-256 of each file
The same scenario, edits and seed always give a byte-identical metrics.csv.

Options:
  --seed N           base seed (default: the scenario's "seed"); replicate k draws from random
                     streams keyed by (seed, k)
  --reps N           number of replicates (default: the scenario's "replicates")
  --years N          horizon in years, applied as the edit years=N (default: the scenario's)
  --set path=value   change any value of the merged scenario, e.g. --set funding.cycleMonths=36;
                     repeatable; numbers are recorded as "set on the command line"
  --out DIR          output folder (default: runs/<scenario name>-<seed>, under this folder)
  --force            replace an existing output folder of an earlier run
  --max-memory SIZE  refuse runs estimated to need more memory than this: GB, or with a unit
                     (512MB, 1.5GB); default 75% of this machine's memory
  -h, --help         show this help

As an experiment (replicates on worker threads, files as compare writes them: metrics.csv,
summary.csv with 95% intervals, experiment.json, one part file per run):
  --counterfactual   also run the scenario with every mobility instrument off, and report the
                     paired difference: what mobility contributes to outcomes, and at what cost
  --workers N        worker threads (default: the number of processors)
  --resume           finish an interrupted experiment in its folder
  --shard k/n        run only the k-th of n shares of the runs (join them with capflow merge)

The output folder appears complete or not at all: files are written to a hidden sibling folder
and renamed into place at the end. A non-empty folder is refused unless --force is given, and
--force replaces only a folder holding capflow's own outputs. The progress bar is drawn on
stderr only when it is a terminal.

${EXIT_CODES_HELP}`;

const options = {
  seed: { type: 'string' },
  reps: { type: 'string' },
  years: { type: 'string' },
  set: { type: 'string', multiple: true },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'max-memory': { type: 'string' },
} as const;

interface RunFlags {
  file: string;
  seed?: number;
  reps?: number;
  /** `--set` edits, then `--years` as `years=N`, in the order applied. */
  edits: string[];
  out?: string;
  force: boolean;
  limit: number;
  limitSource: string;
}

function parseFlags(argv: string[]): RunFlags {
  const { values, positionals } = parseOrUsage(() => parseArgs({ args: argv, options, allowPositionals: true, strict: true }), usage);
  if (positionals.length === 0) throw new CliError('name a scenario file to run', EXIT.invalid, usage);
  if (positionals.length > 1) throw new CliError(`run takes one scenario, got ${positionals.length}: ${positionals.join(' ')}`, EXIT.invalid, usage);
  const years = wholeNumber('years', values.years, 1, 50, usage);
  const maxMemory = values['max-memory'];
  const limit = maxMemory === undefined ? defaultLimitBytes() : parseSize(maxMemory);
  if (limit === undefined) throw new CliError(`--max-memory takes a size such as 8 (GB), 512MB or 1.5GB, got "${maxMemory}"`, EXIT.invalid, usage);
  return {
    file: positionals[0],
    seed: wholeNumber('seed', values.seed, 0, 2 ** 32 - 1, usage),
    reps: wholeNumber('reps', values.reps, 1, 100_000, usage),
    edits: [...(values.set ?? []), ...(years === undefined ? [] : [`years=${years}`])],
    out: values.out,
    force: values.force ?? false,
    limit,
    limitSource: maxMemory === undefined ? "75% of this machine's memory" : '--max-memory',
  };
}

/** Options that make `run` an experiment: worker threads, the counterfactual, resuming, shards. */
const EXPERIMENT_OPTIONS = ['--counterfactual', '--workers', '--resume', '--shard'];

export async function execute(argv: string[], io: Io): Promise<number> {
  if (argv.some((a) => EXPERIMENT_OPTIONS.some((o) => a === o || a.startsWith(`${o}=`)))) {
    return experimentCommand('run', argv, io.out, (s) => io.err(s + '\n'));
  }
  const flags = parseFlags(argv);
  const resolved = loadScenario(flags.file, flags.edits);
  if (!resolved.scenario || !resolved.input) {
    io.err(resolved.problems.map((p) => formatProblem(p) + '\n').join(''));
    return EXIT.invalid;
  }
  const scenario = resolved.scenario;
  const estimate = estimateBytes(scenario);
  if (estimate > flags.limit) {
    throw new CliError(
      `${flags.file} is too large to run here: ${count(officialsIn(scenario))} officials need an estimated ${gb(estimate)} of memory, ` +
        `above the limit of ${gb(flags.limit)} (${flags.limitSource}). Reduce the organisations' totalStaff, or raise the limit ` +
        'with --max-memory if the machine can take it.',
      EXIT.tooLarge,
    );
  }
  const seed = flags.seed ?? scenario.seed;
  const replicates = flags.reps ?? scenario.replicates;
  const ticks = scenario.years.value * 12;
  const dir = flags.out ?? join('runs', `${scenario.name}-${seed}`);

  // Listening before the folder exists, so no Ctrl-C can leave a half-written one behind.
  const interrupts = new Interrupts();
  let folder: OutputFolder | undefined;
  let csv: MetricsCsv | undefined;
  let bar: ProgressBar | undefined;
  try {
    const output = (folder = OutputFolder.prepare(dir, flags.force));
    const started = new Date();
    const clock = performance.now();
    const metrics = (csv = new MetricsCsv(output.file('metrics.csv')));
    const collector = new SummaryCollector(ticks, replicates);
    const progress = (bar = new ProgressBar(io, replicates, ticks));
    await runReplicates(scenario, {
      seed,
      replicates,
      onRows: (replicate, rows) => {
        metrics.add(scenario.name, replicate, seed, rows);
        collector.add(replicate, rows);
      },
      onTick: (replicate, tick) => progress.update(replicate, tick),
      shouldStop: () => interrupts.signal !== undefined,
    });
    progress.finish();
    collector.finish();
    const rows = metrics.rows;
    const written = metrics.close();
    const runSeconds = (performance.now() - clock) / 1000;
    const summaryText = collector.summaryCsv(scenario.name);
    writeFileSync(output.file('summary.csv'), summaryText);
    const summary = { sha256: createHash('sha256').update(summaryText).digest('hex'), bytes: Buffer.byteLength(summaryText), rows: summaryText.split('\n').length - 2 };
    writeManifest(output.file('manifest.json'), {
      program: { name: 'capflow', version: programVersion(), gitCommit: gitCommit(process.cwd()) ?? null, node: process.version, platform: `${process.platform}-${process.arch}` },
      command: ['run', ...argv],
      schemaVersion: SCENARIO_SCHEMA_VERSION,
      scenarioFile: flags.file,
      extendsChain: resolved.chain,
      edits: flags.edits,
      seed,
      replicates: Array.from({ length: replicates }, (_, replicate) => ({ replicate, seed })),
      ticks,
      start: collector.startDate,
      end: collector.endDate,
      officials: officialsIn(scenario),
      memoryEstimateBytes: estimate,
      started: started.toISOString(),
      finished: new Date().toISOString(),
      runSeconds: Number(runSeconds.toFixed(3)),
      files: { 'metrics.csv': { ...written, rows }, 'summary.csv': summary },
      input: resolved.input,
      scenario,
    });
    output.commit();
    const years = scenario.years.value;
    io.out(
      `${scenario.name}: seed ${seed}, ${plural(replicates, 'replicate')}, ${plural(years, 'year')}, ${count(officialsIn(scenario))} officials\n` +
        `Wrote ${join(dir, 'metrics.csv')} (${count(rows)} rows) and manifest.json in ${runSeconds.toFixed(1)} s\n\n` +
        summaryReport(collector),
    );
    return EXIT.ok;
  } catch (err) {
    bar?.finish();
    csv?.dispose();
    folder?.abort();
    if (err instanceof Stopped) throw new CliError(`interrupted (${interrupts.signal}): nothing was written to ${dir}`, EXIT.interrupted);
    throw err;
  } finally {
    interrupts.release();
  }
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
