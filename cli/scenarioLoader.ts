import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { applySets, blameSets } from '../sim/scenario/setPath.ts';
import { resolveScenario, type Resolved, type ScenarioLoader } from '../sim/scenario/resolve.ts';

/**
 * Scenario files on disk. Paths stay as the user wrote them (relative to the working folder, or
 * absolute), normalised so that `extends` cycles are recognised and problems name familiar files.
 */
export const fileLoader: ScenarioLoader = {
  read(file) {
    try {
      // Editors on Windows may save a byte-order mark, which is not JSON.
      return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  },
  join: (fromFile, relative) => (isAbsolute(relative) ? normalize(relative) : join(dirname(fromFile), relative)),
};

/**
 * Resolves a scenario file and what it extends, then applies `path=value` edits (`--set`, and
 * `--years` as `years=N`) to the merged input before validation, so edits are validated too.
 */
export function loadScenario(file: string, edits: readonly string[] = []): Resolved {
  const path = normalize(file);
  let kind;
  try {
    kind = statSync(path, { throwIfNoEntry: false });
  } catch (err) {
    return { chain: [path], problems: [{ file: path, path: '', message: `cannot read: ${(err as Error).message}` }] };
  }
  if (kind?.isDirectory()) return { chain: [path], problems: [{ file: path, path: '', message: 'is a folder, not a scenario file' }] };
  if (edits.length === 0) return resolveScenario(path, fileLoader);
  const resolved = resolveScenario(path, fileLoader, (input) => applySets(input, edits));
  return { ...resolved, problems: blameSets(resolved.problems, edits) };
}
