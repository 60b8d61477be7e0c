import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, unlinkSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CliError } from './cliError.ts';
import { EXIT } from './exitCodes.ts';
import { ioRefusal } from './ioRefusal.ts';

/**
 * What capflow writes in an output folder, by name and kind: the only entries `--force` replaces.
 * A folder called `metrics.csv`, a symbolic link, or any other name is someone else's.
 */
const OWN_FILES = new Set(['manifest.json', 'experiment.json', 'experiment-file.json', 'metrics.csv', 'summary.csv', 'metrics.parquet', 'summary.parquet', 'compare.csv', 'sensitivity.csv', 'codebook.csv', 'points.csv', 'trajectory.csv', 'box.csv', 'summary.txt', 'draws.csv', 'posterior.csv', 'diagnostics.json']);
/** The files built from the finished runs at the end. */
const OUTPUTS = ['experiment-file.json', 'metrics.csv', 'summary.csv', 'metrics.parquet', 'summary.parquet', 'compare.csv', 'sensitivity.csv', 'points.csv', 'trajectory.csv', 'box.csv', 'summary.txt', 'codebook.csv', 'draws.csv', 'posterior.csv', 'diagnostics.json', 'manifest.json'];
/** A finished run's part (`runs/<16 hex>.csv`) or one being written when the process died. */
const PART = /^[0-9a-f]{16}\.csv(\.\d+\.\d+\.tmp)?$/;
/** An output file being written when the process died (`metrics.csv.<pid>.tmp`, `experiment.json.<pid>.tmp`). */
const OWN_TEMPORARY = /^((metrics|summary|compare|sensitivity|points|trajectory|box|draws|posterior)\.csv|(metrics|summary)\.parquet|summary\.txt|(experiment|manifest|diagnostics)\.json)\.\d+\.tmp$/;
const RUNS = 'runs';
/** A calibration's working state: one experiment folder per batch of proposals, `work/g<generation>-b<batch>`. */
const WORK = 'work';
const BATCH = /^g\d+-b\d+$/;

const lstat = (path: string): Stats | undefined => lstatSync(path, { throwIfNoEntry: false });

/** The entries of `dir` that capflow did not write, described for a message ("notes.txt", "metrics.csv (a folder)"). */
function foreignEntries(dir: string): string[] {
  const foreign: string[] = [];
  for (const name of readdirSync(dir)) {
    const s = lstat(join(dir, name))!;
    if (s.isSymbolicLink()) foreign.push(`${name} (a symbolic link)`);
    else if (OWN_FILES.has(name) || OWN_TEMPORARY.test(name)) {
      if (!s.isFile()) foreign.push(`${name} (${s.isDirectory() ? 'a folder' : 'not a regular file'})`);
    } else if (name === RUNS) {
      if (!s.isDirectory()) foreign.push(`${name} (not a folder)`);
      else for (const part of readdirSync(join(dir, name))) {
        const p = lstat(join(dir, name, part))!;
        if (!PART.test(part) || !p.isFile() || p.isSymbolicLink()) foreign.push(join(name, part));
      }
    } else if (name === WORK && s.isDirectory()) {
      for (const batch of readdirSync(join(dir, name))) {
        const b = lstat(join(dir, name, batch))!;
        if (!BATCH.test(batch) || !b.isDirectory() || b.isSymbolicLink()) foreign.push(join(name, batch));
        else foreign.push(...foreignEntries(join(dir, name, batch)).map((f) => join(name, batch, f)));
      }
    } else foreign.push(name);
  }
  return foreign;
}

/** Whether `dir` holds a manifest capflow wrote: JSON naming capflow, or an experiment description. */
function hasOwnManifest(dir: string): boolean {
  for (const [name, mark] of [['manifest.json', (j: any) => j?.program?.name === 'capflow'], ['experiment.json', (j: any) => typeof j?.id === 'string' && Array.isArray(j?.runs)]] as const) {
    if (!lstat(join(dir, name))?.isFile()) continue;
    try {
      if (mark(JSON.parse(readFileSync(join(dir, name), 'utf8')))) return true;
    } catch {
      // Not JSON: not capflow's mark.
    }
  }
  return false;
}

function listed(names: string[]): string {
  return names.slice(0, 3).join(', ') + (names.length > 3 ? `, and ${names.length - 3} more` : '');
}

/**
 * Removes a folder capflow wrote, entry by known entry (never recursively): whatever else is in it
 * stays, and so does the folder. Returns whether the folder is gone.
 */
