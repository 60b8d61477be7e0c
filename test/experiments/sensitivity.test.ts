import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capflow, FIXTURE, tempDir } from './helpers.ts';

const rowsOf = (dir: string) =>
  readFileSync(join(dir, 'sensitivity.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

describe('sensitivity analysis of a model output', () => {
  it('screens factors by Morris elementary effects, with mu*, mu and sigma for each', async () => {
    const dir = join(tempDir(), 'morris');
    const vary = ['--vary', 'programme.framework.handover=0:1', '--vary', 'learning.explorationPerMonth=0:0.05'];
    const r = await capflow('sensitivity', [FIXTURE, '--method', 'morris', ...vary, '--samples', '3', '--metric', 'capability:local', '--workers', '1', '--out', dir]);
    expect(r.code).toBe(0);
    const rows = rowsOf(dir);
    expect(rows.map((c) => `${c[4]}:${c[5]}`).sort()).toEqual(
      ['learning.explorationPerMonth:mu', 'learning.explorationPerMonth:mu_star', 'learning.explorationPerMonth:sigma',
        'programme.framework.handover:mu', 'programme.framework.handover:mu_star', 'programme.framework.handover:sigma'].sort(),
    );
    // Exploration drives local capability through learning; it must register as an effect.
    const exploration = rows.find((c) => c[4] === 'learning.explorationPerMonth' && c[5] === 'mu_star')!;
    expect(Number(exploration[6])).toBeGreaterThan(0);
  });

  it('estimates Sobol first-order and total indices with bootstrap intervals', async () => {
    const dir = join(tempDir(), 'sobol');
    const vary = ['--vary', 'learning.explorationPerMonth=0:0.05', '--vary', 'programme.framework.handover=0:1'];
    const r = await capflow('sensitivity', [FIXTURE, '--method', 'sobol', ...vary, '--samples', '8', '--years', '1', '--metric', 'capability:local', '--workers', '2', '--out', dir]);
    expect(r.code).toBe(0);
    const rows = rowsOf(dir);
    expect(rows).toHaveLength(4);
    for (const c of rows) {
      expect(['first_order', 'total']).toContain(c[5]);
      expect(Number.isFinite(Number(c[6]))).toBe(true);
      expect(Number(c[7])).toBeLessThanOrEqual(Number(c[8]));
    }
  });
});
