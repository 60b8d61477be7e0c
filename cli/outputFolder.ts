import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { EXIT } from './exitCodes.ts';
import { CliError } from './cliError.ts';

/** What `capflow run` writes: the only files `--force` will replace. */
export const RUN_FILES = ['metrics.csv', 'summary.csv', 'manifest.json'];

/**
 * An output folder written all at once: files go into a hidden sibling folder, which is renamed
 * into place only when every file is complete. On any failure the sibling is removed and the
 * folder is left exactly as it was, so a reader never sees half a run.
 */
export class OutputFolder {
  private constructor(
    readonly dir: string,
    /** The hidden sibling that becomes `dir`. */
    readonly temp: string,
    private readonly force: boolean,
    /** The first parent folder this run created, removed again on failure. */
    private readonly createdParent: string | undefined,
  ) {}

  /** Checks the folder may be written and makes the sibling; refuses (exit 2) before any work is done. */
  static prepare(dir: string, force: boolean): OutputFolder {
    const target = resolve(dir);
    const cwd = process.cwd();
    if (target === cwd || !relative(target, cwd).startsWith('..')) {
      throw new CliError(`${dir} is the current folder or contains it: choose another --out`, EXIT.refused);
    }
    refuseIfOccupied(dir, force);
    const parent = dirname(target);
    let createdParent: string | undefined;
    try {
      createdParent = mkdirSync(parent, { recursive: true });
      // Not mkdtemp: its folders are private (0700), and this one becomes the output folder.
      const temp = join(parent, `.${basename(target)}.partial-${randomBytes(6).toString('hex')}`);
      mkdirSync(temp);
      return new OutputFolder(dir, temp, force, createdParent);
    } catch (err) {
      throw new CliError(`cannot write ${dir}: ${(err as Error).message}`, EXIT.refused);
    }
  }

  file(name: string): string {
    return join(this.temp, name);
  }

  /** Puts the finished files in place, replacing an earlier run's folder when forced. */
  commit(): void {
    refuseIfOccupied(this.dir, this.force);
    const target = resolve(this.dir);
    const existing = statSync(target, { throwIfNoEntry: false });
    if (!existing) {
      renameSync(this.temp, target);
      return;
    }
    // Moved aside rather than deleted first, so a failed rename can put it back.
    const aside = `${this.temp}.replaced`;
    renameSync(target, aside);
    try {
      renameSync(this.temp, target);
    } catch (err) {
      renameSync(aside, target);
      throw err;
    }
    rmSync(aside, { recursive: true, force: true });
  }

  /** Removes everything this run made; the output folder itself was never touched. */
  abort(): void {
    rmSync(this.temp, { recursive: true, force: true });
    if (!this.createdParent) return;
    for (let d = dirname(resolve(this.temp)); ; d = dirname(d)) {
      try {
        rmdirSync(d);
      } catch {
        return;
      }
      if (d === this.createdParent || dirname(d) === d) return;
    }
  }
}

/**
 * A non-empty folder is refused without --force; with it, only a folder of capflow's own outputs
 * is replaced, so a mistyped `--out` cannot delete someone's files.
 */
function refuseIfOccupied(dir: string, force: boolean): void {
  const kind = statSync(dir, { throwIfNoEntry: false });
  if (!kind) return;
  if (!kind.isDirectory()) throw new CliError(`${dir} exists and is not a folder: choose another --out`, EXIT.refused);
  const entries = readdirSync(dir);
  if (entries.length === 0) return;
  if (!force) throw new CliError(`${dir} exists and is not empty: choose another --out, or add --force to replace it`, EXIT.refused);
  const foreign = entries.filter((e) => !RUN_FILES.includes(e));
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    throw new CliError(`${dir} holds files capflow did not write (${shown}): --force replaces only an earlier run's folder; choose another --out`, EXIT.refused);
  }
}
