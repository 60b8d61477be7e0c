import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.ts';

export const FIXTURE = 'test/fixtures/commands/small.json';
/** The same world with full knowledge capture: a policy variant sharing every other mechanism. */
export const CAPTURE = 'test/fixtures/commands/small-capture.json';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'capflow-exp-'));
}

/** Runs a command in this process, through the same entry point as the bin; returns its exit code and what it printed. */
export async function capflow(kind: 'run' | 'compare' | 'sweep' | 'sensitivity' | 'discover' | 'merge' | 'regress', args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main([kind, ...args], { out: (s) => void (stdout += s), err: (s) => void (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

/** Every output file of an experiment folder (not its run parts), by name. */
export function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

export interface RecordedRun {
  id: string;
  label: string;
  replicate: number;
  seed: number;
  point: Record<string, number>;
}

/** The runs an output folder's manifest records. */
export function runsOf(dir: string): RecordedRun[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).experiment.runs;
}

/** One run's lines of an output folder's metrics.csv (its identity columns lead every line). */
export function linesOf(dir: string, run: RecordedRun): string[] {
  const prefix = [run.label, run.replicate, run.seed, ...Object.values(run.point)].join(',') + ',';
  return readFileSync(join(dir, 'metrics.csv'), 'utf8').split('\n').filter((l) => l.startsWith(prefix));
}
