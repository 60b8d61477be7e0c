// Whether build/cli/ (scripts/buildCli.mjs) may answer for the sources: it exists and none of the
// files it was compiled from has changed since the build started. The bin asks before every
// start, so this is plain JavaScript with no imports beyond node:fs, and costs one stat per input
// file (about 2 ms for the 470 files of the bundle, dependencies included).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folder the compiled command line lives in, under the package root. */
export const BUILD_FOLDER = 'build/cli';

/**
 * True when build/cli/inputs.json exists and every input it lists is still there and no newer
 * than the build. An edited, added-then-imported or deleted source makes it false, so does a
 * `git checkout` (it touches what it changes) and a reinstalled dependency.
 */
export function buildIsFresh(packageRoot) {
  let record;
  try {
    record = JSON.parse(readFileSync(join(packageRoot, BUILD_FOLDER, 'inputs.json'), 'utf8'));
  } catch {
    return false;
  }
  for (const input of record.inputs) {
    const stats = statSync(join(packageRoot, input), { throwIfNoEntry: false });
    if (stats === undefined || stats.mtimeMs > record.builtAt) return false;
  }
  return true;
}
