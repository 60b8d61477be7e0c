import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { EXIT } from '../../cli/exitCodes.ts';
import { ROOT, tempDir } from './helpers.ts';

const SMALL = join(ROOT, 'test/fixtures/commands/small.json');
const CAPTURE = join(ROOT, 'test/fixtures/commands/small-capture.json');

async function capflow(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (s) => void (stdout += s), err: (s) => void (stderr += s), stderrIsTTY: false });
  return { code, stdout, stderr };
}

/** Every file of an output folder but the manifest (it records the command line and the clock) and the experiment file's copy. */
function outputs(dir: string): Record<string, string> {
  const names = readdirSync(dir).filter((f) => f !== 'manifest.json' && f !== 'experiment-file.json').sort();
  return Object.fromEntries(names.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}
const experimentIdIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).experiment.id;

/**
 * Runs the command, prints its experiment file, runs the file with `capflow experiment`, and
 * returns both folders. The file is saved away from the current folder: its scenario paths are
 * absolute here, as the command line gave them.
 */
async function bothWays(args: string[]) {
  const tmp = tempDir();
  const [direct, viaFile] = [join(tmp, 'direct'), join(tmp, 'file')];
  const ran = await capflow([...args, '--workers', '1', '--out', direct]);
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  const printed = await capflow([...args, '--print-experiment']);
  expect(printed.code).toBe(0);
  const file = join(tmp, 'experiment.json');
  writeFileSync(file, printed.stdout);
  const again = await capflow(['experiment', file, '--workers', '2', '--out', viaFile]);
  expect(again.stderr).toBe('');
  expect(again.code).toBe(0);
  return { direct, viaFile, file, printed: JSON.parse(printed.stdout) };
}