function removeOwn(dir: string): boolean {
  const s = lstat(dir);
  if (!s) return true;
  if (!s.isDirectory()) return false;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const e = lstat(path)!;
    if (e.isFile() && (OWN_FILES.has(name) || OWN_TEMPORARY.test(name))) unlinkSync(path);
    else if (name === RUNS && e.isDirectory()) {
      for (const part of readdirSync(path)) if (PART.test(part) && lstat(join(path, part))!.isFile()) unlinkSync(join(path, part));
      tryRmdir(path);
    } else if (name === WORK && e.isDirectory()) {
      for (const batch of readdirSync(path)) if (BATCH.test(batch)) removeOwn(join(path, batch));
      tryRmdir(path);
    }
  }
  return tryRmdir(dir);
}

function tryRmdir(dir: string): boolean {
  try {
    rmdirSync(dir);
    return true;
  } catch {
    return false;
  }
}

/** `dir` resolved through the symbolic links of its nearest existing ancestor, for comparing with the working folder. */
function physical(dir: string): string {
  const target = resolve(dir);
  const rest: string[] = [];
  for (let d = target; ; d = dirname(d)) {
    try {
      return join(realpathSync(d), ...rest);
    } catch {
      if (dirname(d) === d) return target;
      rest.unshift(basename(d));
    }
  }
}

