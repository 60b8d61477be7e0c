import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInput } from '../../cli/experimentRunner/executeRun.ts';
import { replicateRuns } from '../../sim/runDesign/runSpec.ts';
import { resolveScenario, validateScenario, type ScenarioLoader } from '../../sim/scenario/resolve.ts';
import { applySets, blameSets } from '../../sim/scenario/setPath.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const loader: ScenarioLoader = {
  read: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
  join: (from, relative) => resolve(dirname(from), relative),
};

/** The merged input of a shipped scenario, as `--set` sees it. */
function mergedInput(name: string): Record<string, unknown> {
  const r = resolveScenario(join(ROOT, 'scenarios', `${name}.json`), loader);
  if (!r.input) throw new Error(`${name} does not resolve`);
  return structuredClone(r.input);
}

/** The one problem an edit gives on a merged input, and the input afterwards. */
function refusal(set: string, input = mergedInput('uk-2026-regional')) {
  const before = JSON.stringify(input);
  const problems = applySets(input, [set]);
  expect(JSON.stringify(input)).toBe(before);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('an edit may only address what the scenario has', () => {
  it("refuses a list's length, so a link cannot grow regions to a million empty slots", () => {
    expect(refusal('regions.length=1000000')).toEqual({
      file: '--set regions.length=1000000',
      path: '$.regions.length',
      message: '$.regions is a list of 2; address an item by its index, 0 to 1',
    });
  });

  it('refuses any key of a list that is not the index of an item it has', () => {
    expect(refusal('regions.x=1').path).toBe('$.regions.x');
    expect(refusal('regions.2.weight=1').path).toBe('$.regions[2]');
    expect(refusal('regions.01.weight=1').path).toBe('$.regions.01');
    expect(refusal('organisations.links.0.2="x"').path).toBe('$.organisations.links[0][2]');
  });

  it('refuses empty keys, naming the place where the empty key is', () => {
    const empty = 'empty key in the path: keys are separated by single dots, e.g. funding.cycleMonths';
    expect(refusal('.=1')).toEqual({ file: '--set .=1', path: '$', message: empty });
    expect(refusal('funding..cycleMonths=36')).toEqual({ file: '--set funding..cycleMonths=36', path: '$.funding', message: empty });
    expect(refusal('.funding.cycleMonths=36').path).toBe('$');
    expect(refusal('funding.=36').path).toBe('$.funding');
  });

  it('refuses a key neither the scenario nor its schema has, suggesting a near one', () => {
    expect(refusal('no.such.path=1')).toEqual({ file: '--set no.such.path=1', path: '$.no', message: 'no such key in the scenario' });
    expect(refusal('funding.cycleMonth=36')).toEqual({
      file: '--set funding.cycleMonth=36',
      path: '$.funding.cycleMonth',
      message: 'no such key in the scenario (did you mean "cycleMonths"?)',
    });
  });

  it('refuses prototype keys and inherited names, and leaves Object.prototype alone', () => {
    expect(refusal('__proto__.polluted=1')).toEqual({ file: '--set __proto__.polluted=1', path: '$.__proto__', message: 'the key "__proto__" is not allowed' });
    expect(refusal('regions.0.constructor.prototype=1').path).toBe('$.regions[0].constructor');
    expect(refusal('toString=1').message).toBe('no such key in the scenario');
    expect(refusal('regions.0={"name":"x","__proto__":{"polluted":1}}').message).toBe('the key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses keys below a single value, and keys of the other variant of a union', () => {
    expect(refusal('seed.x=1').message).toBe('$.seed holds a single value, which has no keys');
    expect(refusal('regions.0.name.first="x"').message).toBe('$.regions[0].name is "London", which has no keys');
    // uk-2026-regional lists its organisations; generated counts belong to the other variant.
    expect(refusal('organisations.central.count=4').path).toBe('$.organisations.central');
  });

  it("refuses keys inside a parameter other than its value, so provenance stays the edit's to write", () => {
    expect(refusal('funding.cycleMonths.changes.0.value=24')).toEqual({
      file: '--set funding.cycleMonths.changes.0.value=24',
      path: '$.funding.cycleMonths.changes',
      message:
        '$.funding.cycleMonths is a parameter: set it as funding.cycleMonths=value, funding.cycleMonths=value@YYYY-MM for a change from that month, ' +
        'or funding.cycleMonths=value@always to drop its dated changes',
    });
    expect(refusal('funding.cycleMonths.source="made up"').path).toBe('$.funding.cycleMonths.source');
  });

  it('refuses a parameter set to anything but a number, and a month on what is not a parameter', () => {
    expect(refusal('funding.cycleMonths=abc').message).toBe('a parameter takes a number (value, value@YYYY-MM or value@always), got "abc"');
    expect(refusal('funding.cycleMonths={"value":36,"source":"me"}').path).toBe('$.funding.cycleMonths');
    expect(refusal('seed=5@2027-04')).toEqual({ file: '--set seed=5@2027-04', path: '$.seed', message: '$.seed is not a parameter, so it takes no @YYYY-MM or @always' });
  });

  it('sets keys the input has, items its lists have, and optional keys its schema knows', () => {
    const input = mergedInput('uk-2026-regional');
    const sets = ['regions.1.weight=2', 'organisations.links.0.1="Wigan Council"', 'learning.colleaguesReached=7', 'seed=9', 'title="a@always"'];
    expect(applySets(input, sets)).toEqual([]);
    const r = validateScenario('uk-2026-regional.json', input);
    expect(r.problems).toEqual([]);
    expect(r.scenario!.regions[1].weight).toBe(2);
    expect(r.scenario!.organisations.mode === 'list' && r.scenario!.organisations.links[0][1]).toBe('Wigan Council');
    expect(r.scenario!.learning.colleaguesReached).toMatchObject({ value: 7, assumption: 'set on the command line' });
    expect(r.scenario!.seed).toBe(9);
    expect(r.scenario!.title).toBe('a@always');
  });

  it('treats path.value=N on a parameter as path=N', () => {
    const a = mergedInput('uk-2026-regional');
    const b = mergedInput('uk-2026-regional');
    expect(applySets(a, ['funding.renewalProbability.value=0.9'])).toEqual([]);
    expect(applySets(b, ['funding.renewalProbability=0.9'])).toEqual([]);
    expect(a).toEqual(b);
    expect((a.funding as Record<string, unknown>).renewalProbability).toEqual({ value: 0.9, assumption: 'set on the command line' });
  });

  it('reports a malformed edit by itself, as before', () => {
    expect(applySets({}, ['malformed'])).toEqual([{ file: '--set', path: 'malformed', message: 'expected path=value, e.g. funding.cycleMonths=36' }]);
  });

  it('files refusals under the flag it is given (an experiment passes --vary)', () => {
    expect(applySets(mergedInput('uk-2026-regional'), ['no.such=1'], 'varied by the experiment', '--vary')[0].file).toBe('--vary no.such=1');
  });
});

describe('an edit keeps, replaces or drops dated changes only as written', () => {
  const cycleMonths = (input: Record<string, unknown>) => validateScenario('uk-2026.json', input).scenario!.funding.cycleMonths;
  const rawCycleMonths = (input: Record<string, unknown>) => (input.funding as Record<string, unknown>).cycleMonths;

  it('path=value sets the base value and keeps the 2026 multi-year switch, saying so', () => {
    const input = mergedInput('uk-2026-regional');
    expect(applySets(input, ['funding.cycleMonths=24'])).toEqual([]);
    expect(rawCycleMonths(input)).toEqual({
      value: 24,
      assumption: 'set on the command line; dated changes kept (2026-04: 36)',
      changes: [{ at: '2026-04', value: 36, source: 'MHCLG: first multi-year settlement 2026–29' }],
    });
    expect(cycleMonths(input)).toMatchObject({ value: 24, changes: [{ at: '2026-04', value: 36 }] });
  });

  it("a sweep's point keeps the 2026 multi-year switch, and says the experiment varied the value", () => {
    const [run] = replicateRuns('uk-2026-regional', 'input', 1, 1, { 'funding.cycleMonths': 24 });
    const edited = runInput(mergedInput('uk-2026-regional'), run);
    expect(cycleMonths(edited)).toEqual({
      value: 24,
      changes: [{ at: '2026-04', value: 36 }],
      assumption: 'varied by the experiment; dated changes kept (2026-04: 36)',
    });
  });

  it('path=value@YYYY-MM adds a dated change and leaves the base value and its source as they were', () => {
    const input = mergedInput('uk-2026-regional');
    expect(applySets(input, ['funding.cycleMonths=12@2029-04'], 'varied by the experiment')).toEqual([]);
    expect(cycleMonths(input)).toEqual({
      value: 12,
      source: 'MHCLG: annual settlements; first multi-year settlement 2026–29',
      assumption: 'settlements after 2029 taken to stay multi-year; from 2029-04: 12, varied by the experiment',
      changes: [{ at: '2026-04', value: 36 }, { at: '2029-04', value: 12 }],
    });
  });

  it('path=value@YYYY-MM at the month of an existing change replaces it, saying what it was', () => {
    const input = mergedInput('uk-2026-regional');
    expect(applySets(input, ['funding.cycleMonths=24@2026-04'], 'set in the playground')).toEqual([]);
    const p = cycleMonths(input);
    expect(p.changes).toEqual([{ at: '2026-04', value: 24 }]);
    expect(p.assumption).toBe('settlements after 2029 taken to stay multi-year; from 2026-04: 24, set in the playground (replacing 36)');
  });

  it('path=value@always sets the value for the whole run and says which changes it dropped', () => {
    const input = mergedInput('uk-2026-regional');
    expect(applySets(input, ['funding.cycleMonths=24@always'])).toEqual([]);
    expect(cycleMonths(input)).toEqual({ value: 24, changes: [], assumption: 'set on the command line for the whole run; dated changes dropped (2026-04: 36)' });
  });

  it('adds a dated change to a parameter left at its default, starting from the default and its provenance', () => {
    const input = mergedInput('uk-2026-regional');
    expect(applySets(input, ['learning.rampMonths=6@2028-04'])).toEqual([]);
    expect(validateScenario('uk-2026.json', input).scenario!.learning.rampMonths).toMatchObject({
      value: 12,
      source: 'IfG Moving On (2019): about a year',
      changes: [{ at: '2028-04', value: 6 }],
    });
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(refusal('funding.cycleMonths=24@2027-13').message).toBe('expected a month as value@YYYY-MM, or value@always, got "@2027-13"');
    expect(refusal('funding.cycleMonths=24@').path).toBe('$.funding.cycleMonths');
    expect(refusal('funding.cycleMonths=24@soon').path).toBe('$.funding.cycleMonths');
  });

  it('refuses a base value that a change in force from the first month would hide, rather than run an edit that changes nothing', () => {
    const input = mergedInput('uk-2026-regional');
    input.warmUpYears = 0;
    expect(refusal('funding.cycleMonths=24', input)).toEqual({
      file: '--set funding.cycleMonths=24',
      path: '$.funding.cycleMonths',
      message:
        'its dated change from 2026-04 is in force from the first simulated month, so a base value would never apply: ' +
        'write value@always for the whole run, or value@YYYY-MM for a change',
    });
    expect(applySets(input, ['funding.cycleMonths=24@always'])).toEqual([]);
  });
});

describe('blameSets', () => {
  it('blames problems anywhere in an edited parameter on the edit, written with or without .value', () => {
    const problems = [
      { file: 'a.json', path: '$.funding.cycleMonths.changes[1].value', message: 'too small' },
      { file: 'a.json', path: '$.funding.renewalProbability.value', message: 'too big' },
    ];
    expect(blameSets(problems, ['funding.cycleMonths.value=-3@2027-04', 'funding.renewalProbability=3']).map((p) => p.file)).toEqual([
      '--set funding.cycleMonths.value=-3@2027-04',
      '--set funding.renewalProbability=3',
    ]);
  });
});
