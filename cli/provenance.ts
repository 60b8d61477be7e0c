import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT as CAPFLOW_ROOT } from './packageRoot.ts';

/** capflow's version, from its package.json. */
export function programVersion(): string {
  const pkg = JSON.parse(readFileSync(join(CAPFLOW_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export interface SourceState {
  /** The commit of capflow's own checkout, or null when capflow is not run from a git checkout. */
  gitCommit: string | null;
  /** Whether that checkout has changes not committed (tracked or untracked files), null without a checkout. */
  gitDirty: boolean | null;
}

function git(args: string[]): string | undefined {
  const r = spawnSync('git', ['-C', CAPFLOW_ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
  return r.status === 0 ? r.stdout : undefined;
}

/**
 * The state of capflow's own sources, read from the folder they are in (not the working folder,
 * which may be a user's own repository). A capflow installed inside someone else's checkout (under
 * node_modules) is not that checkout, so its top level must be capflow's own root.
 */
export function sourceState(): SourceState {
  const top = git(['rev-parse', '--show-toplevel'])?.trim();
  const commit = git(['rev-parse', 'HEAD'])?.trim();
  if (!top || !commit || !/^[0-9a-f]{40,64}$/.test(commit) || !sameFolder(top, CAPFLOW_ROOT)) return { gitCommit: null, gitDirty: null };
  const status = git(['status', '--porcelain']);
  return { gitCommit: commit, gitDirty: status === undefined ? null : status.trim() !== '' };
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
