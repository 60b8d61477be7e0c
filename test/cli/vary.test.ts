import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInput } from '../../cli/experimentRunner/executeRun.ts';
import { parseVary, varyEdit } from '../../cli/experimentRunner/parseVary.ts';
import { replicateRuns } from '../../sim/runDesign/runSpec.ts';
import { resolveScenario, validateScenario, type ScenarioLoader } from '../../sim/scenario/resolve.ts';
import { capflow, fixture, ROOT, tempDir } from './helpers.ts';

const loader: ScenarioLoader = {
  read: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
  join: (from, relative) => resolve(dirname(from), relative),
};

/** uk-2026-regional merged, as a sweep's points see it: funding.cycleMonths is 12, switching to 36 in 2026-04 (the start). */
function ukInput(): Record<string, unknown> {
  const r = resolveScenario(join(ROOT, 'scenarios', 'uk-2026-regional.json'), loader);
  if (!r.input) throw new Error('uk-2026-regional does not resolve');
  return structuredClone(r.input);
}

/** funding.cycleMonths of uk-2026-regional at one point of a sweep of the factor `name`. */
function cycleMonthsAt(name: string, value: number) {
  const [run] = replicateRuns('uk-2026-regional', 'input', 1, 1, { [name]: value });
  return validateScenario('uk-2026-regional.json', runInput(ukInput(), run)).scenario!.funding.cycleMonths;
}

describe('--vary says how a parameter\'s dated changes are treated', () => {
  it('reads path@always and path@YYYY-MM before the "=" as the factor\'s name, its path without them', () => {
    const { factors, problems } = parseVary(['funding.cycleMonths@always=12,24,36', 'funding.renewalProbability@2027-04=0.2:0.8']);
    expect(problems).toEqual([]);
    expect(factors).toEqual([
      { path: 'funding.cycleMonths', when: 'always', name: 'funding.cycleMonths@always', arg: 'funding.cycleMonths@always=12,24,36', values: [12, 24, 36] },
      { path: 'funding.renewalProbability', when: '2027-04', name: 'funding.renewalProbability@2027-04', arg: 'funding.renewalProbability@2027-04=0.2:0.8', lo: 0.2, hi: 0.8 },
    ]);
  });

  it('builds each point as the --set edit path=v@always or path=v@YYYY-MM', () => {
    expect(varyEdit('funding.cycleMonths@always', 24)).toBe('funding.cycleMonths=24@always');
    expect(varyEdit('funding.cycleMonths@2027-04', 24)).toBe('funding.cycleMonths=24@2027-04');
    expect(varyEdit('funding.cycleMonths', 24)).toBe('funding.cycleMonths=24');
  });

  it('refuses a month that is not YYYY-MM, and the same path varied twice whatever its @', () => {
    expect(parseVary(['funding.cycleMonths@2027-13=12,24']).problems).toEqual([
      { file: '--vary', path: 'funding.cycleMonths@2027-13=12,24', message: 'expected path@always or path@YYYY-MM before the "=", got "@2027-13"' },
    ]);
    expect(parseVary(['funding.cycleMonths=12,24', 'funding.cycleMonths@always=12,24']).problems).toEqual([
      { file: '--vary', path: 'funding.cycleMonths@always=12,24', message: 'funding.cycleMonths is varied twice' },
    ]);
  });

  it('without an @, a uk-2026 point keeps the 2026-04 switch to 36, so only the warm-up value varies', () => {
    expect(cycleMonthsAt('funding.cycleMonths', 24)).toMatchObject({ value: 24, changes: [{ at: '2026-04', value: 36 }] });
  });

  it('with @always, the value holds for the whole run and the switch is dropped', () => {
    expect(cycleMonthsAt('funding.cycleMonths@always', 24)).toMatchObject({ value: 24, changes: [] });
  });

  it('with @YYYY-MM, the value is the change from that month, the switch before it kept', () => {
    expect(cycleMonthsAt('funding.cycleMonths@2027-04', 24)).toMatchObject({ value: 12, changes: [{ at: '2026-04', value: 36 }, { at: '2027-04', value: 24 }] });
  });
});

describe('capflow sweep --vary', () => {
  const tiny = fixture('tiny-generated.json');

  it('reports a path the scenario lacks once, against the --vary as typed, not once per value as a --set', async () => {
    const out = join(tempDir(), 'out');
    const r = await capflow(['sweep', tiny, '--vary', 'no.such=1,2', '--years', '1', '--reps', '1', '--out', out]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe('--vary no.such=1,2: $.no: no such key in the scenario\n');
    expect(existsSync(out)).toBe(false);
  });

  it('runs path@always and names the column after it, so the CSV says the changes were dropped', async () => {
    const out = join(tempDir(), 'out');
    const r = await capflow(['sweep', tiny, '--vary', 'funding.cycleMonths@always=12,24', '--years', '1', '--reps', '1', '--workers', '1', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = readFileSync(join(out, 'metrics.csv'), 'utf8').split('\n');
    expect(lines[0]).toBe('scenario,replicate,seed,funding.cycleMonths@always,tick,date,metric,group,value');
    expect(new Set(lines.slice(1, -1).map((l) => l.split(',')[3]))).toEqual(new Set(['12', '24']));
  });
});

describe('capflow sweep --help and the README', () => {
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('warn that a plain --vary of funding.cycleMonths in uk-2026 varies only the warm-up, and give the @always form', async () => {
    const { help } = await import('../../cli/commands/sweep.ts');
    expect(flat(help)).toContain('so --vary funding.cycleMonths=12,24 varies only the warm-up. Write path@always=SPEC to vary the value for the whole run');
    const readme = flat(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(readme).toContain('so it varies only the warm-up value; `--vary funding.cycleMonths@always=12,24,36` varies the value for the whole run');
    expect(readme).not.toContain('--vary funding.cycleMonths=12,24,36 \\');
  });
});
