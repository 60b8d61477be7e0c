import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'cli', 'capflow.mjs');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'commands');

export const fixture = (name: string) => join(FIXTURES, name);

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin, as a user would (`node cli/capflow.mjs ...`), in `cwd`. */
export function capflow(args: string[], cwd = ROOT): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'capflow-cli-'));
}
