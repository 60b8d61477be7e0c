import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAPTURE, capflow, FIXTURE, outputs, tempDir } from './helpers.ts';

const table = (dir: string, name: string) => {
  const [head, ...rows] = readFileSync(join(dir, name), 'utf8').trim().split('\n').map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
};

/** Full knowledge capture against the small world, over two assumptions, 12 points × 2 replicates. */
const SMALL = [
  FIXTURE, CAPTURE,
  '--vary', 'programme.framework.handover=0:1', '--vary', 'learning.explorationPerMonth=0:0.05',
  '--points', '12', '--reps', '2', '--years', '1', '--metric', 'capability:local', '--threshold', '0.00019',
];

describe('capflow discover', () => {
  const dir = join(tempDir(), 'small');
  let r: Awaited<ReturnType<typeof capflow>>;
  beforeAll(async () => {
    r = await capflow('discover', [...SMALL, '--workers', '2', '--out', dir]);
  }, 60_000);

  it('writes each point’s paired effect, the peeling trajectory and a box consistent with the points', () => {
    expect(r.code).toBe(0);
    const points = table(dir, 'points.csv');
    expect(points).toHaveLength(12);
    // Replicate k of both scenarios shares its seed: the effect is read from metrics.csv pair by pair.
    const metrics = table(dir, 'metrics.csv').filter((m) => m.tick === '12' && m.metric === 'capability' && m.group === 'local');
    for (const p of points) {
      const at = (label: string, rep: string) => Number(metrics.find((m) => m.scenario === label && m.replicate === rep && m['learning.explorationPerMonth'] === p['learning.explorationPerMonth'])!.value);
      const paired = ((at('exp-small-capture', '0') - at('exp-small', '0')) + (at('exp-small-capture', '1') - at('exp-small', '1'))) / 2;
      expect(Number(p.effect)).toBeCloseTo(paired, 12);
      expect(p.case_of_interest).toBe(Number(p.effect) < 0.00019 ? 'TRUE' : 'FALSE');
    }
    const interesting = points.filter((p) => p.case_of_interest === 'TRUE').length;
    // The threshold splits this design: otherwise there is nothing to discover.
    expect(interesting).toBeGreaterThan(0);
    expect(interesting).toBeLessThan(12);

    const trajectory = table(dir, 'trajectory.csv');
    expect(trajectory.filter((t) => t.step === '0').map((t) => [t.coverage, t.mass, t.restricted])).toEqual([['1', '1', 'FALSE'], ['1', '1', 'FALSE']]);
    // The box's statistics are those of its limits applied to points.csv.
    const box = table(dir, 'box.csv');
    expect(box.map((b) => b.dimension)).toEqual(['programme.framework.handover', 'learning.explorationPerMonth']);
    const inside = points.filter((p) => box.every((b) => Number(p[b.dimension]) >= Number(b.lo) && Number(p[b.dimension]) <= Number(b.hi)));
    const hits = inside.filter((p) => p.case_of_interest === 'TRUE').length;
    expect(Number(box[0].density)).toBeCloseTo(hits / inside.length, 12);
    expect(Number(box[0].coverage)).toBeCloseTo(hits / interesting, 12);
    expect(Number(box[0].coverage)).toBeGreaterThanOrEqual(0.8);
    expect(Number(box[0].n_points)).toBe(inside.length);
    // The words on stdout are summary.txt's.
    const words = readFileSync(join(dir, 'summary.txt'), 'utf8');
    expect(r.stdout).toContain(words);
    expect(words).toContain(`It is below 0.00019 at ${interesting} of 12 points`);
  });

  it('gives the same bytes with 1 and 2 workers', async () => {
    const one = join(tempDir(), 'one');
    expect((await capflow('discover', [...SMALL, '--workers', '1', '--out', one])).code).toBe(0);
    expect(outputs(one)).toEqual(outputs(dir));
    expect(readFileSync(join(one, 'summary.txt'), 'utf8')).toBe(readFileSync(join(dir, 'summary.txt'), 'utf8'));
  });

  it('merged from shards, gives the same points, trajectory, box and words as one machine', async () => {
    const base = tempDir();
    for (const k of [1, 2]) expect((await capflow('discover', [...SMALL, '--workers', '1', '--shard', `${k}/2`, '--out', join(base, `shard${k}`)])).code).toBe(0);
    const merged = await capflow('merge', [join(base, 'shard1'), join(base, 'shard2'), '--out', join(base, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(outputs(join(base, 'merged'))).toEqual(outputs(dir));
    expect(readFileSync(join(base, 'merged', 'summary.txt'), 'utf8')).toBe(readFileSync(join(dir, 'summary.txt'), 'utf8'));
  });

  it('resumed with half its runs already finished, completes to one machine’s bytes', async () => {
    const base = tempDir();
    // Half the runs finished, as an interrupted discovery leaves them in its hidden working folder.
    expect((await capflow('discover', [...SMALL, '--workers', '1', '--shard', '1/2', '--out', join(base, 'half')])).code).toBe(0);
    cpSync(join(base, 'half', 'experiment.json'), join(base, '.resumed.partial', 'experiment.json'));
    cpSync(join(base, 'half', 'runs'), join(base, '.resumed.partial', 'runs'), { recursive: true });
    const kept = readdirSync(join(base, 'half', 'runs')).length;
    expect(kept).toBeGreaterThan(0);
    const r = await capflow('discover', [...SMALL, '--workers', '1', '--resume', '--out', join(base, 'resumed')]);
    expect(r.code, r.stderr).toBe(0);
    expect(outputs(join(base, 'resumed'))).toEqual(outputs(dir));
    expect(readFileSync(join(base, 'resumed', 'summary.txt'), 'utf8')).toBe(readFileSync(join(dir, 'summary.txt'), 'utf8'));
  });

  it('refuses a discovery without a threshold, with one scenario, or at a month outside the runs', async () => {
    const noThreshold = SMALL.filter((a, i) => a !== '--threshold' && SMALL[i - 1] !== '--threshold');
    expect((await capflow('discover', noThreshold)).stderr).toContain('give --threshold x');
    expect((await capflow('discover', [FIXTURE, '--vary', 'programme.framework.handover=0:1', '--threshold', '0'])).stderr).toContain('discover takes two scenarios');
    const late = await capflow('discover', [...SMALL, '--at', '2031-01']);
    expect(late.code).not.toBe(0);
    expect(late.stderr).toContain('--at 2031-01 is outside the runs');
  });
});

describe('capflow discover on the regional scenarios', () => {
  it('finds where the devolution framework’s gain in local capability is below a threshold', async () => {
    const dir = join(tempDir(), 'regional');
    const r = await capflow('discover', [
      'scenarios/uk-2026-regional.json', 'scenarios/uk-devolution-framework-regional.json',
      '--vary', 'funding.renewalProbability@always=0.2:0.9', '--vary', 'context.baseWillingness=0.1:0.5',
      '--points', '8', '--reps', '1', '--years', '2', '--metric', 'capability:local', '--at', '2028-04',
      '--threshold', '0.003', '--min-coverage', '0.5', '--workers', '2', '--out', dir,
    ]);
    expect(r.code).toBe(0);
    expect(table(dir, 'points.csv')).toHaveLength(8);
    expect(r.stdout.replace(/\n/g, ' ')).toContain('Scenario discovery: the effect of uk-devolution-framework-regional over uk-2026-regional on capability (local) in 2028-04');
    const box = table(dir, 'box.csv');
    expect(box).toHaveLength(2);
    expect(Number(box[0].coverage)).toBeGreaterThanOrEqual(0.5);
  }, 60_000);
});
