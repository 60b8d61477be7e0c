import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capflow, fixture, ROOT, tempDir, type Ran } from './helpers.ts';

const tmp = tempDir();
const at = (...p: string[]) => join(tmp, ...p);
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

const TINY = fixture('tiny-generated.json');
const quick = ['--reps', '2', '--years', '1', '--workers', '1'];
const SOBOL = ['sensitivity', TINY, '--method', 'sobol', '--vary', 'funding.renewalProbability=0:1', '--vary', 'learning.explorationPerMonth=0:0.05', '--samples', '2', '--years', '1', '--metric', 'capability:local', '--workers', '1'];

let fromOtherRepo: Ran;
let compared: Ran;
let sobol: Ran;
let original: Ran;

beforeAll(async () => {
  // A user's own repository, with its own commit: capflow must not record that one.
  git(tmp, 'init', '-q', '-b', 'main', at());
  writeFileSync(at('README'), 'my project');
  git(tmp, '-c', 'user.name=u', '-c', 'user.email=u@example.org', 'commit', '-q', '--allow-empty', '-m', 'mine');
  [fromOtherRepo, compared, sobol, original] = await Promise.all([
    capflow(['run', TINY, ...quick, '--out', 'from-other-repo'], tmp),
    capflow(['compare', TINY, fixture('child.json'), ...quick, '--out', at('compared')]),
    capflow([...SOBOL, '--out', at('sobol')]),
    capflow(['run', TINY, ...quick, '--set', 'funding.renewalProbability=0.5', '--counterfactual', '--out', at('original')]),
  ]);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('every output folder\'s manifest says what made it', () => {
  it('records capflow\'s own commit and whether its checkout is modified, not the working folder\'s repository', () => {
    expect(fromOtherRepo.code, fromOtherRepo.stderr).toBe(0);
    const m = manifestOf(at('from-other-repo'));
    expect(m.program.gitCommit).toBe(git(ROOT, 'rev-parse', 'HEAD'));
    expect(m.program.gitCommit).not.toBe(git(tmp, 'rev-parse', 'HEAD'));
    expect(m.program.gitDirty).toBe(git(ROOT, 'status', '--porcelain') !== '');
    expect(m.program).toMatchObject({ name: 'capflow', version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version, node: process.version, platform: `${process.platform}-${process.arch}` });
  });

  it('records the exact command line, the folder it ran in, and when it started and finished', () => {
    const m = manifestOf(at('from-other-repo'));
    expect(m.command).toEqual(['run', TINY, ...quick, '--out', 'from-other-repo']);
    expect(m.workingFolder).toBe(tmp);
    expect(Date.parse(m.finished)).toBeGreaterThanOrEqual(Date.parse(m.started));
    expect(m.seed).toBe(1);
    expect(m.replicates).toEqual([{ replicate: 0, seed: 1 }, { replicate: 1, seed: 1 }]);
  });

  it('holds the SHA-256 of every other file in the folder, for compare and sensitivity as for run', () => {
    expect(compared.code, compared.stderr).toBe(0);
    expect(sobol.code, sobol.stderr).toBe(0);
    for (const dir of [at('from-other-repo'), at('compared'), at('sobol')]) {
      const m = manifestOf(dir);
      const others = readdirSync(dir).filter((f) => f !== 'manifest.json').sort();
      expect(Object.keys(m.files).sort()).toEqual(others);
      for (const f of others) expect(m.files[f].sha256, f).toBe(sha256(join(dir, f)));
    }
    expect(Object.keys(manifestOf(at('compared')).files).sort()).toEqual(['codebook.csv', 'compare.csv', 'metrics.csv', 'summary.csv']);
    expect(Object.keys(manifestOf(at('sobol')).files).sort()).toEqual(['codebook.csv', 'metrics.csv', 'sensitivity.csv', 'summary.csv']);
    expect(manifestOf(at('compared')).sources.map((s: { file: string }) => s.file)).toEqual([TINY, fixture('child.json')]);
  });
});

describe('capflow run --manifest', () => {
  it('reproduces a run from its manifest alone, byte for byte, into a new folder', async () => {
    expect(original.code, original.stderr).toBe(0);
    const again = await capflow(['run', '--manifest', at('original', 'manifest.json'), '--out', at('reproduced')]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^Reproduced: codebook\.csv, compare\.csv, metrics\.csv, summary\.csv match the manifest's SHA-256, byte for byte\.$/m);
    for (const f of ['metrics.csv', 'summary.csv', 'compare.csv']) expect(readFileSync(at('reproduced', f)), f).toEqual(readFileSync(at('original', f)));
    expect(manifestOf(at('reproduced')).experiment).toEqual(manifestOf(at('original')).experiment);
    // The original folder is untouched.
    expect(manifestOf(at('original')).command[0]).toBe('run');
    expect(manifestOf(at('original')).command).not.toContain('--manifest');
  });

  it('reproduces a Sobol analysis too', async () => {
    const again = await capflow(['run', '--manifest', at('sobol', 'manifest.json'), '--out', at('sobol-again')]);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(at('sobol-again', 'sensitivity.csv'))).toEqual(readFileSync(at('sobol', 'sensitivity.csv')));
  });

  it('refuses a manifest that is not one, or was edited, and a scenario given beside it (exit 1)', async () => {
    writeFileSync(at('not-json.json'), '{');
    const edited = manifestOf(at('original'));
    edited.experiment.inputs[Object.keys(edited.experiment.inputs)[0]].seed = 99;
    writeFileSync(at('edited.json'), JSON.stringify(edited));
    const [notJson, tampered, both] = await Promise.all([
      capflow(['run', '--manifest', at('not-json.json'), '--out', at('x')]),
      capflow(['run', '--manifest', at('edited.json'), '--out', at('x')]),
      capflow(['run', TINY, '--manifest', at('original', 'manifest.json'), '--out', at('x')]),
    ]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/not-json\.json is not valid JSON/);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/edited\.json \$\.experiment: \$\.inputs\.[0-9a-f]{16}: the input does not match its id/);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/--manifest reruns exactly what the manifest records: it takes no scenario file/);
    expect(readdirSync(tmp)).not.toContain('x');
  });
});
