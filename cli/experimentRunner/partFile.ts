import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';

/** Where a finished run's rows live inside an experiment folder. */
export function partPath(dir: string, run: RunSpec): string {
  return join(dir, 'runs', `${run.id}.csv`);
}

export function partExists(dir: string, run: RunSpec): boolean {
  return existsSync(partPath(dir, run));
}

/**
 * Writes a run's rows atomically: a run is either wholly on disk or not at all. The temporary
 * (`<id>.csv.<pid>.<n>.tmp`) is what a killed process can leave; --resume removes it.
 */
export function writePart(dir: string, run: RunSpec, text: string): void {
  mkdirSync(join(dir, 'runs'), { recursive: true });
  const final = partPath(dir, run);
  const temp = `${final}.${process.pid}.${Date.now()}.tmp`;
  const buf = Buffer.from(text, 'utf8');
  const fd = openSync(temp, 'wx');
  try {
    for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, final);
}