const contains = (outer: string, inner: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

export interface PrepareOptions {
  /** Replace a folder of capflow's own outputs. */
  force: boolean;
  /** Continue in the staging folder an interrupted run left. */
  resume: boolean;
  /** Whatever an interrupted run left in the staging folder is worth nothing (merge only copies) and is replaced. */
  fresh?: boolean;
}

/**
 * An output folder written all at once: files go into a hidden sibling (`.<name>.partial`), which
 * is renamed into place only when every file is complete, so a reader never sees half a run. The
 * sibling's name is fixed, so an interrupted experiment can be resumed from it. All deletion in
 * the command line lives here, and deletes only what capflow wrote.
 */
export class OutputFolder {
  private constructor(
    readonly dir: string,
    /** The hidden sibling that becomes `dir`. */
    readonly staging: string,
    private readonly force: boolean,
    /** Whether the staging folder was found from an earlier, interrupted run. */
    readonly resumed: boolean,
    /** The first parent folder this run created, removed again on failure. */
    private readonly createdParent: string | undefined,
  ) {}

  /** Where an interrupted run of `dir` keeps its finished work. */
  static stagingOf(dir: string): string {
    const target = resolve(dir);
    return join(dirname(target), `.${basename(target)}.partial`);
  }

  /** Checks `dir` may be written and makes (or, resuming, reopens) the staging folder; refuses with exit 2 before any work. */
  static prepare(dir: string, o: PrepareOptions): OutputFolder {
    refuseTarget(dir, o.force);
    const staging = OutputFolder.stagingOf(dir);
    const found = lstat(staging);
    let resumed = false;
    if (found) {
      if (!found.isDirectory() || found.isSymbolicLink()) throw new CliError(`${staging} is in the way of ${dir} and is not a folder capflow made: remove it, or choose another --out`, EXIT.refused);
      const foreign = foreignEntries(staging);
      if (foreign.length > 0) throw new CliError(`${staging} holds files capflow did not write (${listed(foreign)}): remove them, or choose another --out`, EXIT.refused);
      if (o.resume) resumed = true;
      else if (o.force || o.fresh) removeOwn(staging);
      else throw new CliError(`an interrupted run of ${dir} is kept in ${staging}: run the same command with --resume to finish it, or with --force to start again`, EXIT.refused);
    }
    try {
      const createdParent = mkdirSync(dirname(staging), { recursive: true });
      if (resumed) removeTemporaries(staging);
      // Not mkdtemp: its folders are private (0700), and this one becomes the output folder.
      else mkdirSync(staging);
      return new OutputFolder(dir, staging, o.force, resumed, createdParent);
    } catch (err) {
      throw ioRefusal(err, dir);
    }
  }

  file(name: string): string {
    return join(this.staging, name);
  }

  /**
   * After a failure (a full disk): keeps only the finished runs and experiment.json, for --resume,
   * removing outputs built so far and half-written files (they are rebuilt, and the room is needed).
   */
  keepOnlyWorkingState(): void {
    removeTemporaries(this.staging);
    for (const name of OUTPUTS) if (lstat(this.file(name))?.isFile()) unlinkSync(this.file(name));
  }

  /** Removes outputs built only for the reports to read (the CSV copies under --format parquet); only capflow's own output files. */
  discardOutputs(names: readonly string[]): void {
    for (const name of names) if (OUTPUTS.includes(name) && lstat(this.file(name))?.isFile()) unlinkSync(this.file(name));
  }

  /** Removes the working state an experiment keeps for --resume (experiment.json, runs/, a calibration's work/), once its outputs are built. */
  discardWorkingState(): void {
    const runs = join(this.staging, RUNS);
    if (lstat(runs)?.isDirectory()) {
      for (const part of readdirSync(runs)) if (PART.test(part)) unlinkSync(join(runs, part));
      rmdirSync(runs);
    }
    if (lstat(this.file('experiment.json'))) unlinkSync(this.file('experiment.json'));
    const work = this.file(WORK);
    if (lstat(work)?.isDirectory()) {
      for (const batch of readdirSync(work)) if (BATCH.test(batch)) removeOwn(join(work, batch));
      tryRmdir(work);
    }
  }

  /** Puts the finished files in place, replacing an earlier run's folder when forced. */
  commit(): void {
    refuseTarget(this.dir, this.force);
    const target = resolve(this.dir);
    if (!lstat(target)) {
      renameSync(this.staging, target);
      return;
    }
    // Moved aside rather than deleted first, so a failed rename can put it back.
    const aside = join(dirname(this.staging), `.${basename(target)}.replaced`);
    renameSync(target, aside);
    try {
      renameSync(this.staging, target);
    } catch (err) {
      renameSync(aside, target);
      throw err;
    }
    removeOwn(aside);
  }

  /** Removes everything this run made (only capflow's own files); the output folder itself was never touched. */
  abort(): void {
    removeOwn(this.staging);
    if (!this.createdParent) return;
    for (let d = dirname(this.staging); ; d = dirname(d)) {
      if (!tryRmdir(d) || d === resolve(this.createdParent) || dirname(d) === d) return;
    }
  }
}

/**
 * The --force policy: a non-empty folder is refused without --force; with it, only a folder of
 * capflow's own outputs (its manifest, and nothing but the names and kinds capflow writes) is
 * replaced. Never the working folder or one containing it, never the root, never through a link.
 */
function refuseTarget(dir: string, force: boolean): void {
  const target = resolve(dir);
  if (dirname(target) === target) throw new CliError(`${dir} is the root of the file system: choose another --out`, EXIT.refused);
  const cwd = process.cwd();
  if (contains(target, cwd) || contains(physical(dir), physical(cwd))) {
    throw new CliError(`${dir} is the current folder or contains it: choose another --out`, EXIT.refused);
  }
  let kind: Stats | undefined;
  try {
    kind = lstat(target);
  } catch (err) {
    throw ioRefusal(err, dir);
  }
  if (!kind) return;
  if (kind.isSymbolicLink()) throw new CliError(`${dir} is a symbolic link: capflow does not write through links; give the folder it points to, or another --out`, EXIT.refused);
  if (!kind.isDirectory()) throw new CliError(`${dir} exists and is not a folder: choose another --out`, EXIT.refused);
  let entries: string[];
  try {
    entries = readdirSync(target);
  } catch (err) {
    throw ioRefusal(err, dir);
  }
  if (entries.length === 0) return;
  if (!force) throw new CliError(`${dir} exists and is not empty: choose another --out, or add --force to replace an earlier capflow run there`, EXIT.refused);
  const foreign = foreignEntries(target);
  if (foreign.length > 0) {
    throw new CliError(`${dir} holds files capflow did not write (${listed(foreign)}): --force replaces only an earlier run's folder; choose another --out`, EXIT.refused);
  }
  if (!hasOwnManifest(target)) throw new CliError(`${dir} holds no capflow manifest, so it is not an earlier run's folder: --force will not replace it; choose another --out`, EXIT.refused);
}

/** Left by a process killed while writing: a part or an output that never got its final name. */
function removeTemporaries(staging: string): void {
  for (const name of readdirSync(staging)) if (OWN_TEMPORARY.test(name) && lstat(join(staging, name))!.isFile()) unlinkSync(join(staging, name));
  const runs = join(staging, RUNS);
  if (!lstat(runs)?.isDirectory()) return;
  for (const part of readdirSync(runs)) if (part.endsWith('.tmp') && PART.test(part) && lstat(join(runs, part))!.isFile()) unlinkSync(join(runs, part));
}

/** A scratch folder (`mkdtemp`) that capflow ran an experiment in, removed again by what it holds. */
export function removeScratch(dir: string): void {
  removeOwn(join(dir, 'run'));
  tryRmdir(dir);
}
