import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { ROOT, tempDir } from './helpers.ts';

const SMALL = join(ROOT, 'test/fixtures/commands/small.json');
const FACTOR = 'learning.explorationPerMonth';

async function capflow(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (s) => void (stdout += s), err: (s) => void (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

const csv = (path: string) => {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
};

describe('sensitivity --counterfactual analyses what mobility contributes', () => {
  it('runs every point with mobility off too, and takes Morris effects of the paired difference', async () => {
    const dir = join(tempDir(), 'contribution');
    const r = await capflow(['sensitivity', SMALL, '--vary', `${FACTOR}=0:0.05`, '--method', 'morris', '--samples', '3', '--years', '1', '--metric', 'capability:local', '--counterfactual', '--workers', '2', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the contribution of mobility to capability/local');
    const experiment = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).experiment;
    const { unitPoints, designPointOf, tick } = experiment.details as { unitPoints: number[][]; designPointOf: number[]; tick: number };

    // The output at each distinct point, rebuilt from metrics.csv: the run minus its counterfactual (one replicate).
    const rows = csv(join(dir, 'metrics.csv')).filter((m) => m.tick === String(tick) && m.metric === 'capability' && m.group === 'local');
    const at = (label: string) => new Map(rows.filter((m) => m.scenario === label).map((m) => [Number(m[FACTOR]), Number(m.value)]));
    const name = experiment.labels[0];
    expect(experiment.labels).toEqual([name, `${name}:counterfactual`]);
    const on = at(name);
    const off = at(`${name}:counterfactual`);
    expect(off.size).toBe(on.size);
    const values = [...on.keys()];
    const contribution = (i: number) => on.get(values[designPointOf[i]])! - off.get(values[designPointOf[i]])!;
    const level = (i: number) => on.get(values[designPointOf[i]])!;

    // One factor: each trajectory is two rows, and its elementary effect is the change over the step in the unit scale.
    const mu = (y: (i: number) => number) => {
      const effects: number[] = [];
      for (let i = 0; i < unitPoints.length; i += 2) effects.push((y(i + 1) - y(i)) / (unitPoints[i + 1][0] - unitPoints[i][0]));
      return effects.reduce((a, b) => a + b, 0) / effects.length;
    };
    const written = csv(join(dir, 'sensitivity.csv'));
    const muRow = written.find((w) => w.index === 'mu')!;
    expect(muRow.output).toBe('mobility_contribution');
    expect(Number(muRow.estimate)).toBeCloseTo(mu(contribution), 12);
    // It is the contribution's effect, not the level's: exploration moves capability with mobility off as well.
    expect(Math.abs(mu(contribution) - mu(level))).toBeGreaterThan(1e-9);
  });
});

describe('sweep --counterfactual writes what mobility contributes at every point', () => {
  it('as compare.csv rows with the point\'s values, each the mean of the paired differences', async () => {
    const dir = join(tempDir(), 'sweep');
    const r = await capflow(['sweep', SMALL, '--vary', 'funding.cycleMonths@always=12,36', '--years', '1', '--reps', '2', '--counterfactual', '--workers', '2', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = csv(join(dir, 'compare.csv'));
    const point = 'funding.cycleMonths@always';
    expect(Object.keys(rows[0]).slice(0, 4)).toEqual(['scenario', 'baseline', point, 'tick']);
    expect([...new Set(rows.map((c) => c[point]))]).toEqual(['12', '36']);
    const summary = csv(join(dir, 'summary.csv'));
    for (const months of ['12', '36']) {
      const mean = (label: string) => Number(summary.find((s) => s.scenario === label && s[point] === months && s.tick === '12' && s.metric === 'outcomes' && s.group === 'local')!.mean);
      const row = rows.find((c) => c[point] === months && c.tick === '12' && c.metric === 'outcomes' && c.group === 'local')!;
      expect(row.baseline).toBe(`${row.scenario}:counterfactual`);
      expect(row.n).toBe('2');
      // The mean of paired differences is the difference of the means; the interval is the pair's own.
      expect(Number(row.mean_difference)).toBeCloseTo(mean(row.scenario) - mean(row.baseline), 12);
      expect(Number(row.diff_ci_low)).toBeLessThanOrEqual(Number(row.mean_difference));
    }
  });
});
