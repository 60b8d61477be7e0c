import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimentCommand, mergeCommand } from '../../cli/experiment/commands.ts';

export const FIXTURE = 'test/experiments/fixtures/small.json';
/** The same world with full knowledge capture: a policy variant sharing every other mechanism. */
export const CAPTURE = 'test/experiments/fixtures/small-capture.json';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'capflow-exp-'));
}

/** Runs an experiment command in this process; returns its exit code and what it printed. */
export async function capflow(kind: 'run' | 'compare' | 'sweep' | 'sensitivity' | 'merge', args: string[]) {
  let stdout = '';
  let stderr = '';
  const print = (s: string) => (stdout += s);
  const warn = (s: string) => (stderr += s + '\n');
  const code = kind === 'merge' ? mergeCommand(args, print, warn) : await experimentCommand(kind, args, print, warn);
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

export function part(dir: string, id: string): string {
  return readFileSync(join(dir, 'runs', `${id}.csv`), 'utf8');
}
