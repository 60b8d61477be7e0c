import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { errorScale, metricProblems, observationSd, parseTargets, type Targets } from '../../sim/calibration/index.ts';
import { METRICS } from '../../sim/model/metrics.ts';
import { formatProblem } from '../../sim/scenario/problems.ts';

const shipped = ['targets/japan.json', 'targets/japan-regional.json', 'targets/uk.json'];
const read = (path: string) => readFileSync(path, 'utf8');
const load = (path: string): Targets => {
  const { targets, problems } = parseTargets(path, read(path));
  expect(problems.map(formatProblem)).toEqual([]);
  return targets!;
};

/** A valid target, to break one key at a time. */
const good = () => ({
  name: 'stock',
  scenarios: ['japan'],
  quantity: { kind: 'mean', metric: 'placementsLive', groups: ['secondment:centralToLocal'], from: '2026-04', to: '2027-03' },
  observed: 500,
  uncertainty: { sd: 50 },
  discrepancy: { sd: 10, assumption: 'a judgement' },
  source: 'MIC',
});
const problemsOf = (file: unknown) => parseTargets('t.json', JSON.stringify(file)).problems.map((p) => `${p.path}: ${p.message}`);

describe('the shipped targets files', () => {
  it.each(shipped)('%s parses, and every calibration target names a metric the model reports', (path) => {
    const targets = load(path);
    const { problems } = metricProblems(path, targets, Object.keys(METRICS));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('japan holds the MIC stocks each way, the share in prefectures, the three seniority counts, the 81.2% and both leaving rates', () => {
    const t = load('targets/japan.json');
    expect(t.targets.map((x) => [x.name, x.observed, x.use])).toEqual([
      ['central-in-local-stock', 1684, 'calibration'],
      ['local-in-central-stock', 2533, 'calibration'],
      ['central-share-in-prefectures', 0.7, 'calibration'],
      ['senior-central-secondees', 371, 'validation'],
      ['senior-central-secondees-in-prefectures', 532, 'validation'],
      ['senior-local-secondees-in-ministries', 20, 'validation'],
      ['experienced-promotions-share', 0.812, 'validation'],
      ['central-leaving-rate', 0.0165, 'calibration'],
      ['local-leaving-rate', 0.0091, 'calibration'],
    ]);
  });

  it('japan names a metric the model reports for every seniority figure: none is left awaiting one', () => {
    const { awaiting } = metricProblems('targets/japan.json', load('targets/japan.json'), Object.keys(METRICS));
    expect(awaiting).toEqual([]);
  });

  it('reports a validation target whose metric the model lacks as awaiting it, without refusing the file', () => {
    const without = Object.keys(METRICS).filter((m) => m !== 'localSeniorPostsInCentre');
    const { problems, awaiting } = metricProblems('targets/japan.json', load('targets/japan.json'), without);
    expect(problems).toEqual([]);
    expect(awaiting).toEqual(['senior-local-secondees-in-ministries: localSeniorPostsInCentre']);
  });

  it('uk holds the 1993 stocks 44 and 47, civil service leaving, council turnover and time to productivity', () => {
    const t = load('targets/uk.json');
    expect(t.targets.map((x) => [x.name, x.scenarios, x.observed])).toEqual([
      ['central-out-1993', ['uk-1992'], 44],
      ['local-in-1993', ['uk-1992'], 47],
      ['civil-service-leaving', ['uk-2026', 'uk-2026-regional'], 0.075],
      ['council-turnover', ['uk-2026', 'uk-2026-regional'], 0.134],
      ['time-to-productivity', ['uk-2026', 'uk-2026-regional'], 12],
    ]);
  });

  it('applies stocks to the national scenarios only, at the scale they were counted, and rates and shares to the regional ones too', () => {
    const japan = load('targets/japan.json').targets;
    expect(japan.filter((x) => x.scenarios.includes('japan-regional')).map((x) => x.name)).toEqual([
      'central-share-in-prefectures', 'experienced-promotions-share', 'central-leaving-rate', 'local-leaving-rate',
    ]);
  });

  it('japan-regional holds the national stocks scaled by the case\'s share of each tier (4,000 of 236,000 prefectural, 7,600 of 708,000 municipal staff), split as the national file splits them', () => {
    const national = new Map(load('targets/japan.json').targets.map((t) => [t.name, t]));
    const regional = new Map(load('targets/japan-regional.json').targets.map((t) => [t.name, t]));
    const [prefectures, municipalities] = [4000 / 236000, 7600 / 708000];
    const scaled = (name: string, toPrefectures: number) => national.get(name)!.observed * (toPrefectures * prefectures + (1 - toPrefectures) * municipalities);
    expect(regional.get('central-in-local-stock')!.observed).toBeCloseTo(scaled('central-in-local-stock', 0.7), 1);
    expect(regional.get('local-in-central-stock')!.observed).toBeCloseTo(scaled('local-in-central-stock', 0.75), 1);
    expect(regional.get('central-share-in-prefectures')!.observed).toBeCloseTo((0.7 * prefectures) / (0.7 * prefectures + 0.3 * municipalities), 3);
    // The sds scale by the stock's own factor, so each keeps its national share of the figure.
    for (const name of ['central-in-local-stock', 'local-in-central-stock']) {
      const [n, r] = [national.get(name)!, regional.get(name)!];
      expect(errorScale(r) / r.observed).toBeCloseTo(errorScale(n) / n.observed, 3);
    }
  });

  it.each(shipped)('%s says where every uncertainty it did not find published is an assumption', (path) => {
    for (const t of load(path).targets) {
      expect(t.uncertainty.source ?? t.uncertainty.assumption, t.name).toBeTruthy();
      expect(t.discrepancy.assumption.length, t.name).toBeGreaterThan(0);
    }
  });

  it.each(shipped)('%s is accepted by the committed JSON Schema, checked by an independent validator', (path) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(JSON.parse(read('targets/schema/targets.schema.json')));
    expect(validate(JSON.parse(read(path))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('observation error', () => {
  it('is the sd when one is given', () => {
    expect(observationSd({ ...good(), uncertainty: { sd: 7 } } as never)).toBe(7);
  });

  it('reads a 95% interval as ±1.96 sd about its midpoint', () => {
    const sd = observationSd({ ...good(), uncertainty: { low: 30, high: 60, coverage: 0.95 } } as never);
    expect(sd).toBeCloseTo(15 / 1.959963984540054, 12);
  });

  it('adds the model discrepancy in quadrature: sd 3 and discrepancy 4 give a scale of 5', () => {
    expect(errorScale({ ...good(), uncertainty: { sd: 3 }, discrepancy: { sd: 4, assumption: 'a judgement' } } as never)).toBe(5);
  });
});

describe('a bad targets file is refused with the file, a JSON path and the reason', () => {
  it('accepts the good target the other cases break', () => {
    expect(problemsOf({ targets: [good()] })).toEqual([]);
  });

  it('refuses invalid JSON and a duplicate key, as scenario files are', () => {
    expect(parseTargets('t.json', '{"targets": [}').problems[0]).toMatchObject({ file: 't.json', path: 'line 1, column 14' });
    const dup = parseTargets('t.json', '{"targets": [], "targets": []}').problems;
    expect(dup.map((p) => p.path)).toEqual(['$.targets']);
  });

  it('refuses an unknown key, a missing source and an unknown quantity kind', () => {
    expect(problemsOf({ targets: [{ ...good(), weight: 2 }] })).toEqual(['$.targets[0].weight: unknown key']);
    const { source: _, ...noSource } = good();
    expect(problemsOf({ targets: [noSource] })).toEqual(['$.targets[0].source: Invalid input: expected string, received undefined']);
    expect(problemsOf({ targets: [{ ...good(), quantity: { kind: 'median', metric: 'x', groups: ['all'] } }] })[0]).toMatch(/^\$\.targets\[0\]\.quantity\.kind: /);
  });

  it('refuses an interval whose low is not below its high, and a window that ends before it starts', () => {
    expect(problemsOf({ targets: [{ ...good(), uncertainty: { low: 5, high: 5 } }] })).toEqual(['$.targets[0].uncertainty: low must be below high']);
    const backwards = { ...good(), quantity: { ...good().quantity, from: '2027-03', to: '2026-04' } };
    expect(problemsOf({ targets: [backwards] })).toEqual(['$.targets[0].quantity.to: the window must end no earlier than it starts (from ≤ to)']);
  });

  it('refuses a discrepancy without its reason, and a non-positive sd', () => {
    expect(problemsOf({ targets: [{ ...good(), discrepancy: { sd: 1 } }] })).toEqual(['$.targets[0].discrepancy.assumption: Invalid input: expected string, received undefined']);
    expect(problemsOf({ targets: [{ ...good(), uncertainty: { sd: 0 } }] })[0]).toMatch(/^\$\.targets\[0\]\.uncertainty/);
  });

  it('refuses two targets of one name, naming the first', () => {
    expect(problemsOf({ targets: [good(), good()] })).toEqual(['$.targets[1].name: the name "stock" is already used by targets[0]']);
  });

  it('refuses a calibration target on a metric the model does not report, suggesting the nearest', () => {
    const file = parseTargets('t.json', JSON.stringify({ targets: [{ ...good(), quantity: { ...good().quantity, metric: 'placementLive' } }] })).targets!;
    const { problems } = metricProblems('t.json', file, Object.keys(METRICS));
    expect(problems.map(formatProblem)).toEqual(['t.json: $.targets[0].quantity.metric: no metric "placementLive"; did you mean "placementsLive"?']);
  });
});
