import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capflow, fixture, ROOT, tempDir, type Ran } from './helpers.ts';

const TINY = fixture('tiny-generated.json');
const OTHER = fixture('child.json');
const tmp = tempDir();
const at = (...p: string[]) => join(tmp, ...p);
const quick = ['--reps', '1', '--years', '1', '--workers', '1'];

let thesis: Ran;
let parent: Ran;
let metricsFolder: Ran;
let linkedOut: Ran;
let linkedEntry: Ran;
let root: Ran;
let noManifest: Ran;

beforeAll(async () => {
  mkdirSync(at('keep'));
  writeFileSync(at('keep', 'thesis.txt'), 'precious');
  mkdirSync(at('project', 'inside'), { recursive: true });
  writeFileSync(at('project', 'notes.txt'), 'mine');
  mkdirSync(at('named', 'metrics.csv'), { recursive: true });
  writeFileSync(at('named', 'metrics.csv', 'inside.txt'), 'mine');
  writeFileSync(at('named', 'manifest.json'), JSON.stringify({ program: { name: 'capflow' } }));
  mkdirSync(at('elsewhere'));
  writeFileSync(at('elsewhere', 'data.txt'), 'mine');
  symlinkSync(at('elsewhere'), at('link'));
  mkdirSync(at('with-link'));
  writeFileSync(at('with-link', 'manifest.json'), JSON.stringify({ program: { name: 'capflow' } }));
  symlinkSync(at('elsewhere', 'data.txt'), at('with-link', 'metrics.csv'));
  mkdirSync(at('bare'));
  writeFileSync(at('bare', 'metrics.csv'), 'scenario\n');
  [thesis, parent, metricsFolder, linkedOut, linkedEntry, root, noManifest] = await Promise.all([
    capflow(['compare', TINY, OTHER, ...quick, '--out', at('keep'), '--force']),
    capflow(['run', TINY, ...quick, '--out', '..', '--force'], at('project', 'inside')),
    capflow(['run', TINY, ...quick, '--out', at('named'), '--force']),
    capflow(['sweep', TINY, '--vary', 'funding.renewalProbability=0,1', ...quick, '--out', at('link'), '--force']),
    capflow(['run', TINY, ...quick, '--out', at('with-link'), '--force']),
    capflow(['run', TINY, ...quick, '--out', '/', '--force']),
    capflow(['run', TINY, ...quick, '--out', at('bare'), '--force']),
  ]);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('--force replaces only what capflow wrote', () => {
  it('refuses a folder holding a file capflow did not write, and leaves the file (compare, experiment mode)', () => {
    expect(thesis.code).toBe(2);
    expect(thesis.stderr).toMatch(/^capflow compare: .*keep holds files capflow did not write \(thesis\.txt\)/);
    expect(readFileSync(at('keep', 'thesis.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(at('keep'))).toEqual(['thesis.txt']);
  });

  it('refuses it for merge too', async () => {
    expect((await capflow(['sweep', TINY, '--vary', 'funding.renewalProbability=0,1', ...quick, '--shard', '1/1', '--out', at('one-shard')])).code).toBe(0);
    const merged = await capflow(['merge', at('one-shard'), '--out', at('keep'), '--force']);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/keep holds files capflow did not write \(thesis\.txt\)/);
    expect(readdirSync(at('keep'))).toEqual(['thesis.txt']);
  });

  it('refuses --out .. from inside a folder (it contains the working folder), and empties nothing', () => {
    expect(parent.code).toBe(2);
    expect(parent.stderr).toMatch(/^capflow run: \.\. is the current folder or contains it/);
    expect(readdirSync(at('project')).sort()).toEqual(['inside', 'notes.txt']);
  });

  it('leaves a folder that is merely named metrics.csv', () => {
    expect(metricsFolder.code).toBe(2);
    expect(metricsFolder.stderr).toMatch(/metrics\.csv \(a folder\)/);
    expect(readFileSync(at('named', 'metrics.csv', 'inside.txt'), 'utf8')).toBe('mine');
  });

  it('never writes through a symbolic link, as --out or as an entry', () => {
    expect(linkedOut.code).toBe(2);
    expect(linkedOut.stderr).toMatch(/link is a symbolic link/);
    expect(linkedEntry.code).toBe(2);
    expect(linkedEntry.stderr).toMatch(/metrics\.csv \(a symbolic link\)/);
    expect(readdirSync(at('elsewhere'))).toEqual(['data.txt']);
    expect(readFileSync(at('elsewhere', 'data.txt'), 'utf8')).toBe('mine');
  });

  it('refuses the root of the file system', () => {
    expect(root.code).toBe(2);
    expect(root.stderr).toMatch(/\/ is the root of the file system/);
  });

  it('refuses a folder of capflow-like names without a capflow manifest', () => {
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toMatch(/holds no capflow manifest/);
    expect(readFileSync(at('bare', 'metrics.csv'), 'utf8')).toBe('scenario\n');
  });

  it('replaces an earlier experiment\'s folder, and a shard\'s, leaving nothing of them behind', async () => {
    const sweep = ['sweep', TINY, '--vary', 'funding.renewalProbability=0,0.25,0.5,0.75,1', ...quick];
    expect((await capflow([...sweep, '--shard', '1/2', '--out', at('again')])).code).toBe(0);
    expect(readdirSync(at('again')).sort()).toContain('runs');
    const forced = await capflow([...sweep, '--out', at('again'), '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(at('again')).sort()).toEqual(['codebook.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
    const compared = await capflow(['compare', TINY, OTHER, ...quick, '--out', at('again'), '--force']);
    expect(compared.code, compared.stderr).toBe(0);
    expect(readdirSync(at('again')).sort()).toEqual(['codebook.csv', 'compare.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
    expect(readdirSync(tmp).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(existsSync(at('.again.replaced'))).toBe(false);
  });
});

describe('deleting files', () => {
  it('happens only in cli/outputFolder.ts, so one policy decides what may go', () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const name of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const rel = join(dir, name.name);
        if (name.isDirectory()) visit(rel);
        else if (/\.(ts|mjs)$/.test(name.name) && rel !== join('cli', 'outputFolder.ts')) {
          if (/\b(rmSync|rmdirSync|unlinkSync|rm|rmdir|unlink)\(/.test(readFileSync(join(ROOT, rel), 'utf8'))) offenders.push(rel);
        }
      }
    };
    visit('cli');
    expect(offenders).toEqual([]);
  });
});
