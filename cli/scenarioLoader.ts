import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { MAX_SCENARIO_BYTES } from '../sim/scenario/limits.ts';
import { applySets, blameSets } from '../sim/scenario/setPath.ts';
import { resolveScenario, type Resolved, type ScenarioLoader } from '../sim/scenario/resolve.ts';

/**
 * Scenario files on disk. Paths stay as the user wrote them (relative to the working folder, or
 * absolute), normalised so that `extends` cycles are recognised and problems name familiar files.
 * Only regular files of at most MAX_SCENARIO_BYTES are read: `/dev/zero` never ends and a named
 * pipe blocks until someone writes to it. The path is checked before opening and the opened file
 * again (non-blocking, so a pipe swapped in between cannot hang the read), and reading stops past
 * the limit even if the file grows meanwhile.
 */
export const fileLoader: ScenarioLoader = {
  read(file) {
    let before: Stats;
    try {
      before = statSync(file);
    } catch (err) {
      return isMissing(err) ? undefined : { refused: cannotRead(err) };
    }
    const wrongKind = notAScenarioFile(before);
    if (wrongKind) return { refused: wrongKind };
    let fd: number | undefined;
    try {
      fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const opened = fstatSync(fd);
      if (opened.dev !== before.dev || opened.ino !== before.ino) return { refused: 'changed while it was being opened' };
      const openedKind = notAScenarioFile(opened);
      if (openedKind) return { refused: openedKind };
      const text = readAtMost(fd, MAX_SCENARIO_BYTES);
      if (text === undefined) return { refused: tooLarge() };
      // Editors on Windows may save a byte-order mark, which is not JSON.
      return text.replace(/^\uFEFF/, '');
    } catch (err) {
      return isMissing(err) ? undefined : { refused: cannotRead(err) };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
  join: (fromFile, relative) => (isAbsolute(relative) ? normalize(relative) : join(dirname(fromFile), relative)),
};

/** Why a file of this kind and size is refused, or undefined when it may be read. */
function notAScenarioFile(s: Stats): string | undefined {
  if (s.isDirectory()) return 'is a folder, not a scenario file';
  if (s.isFIFO()) return 'is a named pipe, not a regular file';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'is a device, not a regular file';
  if (s.isSocket()) return 'is a socket, not a regular file';
  if (!s.isFile()) return 'is not a regular file';
  if (s.size > MAX_SCENARIO_BYTES) return tooLarge();
  return undefined;
}

const tooLarge = () => `is larger than ${MAX_SCENARIO_BYTES / 1024 / 1024} MB, the most a scenario file may be`;

/** The file's text, or undefined when it holds more than `max` bytes. */
function readAtMost(fd: number, max: number): string | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > max) return undefined;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function cannotRead(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return `cannot be read: ${e.code ?? e.message}`;
}

/**
 * Resolves a scenario file and what it extends, then applies `path=value` edits (`--set`, and
 * `--years` as `years=N`) to the merged input before validation, so edits are validated too.
 */
export function loadScenario(file: string, edits: readonly string[] = []): Resolved {
  const path = normalize(file);
  if (edits.length === 0) return resolveScenario(path, fileLoader);
  const resolved = resolveScenario(path, fileLoader, (input) => applySets(input, edits));
  return { ...resolved, problems: blameSets(resolved.problems, edits) };
}