describe('--print-experiment prints the experiment file a command is, and running it writes the same bytes', () => {
  it('for run --counterfactual', async () => {
    const { direct, viaFile, printed } = await bothWays(['run', SMALL, '--years', '1', '--reps', '2', '--counterfactual', '--set', 'funding.cycleMonths=24@always']);
    expect(printed).toMatchObject({ kind: 'run', scenarios: [SMALL], years: 1, replicates: 2, counterfactual: true, set: ['funding.cycleMonths=24@always'] });
    expect(Object.keys(outputs(direct))).toEqual(['codebook.csv', 'compare.csv', 'metrics.csv', 'summary.csv']);
    expect(outputs(viaFile)).toEqual(outputs(direct));
    expect(experimentIdIn(viaFile)).toBe(experimentIdIn(direct));
  });

  it('for compare, and the folder keeps a copy of the file as it was read', async () => {
    const { direct, viaFile, file } = await bothWays(['compare', SMALL, CAPTURE, '--years', '1', '--reps', '2']);
    expect(outputs(viaFile)).toEqual(outputs(direct));
    expect(readFileSync(join(viaFile, 'experiment-file.json'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    const manifest = JSON.parse(readFileSync(join(viaFile, 'manifest.json'), 'utf8'));
    expect(manifest.command.slice(0, 2)).toEqual(['experiment', file]);
  });

  it('for a sweep with a tied parameter: secondment length varied as one factor', async () => {
    const length = ['--vary', 'programme.instruments.secondment.maxMonths=6,18', '--tie', 'programme.instruments.secondment.minMonths=programme.instruments.secondment.maxMonths-2'];
    const { direct, viaFile, printed } = await bothWays(['sweep', SMALL, ...length, '--years', '1', '--reps', '1']);
    expect(printed.vary).toEqual([
      { path: 'programme.instruments.secondment.maxMonths', values: [6, 18] },
      { path: 'programme.instruments.secondment.minMonths', tiedTo: 'programme.instruments.secondment.maxMonths', plus: -2 },
    ]);
    expect(outputs(viaFile)).toEqual(outputs(direct));
    const columns = readFileSync(join(direct, 'summary.csv'), 'utf8').split('\n').slice(1, -1).map((l) => l.split(',').slice(1, 3).join(','));
    expect([...new Set(columns)]).toEqual(['6,4', '18,16']);
  });

  it('for a one-at-a-time sweep with its counterfactual', async () => {
    const { direct, viaFile, printed } = await bothWays(['sweep', SMALL, '--vary', 'learning.explorationPerMonth=0:0.05', '--design', 'ofat', '--levels', '3', '--counterfactual', '--years', '1', '--reps', '1']);
    expect(printed).toMatchObject({ counterfactual: true, design: { type: 'ofat', levels: 3 } });
    expect(Object.keys(outputs(direct))).toContain('compare.csv');
    expect(outputs(viaFile)).toEqual(outputs(direct));
  });

  it('for the Latin hypercube of funding.cycleMonths that zod used to refuse as "expected int"', async () => {
    const uk = join(ROOT, 'scenarios/uk-2026-regional.json');
    const { direct, viaFile } = await bothWays(['sweep', uk, '--design', 'lhs', '--vary', 'funding.cycleMonths=12:36', '--samples', '2', '--years', '1', '--reps', '1']);
    expect(outputs(viaFile)).toEqual(outputs(direct));
    const months = new Set(readFileSync(join(direct, 'summary.csv'), 'utf8').split('\n').slice(1, -1).map((l) => l.split(',')[1]));
    expect([...months].every((m) => /^\d+$/.test(m) && Number(m) >= 12 && Number(m) <= 36)).toBe(true);
    expect(months.size).toBe(2);
  }, 120_000);

  it('for a Morris sensitivity analysis of an integer parameter, rounded', async () => {
    const vary = ['--vary', 'funding.cycleMonths@always=12:36', '--vary', 'learning.explorationPerMonth=0:0.05'];
    const { direct, viaFile, printed } = await bothWays(['sensitivity', SMALL, ...vary, '--method', 'morris', '--samples', '2', '--years', '1', '--metric', 'capability:local']);
    expect(printed.design).toEqual({ type: 'morris', trajectories: 2 });
    expect(printed.output).toEqual({ metric: 'capability', group: 'local' });
    expect(outputs(viaFile)).toEqual(outputs(direct));
    expect(Object.keys(outputs(direct))).toContain('sensitivity.csv');
  });

  it('for discover', async () => {
    const args = ['discover', SMALL, CAPTURE, '--vary', 'learning.explorationPerMonth=0:0.05', '--points', '4', '--years', '1', '--reps', '1', '--metric', 'capability:local', '--threshold', '0.01', '--min-coverage', '0.5'];
    const { direct, viaFile, printed } = await bothWays(args);
    expect(printed.discover).toEqual({ threshold: 0.01, minCoverage: 0.5 });
    expect(outputs(viaFile)).toEqual(outputs(direct));
  });
});

describe('capflow experiment', () => {
  it('reads scenario paths relative to the file, and refuses a bad file with its path and reason', async () => {
    const tmp = tempDir();
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify({ kind: 'run', scenarios: ['nowhere.json'], replicate: 2 }));
    const r = await capflow(['experiment', file]);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toBe(`${file}: $.replicate: unknown key\n`);
    writeFileSync(file, JSON.stringify({ kind: 'run', scenarios: ['nowhere.json'] }));
    const missing = await capflow(['experiment', file]);
    expect(missing.code).toBe(EXIT.invalid);
    expect(missing.stderr).toContain(join(tmp, 'nowhere.json'));
  });

  it('for compare with a posterior and a recording choice: both travel in the file', async () => {
    const posterior = join(ROOT, 'test/fixtures/posteriors/learning.csv');
    const args = ['compare', SMALL, CAPTURE, '--years', '1', '--reps', '2', '--posterior', posterior, '--record', 'capability,coordination', '--record-groups', 'local', '--every', '3'];
    const { direct, viaFile, printed } = await bothWays(args);
    expect(printed).toMatchObject({ kind: 'compare', posterior, record: { metrics: ['capability', 'coordination'], groups: ['local'], everyTicks: 3 } });
    const files = outputs(direct);
    expect(Object.keys(files)).toContain('draws.csv');
    // Only the chosen metrics, in the chosen group, are recorded.
    const metricsOf = new Set(files['metrics.csv'].trim().split('\n').slice(1).map((l) => l.split(',').slice(-3, -1).join(':')));
    expect([...metricsOf].sort()).toEqual(['capability:local', 'coordination:local']);
    expect(outputs(viaFile)).toEqual(files);
    expect(experimentIdIn(viaFile)).toBe(experimentIdIn(direct));
  });

  it('prints no file for a command line the command would refuse, and keeps a tie only with what it is tied to', async () => {
    const printed = await capflow(['sweep', SMALL, '--vary', 'funding.cycleMonths=12,24', '--samples', '3', '--print-experiment']);
    const ran = await capflow(['sweep', SMALL, '--vary', 'funding.cycleMonths=12,24', '--samples', '3']);
    expect(printed.code).toBe(EXIT.invalid);
    expect(printed.stdout).toBe('');
    expect(printed.stderr).toBe(ran.stderr);
    const tie = await capflow(['sweep', SMALL, '--tie', 'programme.instruments.secondment.minMonths=programme.instruments.secondment.maxMonths', '--print-experiment']);
    expect(tie.code).toBe(EXIT.invalid);
    expect(tie.stderr).toContain('programme.instruments.secondment.maxMonths is not varied');
  });

  it('runs in shards that capflow merge joins into the bytes of one machine, the file\'s copy included', async () => {
    const tmp = tempDir();
    const file = join(tmp, 'sweep.json');
    writeFileSync(file, JSON.stringify({ kind: 'sweep', scenarios: [SMALL], years: 1, replicates: 1, vary: [{ path: 'learning.explorationPerMonth', values: [0, 0.02, 0.05] }] }, null, 2));
    const whole = await capflow(['experiment', file, '--workers', '1', '--out', join(tmp, 'whole')]);
    expect(whole.code).toBe(0);
    for (const k of [1, 2]) expect((await capflow(['experiment', file, '--shard', `${k}/2`, '--workers', '1', '--out', join(tmp, `shard${k}`)])).code).toBe(0);
    const merged = await capflow(['merge', join(tmp, 'shard1'), join(tmp, 'shard2'), '--out', join(tmp, 'merged')]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(outputs(join(tmp, 'merged'))).toEqual(outputs(join(tmp, 'whole')));
    expect(readFileSync(join(tmp, 'merged', 'experiment-file.json'), 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('answers --help with how to write and run a file', async () => {
    const r = await capflow(['experiment', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: capflow experiment <experiment.json>');
    expect(r.stdout).toContain('--print-experiment');
  });
});
