import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSpec } from '../../sim/experiment/runSpec.ts';

/** Where a finished run's rows live inside an experiment folder. */
export function partPath(dir: string, run: RunSpec): string {
  return join(dir, 'runs', `${run.id}.csv`);
}

export function partExists(dir: string, run: RunSpec): boolean {
  return existsSync(partPath(dir, run));
}

/** Writes a run's rows atomically: a run is either wholly on disk or not at all. */
export function writePart(dir: string, run: RunSpec, text: string): void {
  mkdirSync(join(dir, 'runs'), { recursive: true });
  const final = partPath(dir, run);
  const temp = `${final}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, final);
}
