import { copyFileSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { describeFile, type Manifest } from '../manifest.ts';
import { ioRefusal } from '../ioRefusal.ts';
import { OutputFolder } from '../outputFolder.ts';
import { experimentRecord, isRegularFile, shardsOf, type Experiment } from './experiment.ts';
import { checkExperiment, parseExperimentFile, type ExperimentRecord } from './experimentFile.ts';
import { partPath } from './partFile.ts';
import { completeFolder } from './pipeline.ts';
import { EXPERIMENT_COPY } from '../experiment/experimentCopy.ts';

export interface ShardFolder {
  dir: string;
  record: ExperimentRecord;
  manifest?: Partial<Manifest>;
}

/** A shard folder's experiment: from its manifest.json, or experiment.json; anything malformed is refused (exit 1). */
function readShard(dir: string): ShardFolder {
  if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`${dir} is not a folder`, EXIT.invalid);
  const manifestFile = join(dir, 'manifest.json');
  if (isRegularFile(manifestFile)) {
    let manifest: Partial<Manifest>;
    try {
      manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    } catch (err) {
      throw new CliError(`${manifestFile} is not valid JSON (${(err as Error).message})`, EXIT.invalid);
    }
    return { dir, record: checkExperiment(manifest?.experiment, `${manifestFile} $.experiment`), manifest };
  }
  const experimentFile = join(dir, 'experiment.json');
  if (isRegularFile(experimentFile)) return { dir, record: parseExperimentFile(experimentFile, EXIT.invalid) };
  throw new CliError(`${dir} holds no experiment (no manifest.json): is it a folder written with --shard?`, EXIT.invalid);
}

/**
 * capflow merge: joins shard folders into exactly what one machine would have written. Nothing is
 * written unless every run is found; missing shards are named by number, ready for `sbatch --array`.
 */
export function mergeCommand(argv: string[], io: Io, usage: string): number {
  const started = new Date();
  const clock = performance.now();
  const { values, positionals } = parseOrUsage(() => parseArgs({ args: argv, options: { out: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true, strict: true }), usage);
  if (positionals.length === 0) throw new CliError('name the shard folders to merge', EXIT.invalid, usage);
  if (!values.out) throw new CliError('say where to write the merged experiment with --out DIR', EXIT.invalid, usage);
  const shards = positionals.map(readShard);
  const ids = [...new Set(shards.map((s) => s.record.id))];
  if (ids.length > 1) throw new CliError(`the folders hold different experiments (${ids.join(', ')}): merge the shards of one experiment`, EXIT.invalid);
  const { id: _id, shard: _shard, ...rest } = shards[0].record;
  const e = rest as Experiment;
  const sourceOf = new Map<string, string>();
  for (const run of e.runs) {
    const shard = shards.find((s) => isRegularFile(partPath(s.dir, run)));
    if (!shard) continue;
    const from = partPath(shard.dir, run);
    // A part its shard's manifest vouches for must still be those bytes: a damaged copy would merge silently.
    const recorded = shard.manifest?.files?.[`runs/${run.id}.csv`]?.sha256;
    if (recorded !== undefined && describeFile(from, false).sha256 !== recorded) {
      throw new CliError(`${from} does not match the SHA-256 its manifest records (the shard folder was changed or damaged): run that shard again`, EXIT.invalid);
    }
    sourceOf.set(run.id, from);
  }
  const missing = e.runs.filter((r) => !sourceOf.has(r.id));
  if (missing.length > 0) throw new CliError(missingMessage(e, missing, shards), EXIT.invalid);

  const m = shards[0].manifest;
  const folder = OutputFolder.prepare(values.out, { force: values.force ?? false, resume: false, fresh: true });
  try {
    mkdirSync(join(folder.staging, 'runs'));
    for (const run of e.runs) copyFileSync(sourceOf.get(run.id)!, partPath(folder.staging, run));
    writeFileSync(folder.file('experiment.json'), JSON.stringify(experimentRecord(e)) + '\n');
    // Shards run from an experiment file carry its copy (cli/experiment/experimentCommand.ts); the merged folder keeps it too.
    const copy = shards.map((s) => join(s.dir, EXPERIMENT_COPY)).find(isRegularFile);
    if (copy) copyFileSync(copy, folder.file(EXPERIMENT_COPY));
    io.out(
      completeFolder(folder, e, {
        command: ['merge', ...argv],
        sources: Array.isArray(m?.sources) ? m.sources : [],
        edits: Array.isArray(m?.edits) ? m.edits : [],
        officials: m?.officials ?? 0,
        memoryEstimateBytes: m?.memoryEstimateBytes ?? 0,
        workers: m?.workers ?? 1,
        started,
      }, clock),
    );
    return EXIT.ok;
  } catch (err) {
    try {
      folder.abort();
    } catch {
      // The original error is the one to report.
    }
    throw ioRefusal(err, values.out);
  }
}

/** Which shards to run again: their numbers when the folders say how the experiment was split, else the runs. */
export function missingMessage(e: Experiment, missing: Experiment['runs'], shards: ShardFolder[]): string {
  const head = `${missing.length} of ${e.runs.length} runs are in none of the folders; nothing was written.`;
  const splits = [...new Set(shards.map((s) => s.record.shard?.n).filter((n) => n !== undefined))];
  if (splits.length === 1) {
    const n = splits[0]!;
    const shardOf = shardsOf(e, n);
    const ks = [...new Set(missing.map((run) => shardOf.get(run.id)!))].sort((a, b) => a - b);
    return `${head}\nMissing: shard${ks.length > 1 ? 's' : ''} ${ks.map((k) => `${k}/${n}`).join(', ')}. Run ${ks.length > 1 ? 'them' : 'it'} again (with Slurm: sbatch --array=${ks.join(',')} <your script>), then merge every shard folder again.`;
  }
  const shown = missing.slice(0, 3).map((r) => `${r.label} replicate ${r.replicate}${Object.keys(r.point).length ? ` at ${JSON.stringify(r.point)}` : ''}`);
  return `${head}\nFor example: ${shown.join('; ')}. Run the missing shards (or --resume them) and merge again.`;
}
