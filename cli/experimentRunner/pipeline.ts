import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import { count } from '../format.ts';
import { Interrupts } from '../interrupts.ts';
import type { Io } from '../io.ts';
import { ioRefusal, isIoError } from '../ioRefusal.ts';
import { describeFiles, writeManifest, type Manifest, type Source, type WrittenFile } from '../manifest.ts';
import { OutputFolder } from '../outputFolder.ts';
import { summaryReport, type ContributionOf } from '../summaryReport.ts';
import { assemble, unrecordedCsv } from './assemble.ts';
import { wrap } from '../wrap.ts';
import { posteriorReport } from '../posterior/posteriorReport.ts';
import { collectSummary } from './collectSummary.ts';
import { Stopped } from './executeRun.ts';
import { executeExperiment, experimentId, runsOfShard, workShare, type Experiment } from './experiment.ts';
import { manifestOf } from './manifestOf.ts';
import { partExists } from './partFile.ts';
import { comparisonReport, replicateReport, sensitivityReport } from './report.ts';
import type { Pair, PairedResult } from './summaries.ts';

/** How an experiment came to be run, for its folder and its manifest. */
export interface Provenance {
  /** The arguments after `capflow`. */
  command: string[];
  sources: Source[];
  edits: string[];
  /** Officials in the largest run and the memory estimate that was checked. */
  officials: number;
  memoryEstimateBytes: number;
  /** Worker threads used: the --workers asked for, at most one per run. */
  workers: number;
  started: Date;
}

export interface PipelineOptions extends Provenance {
  dir: string;
  force: boolean;
  resume: boolean;
  shard?: { k: number; n: number };
  /** Reproducing a manifest: the files it recorded, compared with what is written now. */
  expected?: Record<string, WrittenFile>;
  /** Files written beside the outputs as they are, by name (the copy of an experiment file). */
  alongside?: Record<string, string>;
}

/**
 * The one path every command's output takes: a hidden staging folder beside `--out` (kept, for
 * --resume, when a run is interrupted), runs into it, outputs built from the finished runs, a
 * manifest of everything, and a rename into place. Resolves to the exit code.
 */
export async function runPipeline(e: Experiment, o: PipelineOptions, io: Io): Promise<number> {
  if (o.resume && completeAlready(o.dir, e, o.shard)) {
    io.out(`${o.dir} already holds this experiment, complete: nothing to resume.\n`);
    return EXIT.ok;
  }
  // Listening before the folder exists, so no Ctrl-C can leave a half-written one behind.
  const interrupts = new Interrupts();
  let folder: OutputFolder | undefined;
  try {
    folder = OutputFolder.prepare(o.dir, { force: o.force, resume: o.resume });
    for (const [name, text] of Object.entries(o.alongside ?? {})) writeFileSync(folder.file(name), text);
    const clock = performance.now();
    const { complete, done } = await executeExperiment(e, {
      dir: folder.staging,
      workers: o.workers,
      resume: folder.resumed,
      shard: o.shard,
      shouldStop: () => interrupts.signal !== undefined,
      progress: io.stderrIsTTY,
    });
    const provenance = { ...o, workers: Math.min(o.workers, runsOfShard(e, o.shard).length) };
    // A shard's folder keeps its runs for merge, even when this shard happened to hold every run.
    if (o.shard) {
      writeShardManifest(folder, e, provenance, o.shard, clock);
      folder.commit();
      const mine = runsOfShard(e, o.shard);
      io.out(`Shard ${o.shard.k}/${o.shard.n} holds ${mine.length} of the ${e.runs.length} runs (${Math.round(100 * workShare(e, mine))}% of the estimated work); ${done} finished, in ${o.dir}.\nWhen every shard is done, join them with: capflow merge <shard folders...> --out <folder>\n`);
      return EXIT.ok;
    }
    if (!complete) throw new Error(`${o.dir}: runs are missing after every run was executed`);
    io.out(completeFolder(folder, e, provenance, clock));
    if (o.expected) io.out(reproduction(o.dir, o.expected));
    return EXIT.ok;
  } catch (err) {
    if (!folder) throw ioRefusal(err, o.dir);
    const kept = runsOfShard(e, o.shard).filter((r) => partExists(folder!.staging, r)).length;
    // A refusal of what an earlier run left (another experiment, a malformed experiment.json) leaves it as it is.
    if (err instanceof CliError && folder.resumed) throw err;
    // Finished runs are never thrown away: they stay, with nothing half-written beside them, for --resume.
    safely(() => (kept === 0 && !folder!.resumed ? folder!.abort() : folder!.keepOnlyWorkingState()));
    const what =
      kept === 0
        ? `nothing was written to ${o.dir}`
        : `${kept === 1 ? '1 finished run is' : `${kept} finished runs are`} kept in ${folder.staging}; run the same command with --resume to finish${err instanceof Stopped ? '' : ' once the problem is fixed'}`;
    if (err instanceof Stopped) throw new CliError(`interrupted (${interrupts.signal}): ${what}`, EXIT.interrupted);
    if (isIoError(err)) throw new CliError(`${ioRefusal(err, folder.staging).message}; ${what}`, EXIT.refused);
    throw err;
  } finally {
    interrupts.release();
  }
}

/** A clean-up that must not hide the error that made it necessary. */
function safely(f: () => void): void {
  try {
    f();
  } catch {
    // The original error is the one to report.
  }
}

