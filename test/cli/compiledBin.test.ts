// The bin runs the compiled command line (build/cli/, scripts/buildCli.mjs) when it is fresh and
// the TypeScript sources when any of them is newer, so a developer's edit is never answered by a
// stale build. Checked on a private copy of the package, so editing a source here cannot disturb
// the tests running the real one.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIsFresh } from '../../cli/buildFreshness.mjs';
import { fixture, ROOT, tempDir, type Ran } from './helpers.ts';

let copy: string;

function bin(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(copy, 'cli', 'capflow.mjs'), ...args], { cwd: copy, encoding: 'utf8', env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr });
    });
  });
}

function build(): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(copy, 'scripts', 'buildCli.mjs')], { cwd: copy, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : -1, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  copy = tempDir();
  for (const part of ['cli', 'sim', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const built = await build();
  expect(built.code, built.stderr).toBe(0);
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the compiled command line', () => {
  it('is fresh right after it is built, and records what it was built from', () => {
    expect(buildIsFresh(copy)).toBe(true);
    const record = JSON.parse(readFileSync(join(copy, 'build', 'cli', 'inputs.json'), 'utf8')) as { inputs: string[] };
    expect(record.inputs).toContain('cli/main.ts');
    expect(record.inputs).toContain('cli/experimentRunner/workerMain.ts');
    expect(record.inputs.some((f) => f.endsWith('zod/package.json') || f.includes('/zod/'))).toBe(true);
  });

  it('answers from the build while it is fresh and from the sources as soon as one is newer', async () => {
    const source = join(copy, 'cli', 'commands', 'validate.ts');
    const original = readFileSync(source, 'utf8');
    const before = statSync(source);
    // An edit whose time is put back before the build: only the build can still say "ok".
    writeFileSync(source, original.replace('io.out(`ok ${file}\\n`)', 'io.out(`edited ${file}\\n`)'));
    utimesSync(source, before.atime, before.mtime);
    const file = fixture('small.json');
    expect((await bin(['validate', file])).stdout).toBe(`ok ${file}\n`);
    expect((await bin(['validate', file], { CAPFLOW_FROM_SOURCE: '1' })).stdout).toBe(`edited ${file}\n`);
    // The same edit at its real time: the build is stale, so the sources answer.
    utimesSync(source, new Date(), new Date());
    expect(buildIsFresh(copy)).toBe(false);
    expect((await bin(['validate', file])).stdout).toBe(`edited ${file}\n`);
    writeFileSync(source, original);
    expect((await build()).code).toBe(0);
    expect((await bin(['validate', file])).stdout).toBe(`ok ${file}\n`);
  });

  it('is stale when a file it was built from is gone, or when it has no record', () => {
    const gone = join(copy, 'cli', 'wrap.ts');
    const text = readFileSync(gone, 'utf8');
    rmSync(gone);
    expect(buildIsFresh(copy)).toBe(false);
    writeFileSync(gone, text);
    expect(buildIsFresh(join(copy, 'sim'))).toBe(false);
  });

  it('runs its worker threads from the build and writes the same bytes as the sources', async () => {
    const out = tempDir();
    const args = (folder: string) => ['run', fixture('small.json'), '--reps', '2', '--years', '1', '--workers', '2', '--out', join(out, folder)];
    const [compiled, fromSource] = await Promise.all([bin(args('compiled')), bin(args('source'), { CAPFLOW_FROM_SOURCE: '1' })]);
    expect(compiled.code, compiled.stderr).toBe(0);
    expect(fromSource.code, fromSource.stderr).toBe(0);
    for (const name of ['metrics.csv', 'summary.csv']) {
      expect(readFileSync(join(out, 'compiled', name), 'utf8')).toBe(readFileSync(join(out, 'source', name), 'utf8'));
    }
    rmSync(out, { recursive: true, force: true });
  });
});
