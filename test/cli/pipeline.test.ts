import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capflow, fixture, tempDir, type Ran } from './helpers.ts';

const tmp = tempDir();
const at = (...p: string[]) => join(tmp, ...p);
const TINY = fixture('tiny-generated.json');
const one = ['--years', '1', '--workers', '1'];
const sensitivity = (method: string) => ['sensitivity', TINY, '--method', method, '--vary', 'funding.renewalProbability=0:1', '--samples', '2', ...one];

let plain: Ran;
let edited: Ran;
let morris: Ran;
let sobol: Ran;
let counterfactual: Ran;
let threaded: Ran;
let single: Ran;

beforeAll(async () => {
  [plain, edited, morris, sobol, counterfactual, threaded, single] = await Promise.all([
    capflow(['run', TINY, '--workers', '1'], tmp),
    capflow(['run', TINY, '--workers', '1', '--set', 'funding.renewalProbability=0.5'], tmp),
    capflow(sensitivity('morris'), tmp),
    capflow(sensitivity('sobol'), tmp),
    capflow(['run', TINY, '--reps', '2', '--years', '1', '--counterfactual', '--workers', '2', '--out', at('counterfactual')]),
    capflow(['run', TINY, '--reps', '3', '--years', '1', '--out', at('threaded')]),
    capflow(['run', TINY, '--reps', '3', '--years', '1', '--workers', '1', '--out', at('single')]),
  ]);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('default output folders', () => {
  it('are runs/<name>-<seed> for a plain run, and distinct for distinct content: an edited scenario, Morris and Sobol', () => {
    for (const r of [plain, edited, morris, sobol]) expect(r.code, r.stderr).toBe(0);
    const folders = readdirSync(at('runs')).sort();
    expect(folders).toHaveLength(4);
    expect(folders).toContain('tiny-1');
    expect(folders.filter((f) => /^tiny-1-[0-9a-f]{8}$/.test(f))).toHaveLength(1);
    expect(folders.filter((f) => /^sensitivity-tiny-1-[0-9a-f]{8}$/.test(f))).toHaveLength(2);
    const methods = folders.filter((f) => f.startsWith('sensitivity-')).map((f) => readFileSync(at('runs', f, 'sensitivity.csv'), 'utf8').split('\n')[1].split(',')[0]);
    expect(methods.sort()).toEqual(['morris', 'sobol']);
  });
});

describe('run is one pipeline whatever the flags', () => {
  it('keeps its placements, workforce and cost tables with --counterfactual and --workers, and adds the paired difference', () => {
    expect(counterfactual.code, counterfactual.stderr).toBe(0);
    expect(counterfactual.stdout).toMatch(/^tiny: seed 1, 2 replicates, 1 year, 5,200 officials, and its counterfactual$/m);
    for (const heading of [/^Tiers at the start \(2026-04\) and end \(2027-04\)/m, /^Placements over the run/m, /^Workforce over the run/m, /^Cost over the run/m, /^A = tiny:counterfactual, B = tiny: at the end of the horizon, paired by replicate \(n = 2\)$/m]) {
      expect(counterfactual.stdout).toMatch(heading);
    }
    expect(readdirSync(at('counterfactual')).sort()).toEqual(['codebook.csv', 'compare.csv', 'manifest.json', 'metrics.csv', 'summary.csv']);
  });

  it('shows in the tiers table what mobility adds at the end, the paired difference compare.csv has', () => {
    expect(counterfactual.stdout).toMatch(/^ +start +end +mobility +start +end +mobility +start +end +mobility$/m);
    const [head, ...lines] = readFileSync(at('counterfactual', 'compare.csv'), 'utf8').split('\n');
    const end = lines.find((l) => /^tiny,tiny:counterfactual,12,[\d-]+,coordination,local,/.test(l))!.split(',');
    const [mean, low, high] = ['mean_difference', 'diff_ci_low', 'diff_ci_high'].map((c) => Number(end[head.split(',').indexOf(c)]));
    const shown = (mean > 0 ? '+' : mean < 0 ? '-' : ' ') + `${Math.abs(mean).toFixed(3)} ± ${((high - low) / 2).toFixed(3)}`;
    const row = counterfactual.stdout.split('\n').find((l) => l.startsWith('coordination '))!;
    expect(row.trim().endsWith(shown), `${row} ends with ${shown}`).toBe(true);
    expect(plain.stdout).toMatch(/--counterfactual adds what mobility itself contributes/);
    expect(plain.stdout).not.toMatch(/mobility +start/);
  });

  it('runs replicates on worker threads by default (one per core, at most one per replicate), with the same bytes as one thread', () => {
    expect(threaded.code, threaded.stderr).toBe(0);
    const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest(at('threaded')).workers).toBe(Math.min(availableParallelism(), 3));
    expect(manifest(at('single')).workers).toBe(1);
    for (const f of ['metrics.csv', 'summary.csv']) expect(readFileSync(at('threaded', f)), f).toEqual(readFileSync(at('single', f)));
    expect(threaded.stdout.replace(/ in \d+\.\d s/, '').replace(/\S*threaded\S*/, 'DIR')).toBe(single.stdout.replace(/ in \d+\.\d s/, '').replace(/\S*single\S*/, 'DIR'));
  });
});
