import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { capflow, CAPTURE, FIXTURE, linesOf, outputs, runsOf, tempDir } from './helpers.ts';

/** An illustrative posterior over two learning assumptions, five particles of unequal weight. */
const POSTERIOR = 'test/fixtures/posteriors/learning.csv';

const rowsOf = (csv: string) => {
  const [head, ...lines] = csv.trim().split('\n');
  const names = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((c, i) => [names[i], c])));
};

describe('capflow compare --posterior', () => {
  const dir = tempDir();
  const folder = (name: string) => join(dir, name);
  const compare = (reps: number, workers: number, out: string) =>
    capflow('compare', [FIXTURE, CAPTURE, '--posterior', POSTERIOR, '--reps', String(reps), '--workers', String(workers), '--out', folder(out)]);
  let stdout = '';

  beforeAll(async () => {
    const ran = [await compare(6, 1, 'one'), await compare(6, 2, 'two'), await compare(7, 2, 'seven')];
    for (const r of ran) expect(r.code, r.stderr).toBe(0);
    // The report wraps at 100 columns: read it as one line.
    stdout = ran[0].stdout.replace(/\s+/g, ' ');
  }, 600_000);

  it('gives byte-identical outputs with one worker and with two', () => {
    const [a, b] = [outputs(folder('one')), outputs(folder('two'))];
    expect(Object.keys(a).sort()).toEqual(['codebook.csv', 'compare.csv', 'draws.csv', 'metrics.csv', 'summary.csv']);
    for (const name of Object.keys(a)) expect(b[name], name).toBe(a[name]);
  });

  it('draws each replicate pair a particle from the file, the same for both scenarios, and records the file\'s SHA-256', () => {
    const draws = rowsOf(outputs(folder('one'))['draws.csv']);
    expect(draws.map((d) => d.draw)).toEqual(['0', '0', '1', '1', '2', '2']);
    for (let j = 0; j < 3; j++) expect(draws[2 * j + 1]).toEqual({ ...draws[2 * j], replicate: String(2 * j + 1) });
    const runs = runsOf(folder('one')) as unknown as { label: string; replicate: number; posterior: { particle: number } }[];
    for (const k of [0, 1, 2, 3, 4, 5]) {
      const particles = runs.filter((r) => r.replicate === k).map((r) => r.posterior.particle);
      expect(particles).toEqual([Number(draws[k].particle), Number(draws[k].particle)]);
    }
    const manifest = JSON.parse(readFileSync(join(folder('one'), 'manifest.json'), 'utf8'));
    expect(manifest.posterior.sha256).toBe(createHash('sha256').update(readFileSync(POSTERIOR)).digest('hex'));
  });

  it('leaves every other replicate\'s rows unchanged when a replicate is added', () => {
    const six = runsOf(folder('one'));
    for (const run of six) expect(linesOf(folder('seven'), run), `${run.label} ${run.replicate}`).toEqual(linesOf(folder('one'), run));
    expect(outputs(folder('seven'))['draws.csv'].startsWith(outputs(folder('one'))['draws.csv'])).toBe(true);
  });

  it('is paired: the parameter-inclusive interval of the difference is narrower than independent draws on each side would give', () => {
    const end = rowsOf(outputs(folder('one'))['compare.csv']).filter((r) => r.tick === '24' && r.metric === 'capability');
    expect(end.length).toBe(3);
    for (const r of end) {
      const paired = (Number(r.parameter_diff_ci_high) - Number(r.parameter_diff_ci_low)) / 2;
      expect(paired, r.group).toBeLessThan(Number(r.parameter_unpaired_half_width));
      // The stochastic interval holds the parameters as drawn: it is never wider than the one that adds them.
      expect(Number(r.stochastic_diff_ci_high) - Number(r.stochastic_diff_ci_low), r.group).toBeLessThanOrEqual(Number(r.parameter_diff_ci_high) - Number(r.parameter_diff_ci_low));
    }
  });

  it('says in words which conclusions survive parameter uncertainty', () => {
    expect(stdout).toMatch(/over the posterior test\/fixtures\/posteriors\/learning\.csv \(3 draws/);
    expect(stdout).toMatch(/Parameters drawn from test\/fixtures\/posteriors\/learning\.csv \(SHA-256 [0-9a-f]{12}…, 5 particles; learning\.broughtBackShare, learning\.absorptionWithoutBridge\)/);
    expect(stdout).toMatch(/stochastic 95% with parameters 95% draws \+\/−/);
    expect(stdout).toMatch(/Survives parameter uncertainty: B|Same sign in every draw|The sign depends on the parameters/);
  });
});
