import { describe, expect, it } from 'vitest';
import { parseExperimentFile } from '../../sim/runDesign/parseExperimentFile.ts';
import { experimentArgv } from '../../cli/experiment/experimentArgv.ts';

const refusals = (text: string) => parseExperimentFile('exp.json', text).problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
const sweep = (extra: Record<string, unknown>) => JSON.stringify({ kind: 'sweep', scenarios: ['a.json'], vary: [{ path: 'funding.cycleMonths', values: [12, 24] }], ...extra });

describe('an experiment file is refused with the file, the JSON path and the reason', () => {
  it('as scenario files are: strict JSON, and a key written twice', () => {
    expect(refusals('{"kind": "run", "kind": "sweep", "scenarios": ["a.json"]}')).toEqual(['exp.json: $.kind: duplicate key "kind" at line 1, column 2 and line 1, column 17: a key may appear once']);
    expect(refusals('{"kind": "run",}')[0]).toMatch(/^exp\.json: line 1, column 16: invalid JSON/);
  });

  it('for a key no experiment has, or a value of the wrong kind', () => {
    expect(refusals(sweep({ replicate: 3 }))).toEqual(['exp.json: $.replicate: unknown key']);
    expect(refusals(sweep({ seed: 1.5 }))).toEqual(['exp.json: $.seed: Invalid input: expected int, received number']);
  });

  it('when a varied parameter gives two of values, range and tiedTo, or a range upside down', () => {
    expect(refusals(sweep({ vary: [{ path: 'x', values: [1], range: [0, 1] }] }))).toEqual(['exp.json: $.vary[0]: give exactly one of values, range or tiedTo, not values and range']);
    expect(refusals(sweep({ vary: [{ path: 'x', range: [2, 1] }] }))).toEqual(['exp.json: $.vary[0].range: lo must be below hi']);
  });

  it('when a field does not fit the kind of experiment', () => {
    expect(refusals(sweep({ design: { type: 'sobol' } }))).toEqual(['exp.json: $.design.type: sweep takes the design grid, lhs, ofat, got "sobol"']);
    expect(refusals(JSON.stringify({ kind: 'run', scenarios: ['a.json'], design: { type: 'grid' } }))).toEqual(['exp.json: $.design: run takes no design: it runs the scenarios as they are (with their edits)']);
    expect(refusals(JSON.stringify({ kind: 'compare', scenarios: ['a.json'] }))).toEqual(['exp.json: $.scenarios: compare needs two or more scenarios, or "counterfactual": true']);
    expect(refusals(sweep({ vary: [{ path: 'x', values: [1] }, { path: 'y', tiedTo: 'z' }] }))).toEqual(['exp.json: $.vary[1].tiedTo: z is not varied here: tie to one of x']);
  });

  it('takes a recording choice, and a posterior only where the command draws from one', () => {
    expect(refusals(sweep({ record: { metrics: ['capability'], everyTicks: 12, formats: ['csv', 'parquet'] }, posterior: 'p.csv' }))).toEqual([]);
    expect(refusals(sweep({ record: { formats: ['xlsx'] } }))[0]).toMatch(/^exp\.json: \$\.record\.formats\[0\]: /);
    const sensitivity = JSON.stringify({ kind: 'sensitivity', scenarios: ['a.json'], vary: [{ path: 'funding.cycleMonths', range: [12, 24] }], posterior: 'p.csv' });
    expect(refusals(sensitivity)).toEqual(['exp.json: $.posterior: only run, compare and sweep draw their parameters from a posterior']);
  });
});

describe('an experiment file stands for a command line', () => {
  it('gives each field as the flag the command takes, scenario paths and out resolved', () => {
    const { experiment } = parseExperimentFile('exp.json', JSON.stringify({
      kind: 'sensitivity',
      scenarios: ['uk.json'],
      set: ['funding.cycleMonths=24@always'],
      years: 2,
      seed: 7,
      replicates: 3,
      vary: [
        { path: 'programme.instruments.secondment.maxMonths', when: 'always', range: [6, 36] },
        { path: 'programme.instruments.secondment.minMonths', when: 'always', tiedTo: 'programme.instruments.secondment.maxMonths@always', times: 0.5, plus: -1 },
        { path: 'learning.explorationPerMonth', range: [0, 0.1], step: 0.05 },
      ],
      design: { type: 'sobol', baseSamples: 32 },
      output: { metric: 'capability', group: 'local', tick: 12 },
      out: 'out/dir',
    }));
    expect(experimentArgv(experiment!, (p) => `/here/${p}`)).toEqual({
      kind: 'sensitivity',
      argv: [
        '/here/uk.json', '--set', 'funding.cycleMonths=24@always', '--years', '2', '--seed', '7', '--reps', '3',
        '--vary', 'programme.instruments.secondment.maxMonths@always=6:36',
        '--tie', 'programme.instruments.secondment.minMonths@always=0.5*programme.instruments.secondment.maxMonths@always-1',
        '--vary', 'learning.explorationPerMonth=0:0.1:0.05',
        '--method', 'sobol', '--samples', '32', '--metric', 'capability:local', '--tick', '12', '--out', '/here/out/dir',
      ],
    });
  });
});
