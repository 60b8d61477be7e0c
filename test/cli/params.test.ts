import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../cli/scenarioLoader.ts';
import { capflow } from './helpers.ts';

// issue 14: `capflow params` lists what --set and --vary take, so nobody reads the schema for it.
describe('capflow params', () => {
  it('lists a parameter with its value, dated changes, unit, range and source, in lines of at most 100 columns', async () => {
    const r = await capflow(['params', 'scenarios/uk-2026-regional.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^funding\.cycleMonths = 12 \(then 36 from 2026-04\) {3}\[months, 1 to 240, whole\]\n {4}source: MHCLG/m);
    expect(r.stdout).toMatch(/^context\.londonPull = 2\.2 {3}\[ratio, 0 to 20\]\n {4}assumption: London-based organisations weigh 2\.2 times/m);
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('filters by path, and without a scenario gives the schema defaults and their provenance', async () => {
    const r = await capflow(['params', '--filter', 'LONDONPULL']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 setting and their schema defaults:\n\ncontext.londonPull = 1   [ratio, 0 to 20]\n    assumption: no pull unless stated\n');
  });

  it('every number it lists for a scenario is a path --set takes: setting each to its own value changes nothing', async () => {
    const r = await capflow(['params', 'scenarios/japan-regional.json', '--csv']);
    expect(r.code).toBe(0);
    const [header, ...lines] = r.stdout.trim().split('\n');
    expect(header).toBe('path,kind,value,changes,unit,min,max,integer,provenance,description');
    const numbers = lines.map((l) => l.split(',')).filter((c) => c[1] === 'number' && c[2] !== '' && c[3] === '');
    expect(numbers.length).toBeGreaterThan(50);
    const plain = loadScenario('scenarios/japan-regional.json').scenario;
    const edited = loadScenario('scenarios/japan-regional.json', numbers.map((c) => `${c[0]}=${c[2]}`));
    expect(edited.problems).toEqual([]);
    const values = (s: unknown) => JSON.stringify(s, (k, v) => (k === 'source' || k === 'assumption' ? undefined : v));
    expect(values(edited.scenario)).toBe(values(plain));
  });

  it('refuses a scenario with problems, naming them', async () => {
    const r = await capflow(['params', 'test/fixtures/commands/unknown-key.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown-key\.json: \$\./);
  });
});