/** Whether `dir` is this experiment (or this shard of it), finished: --resume then has nothing to do. */
function completeAlready(dir: string, e: Experiment, shard?: { k: number; n: number }): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Partial<Manifest>;
    return m.experiment?.id === experimentId(e) && m.shard?.k === shard?.k && m.shard?.n === shard?.n;
  } catch {
    return false;
  }
}

/**
 * Builds the outputs of a finished experiment in its staging folder, drops the working state, writes
 * the manifest, and puts the folder in place. Returns the report for stdout. Shared by every command
 * and by merge, so one machine, shards and a resumed run end the same way.
 */
/** The scenario's statement of its money (its `money` field), if it makes one: a run has one scenario input (and its counterfactual, derived from it). */
function moneyOf(e: Experiment): string | undefined {
  const money = Object.values(e.inputs)[0]?.money;
  return typeof money === 'string' ? money : undefined;
}

export function completeFolder(folder: OutputFolder, e: Experiment, p: Provenance, clock: number): string {
  const { pairs, comparisons, sensitivity, discovery, unmatched } = assemble(folder.staging, e);
  const summary = e.kind === 'run' ? collectSummary(folder.staging, e) : undefined;
  const replicates = e.kind === 'compare' ? replicateReport(folder.staging, e.details.ticks) : '';
  folder.discardOutputs(unrecordedCsv(e));
  folder.discardWorkingState();
  const files = describeFiles(folder.staging);
  const seconds = (performance.now() - clock) / 1000;
  writeManifest(folder.file('manifest.json'), manifestOf(e, p, files, null, seconds));
  folder.commit();

  const names = Object.keys(files).join(', ');
  const besideMetrics = Object.keys(files).filter((n) => n !== (files['metrics.csv'] ? 'metrics.csv' : 'metrics.parquet')).join(', ');
  const parts: string[] = [];
  if (summary) {
    const s = e.details;
    const years = s.ticks / 12;
    parts.push(
      `${e.labels[0]}: seed ${s.seed}, ${plural(s.replicates, 'replicate')}, ${plural(years, 'year')}, ${count(p.officials)} officials${pairs.length > 0 ? ', and its counterfactual' : ''}\n` +
        `Wrote ${join(folder.dir, files['metrics.csv'] ? 'metrics.csv' : 'metrics.parquet')}${files['metrics.csv'] ? ` (${count(files['metrics.csv'].rows ?? 0)} rows)` : ''}, ${besideMetrics} and manifest.json in ${seconds.toFixed(1)} s\n\n` +
        summaryReport(summary, contributionOf(pairs, comparisons, e.details.ticks), moneyOf(e)),
    );
  } else parts.push(`${e.runs.length} runs in ${seconds.toFixed(1)} s. Wrote ${names} and manifest.json to\n  ${folder.dir}/\n`);
  if (replicates) parts.push(replicates);
  const drawn = e.kind === 'run' || e.kind === 'compare' || e.kind === 'sweep' ? e.details.posterior : undefined;
  if (drawn) parts.push(wrap(`Parameters drawn from ${drawn.file} (SHA-256 ${drawn.sha256.slice(0, 12)}…, ${drawn.particles} particles; ${drawn.names.join(', ')}): the ± above is over every replicate; summary.csv adds the stochastic and the parameter-inclusive intervals, draws.csv the draw of each replicate.`) + '\n');
  // A sweep's comparisons are one per point: compare.csv holds them, a table of the first would mislead.
  if (comparisons.length > 0 && e.kind !== 'sweep') parts.push(comparisonReport(pairs, comparisons, e.details.ticks));
  if (comparisons.length > 0 && (e.kind === 'run' || e.kind === 'compare') && e.details.posterior) {
    parts.push(posteriorReport(pairs, comparisons, e.details.ticks, e.runs, e.details.posterior.names, e.details.posterior.file));
  }
  if (sensitivity && e.kind === 'sensitivity') parts.push(sensitivityReport(sensitivity, e.details, e.runs.length));
  if (discovery) parts.push(discovery);
  if (unmatched.length > 0) parts.push(`Note: the runs report no ${unmatched.join(', ')}: metrics and summary hold no rows for ${unmatched.length === 1 ? 'it' : 'them'} (--record, --record-groups).\n`);
  return parts.join('\n');
}

/** A shard's folder keeps its parts (merge reads them) and gets its own manifest. */
function writeShardManifest(folder: OutputFolder, e: Experiment, p: Provenance, shard: { k: number; n: number }, clock: number): void {
  const seconds = (performance.now() - clock) / 1000;
  writeManifest(folder.file('manifest.json'), manifestOf(e, p, describeFiles(folder.staging), shard, seconds));
}

/** Whether a reproduction wrote the bytes its manifest recorded, file by file. */
function reproduction(dir: string, expected: Record<string, WrittenFile>): string {
  const now = describeFiles(dir);
  const names = Object.keys(expected).filter((n) => n !== 'manifest.json');
  const differ = names.filter((n) => now[n]?.sha256 !== expected[n].sha256);
  return differ.length === 0
    ? `\nReproduced: ${names.join(', ')} match the manifest's SHA-256, byte for byte.\n`
    : `\nNot reproduced: ${differ.join(', ')} differ from the manifest's SHA-256 (a different capflow version or commit can change results).\n`;
}

/** The run's paired differences from its counterfactual at the end of the horizon, if it had one. */
function contributionOf(pairs: readonly Pair[], comparisons: Map<string, PairedResult>[], endTick: number): ContributionOf | undefined {
  const i = pairs.findIndex((p) => p.baseline === `${p.scenario}:counterfactual`);
  if (i < 0) return undefined;
  return (metric, group) => comparisons[i].get(`${endTick},${metric},${group}`);
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
