import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capflow, fixture, ROOT, tempDir, type Ran } from './helpers.ts';

const tiny = fixture('tiny-generated.json');
const ukRegional = join(ROOT, 'scenarios', 'uk-2026-regional.json');

/** `capflow run` of the tiny fixture with one edit, into a folder that must not appear when refused. */
async function refusedRun(set: string): Promise<Ran & { wrote: boolean }> {
  const out = join(tempDir(), 'out');
  const ran = await capflow(['run', tiny, '--years', '1', '--reps', '1', '--set', set, '--out', out]);
  return { ...ran, wrote: existsSync(out) };
}

describe('capflow run --set refuses an edit that addresses nothing in the scenario', () => {
  it("refuses a list's length in one line, instead of printing 100,000 problems", async () => {
    const r = await refusedRun('regions.length=100000');
    expect(r).toMatchObject({ code: 1, stdout: '', wrote: false });
    expect(r.stderr).toBe('--set regions.length=100000: $.regions.length: $.regions is a list of 2; address an item by its index, 0 to 1\n');
  });

  it('blames a path the scenario lacks on the --set, not on the scenario file', async () => {
    const r = await refusedRun('no.such.path=1');
    expect(r).toMatchObject({ code: 1, wrote: false });
    expect(r.stderr).toBe('--set no.such.path=1: $.no: no such key in the scenario\n');
  });

  it('names the place of an empty key instead of $.undefined', async () => {
    const dot = await refusedRun('.=1');
    expect(dot.code).toBe(1);
    expect(dot.stderr).toBe('--set .=1: $: empty key in the path: keys are separated by single dots, e.g. funding.cycleMonths\n');
    const doubled = await refusedRun('funding..cycleMonths=36');
    expect(doubled.code).toBe(1);
    expect(doubled.stderr).toMatch(/^--set funding\.\.cycleMonths=36: \$\.funding: empty key in the path/);
  });

  it('refuses a key on a list, and suggests the key a typo meant', async () => {
    const onList = await refusedRun('regions.x=1');
    expect(onList).toMatchObject({ code: 1, wrote: false });
    expect(onList.stderr).toBe('--set regions.x=1: $.regions.x: $.regions is a list of 2; address an item by its index, 0 to 1\n');
    const typo = await refusedRun('funding.cycleMonth=36');
    expect(typo.stderr).toBe('--set funding.cycleMonth=36: $.funding.cycleMonth: no such key in the scenario (did you mean "cycleMonths"?)\n');
  });
});

describe('capflow run --set on a parameter with dated changes (uk-2026 switches to multi-year settlements in 2026-04)', () => {
  const dir = tempDir();
  const runs: Record<string, Ran> = {};
  const manifest = (name: string) => JSON.parse(readFileSync(join(dir, name, 'manifest.json'), 'utf8'));
  const edits: Record<string, string[]> = {
    unedited: [],
    kept: ['--set', 'funding.cycleMonths=24'],
    dated: ['--set', 'funding.cycleMonths=24@2026-10'],
    always: ['--set', 'funding.cycleMonths=24@always'],
  };

  beforeAll(async () => {
    for (const [name, set] of Object.entries(edits)) {
      runs[name] = await capflow(['run', ukRegional, '--years', '1', '--reps', '1', ...set, '--out', join(dir, name)]);
    }
  });

  it('keeps the dated change under path=value, and the manifest says so', () => {
    expect(runs.kept.code).toBe(0);
    expect(manifest('kept').scenario.funding.cycleMonths).toEqual({
      value: 24,
      changes: [{ at: '2026-04', value: 36 }],
      assumption: 'set on the command line; dated changes kept (2026-04: 36)',
    });
    expect(manifest('kept').edits).toEqual(['funding.cycleMonths=24', 'years=1']);
  });

  it('adds a change from the month given after @, keeping the base value, its source and the 2026-04 change', () => {
    expect(runs.dated.code).toBe(0);
    expect(manifest('dated').scenario.funding.cycleMonths).toEqual({
      value: 12,
      changes: [{ at: '2026-04', value: 36 }, { at: '2026-10', value: 24 }],
      source: 'MHCLG: annual settlements; first multi-year settlement 2026–29',
      assumption: 'settlements after 2029 taken to stay multi-year; from 2026-10: 24, set on the command line',
    });
  });

  it('drops the dated changes only when told to with @always, and says which it dropped', () => {
    expect(runs.always.code).toBe(0);
    expect(manifest('always').scenario.funding.cycleMonths).toEqual({
      value: 24,
      changes: [],
      assumption: 'set on the command line for the whole run; dated changes dropped (2026-04: 36)',
    });
  });

  it('changes the run with path=value although the 2026-04 change is kept: the base value holds in the warm-up', () => {
    const metrics = (name: string) => readFileSync(join(dir, name, 'metrics.csv'), 'utf8');
    expect(runs.unedited.code).toBe(0);
    expect(manifest('unedited').scenario.warmUpYears.value).toBe(15);
    expect(metrics('kept')).not.toBe(metrics('unedited'));
  });

  it('refuses a month that is not YYYY-MM, naming the --set', async () => {
    const r = await capflow(['run', ukRegional, '--years', '1', '--reps', '1', '--set', 'funding.cycleMonths=24@2026-13', '--out', join(dir, 'bad-month')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('--set funding.cycleMonths=24@2026-13: $.funding.cycleMonths: expected a month as value@YYYY-MM, or value@always, got "@2026-13"\n');
    expect(existsSync(join(dir, 'bad-month'))).toBe(false);
  });
});

describe('the --help of the commands that take --set', () => {
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('says what a path addresses and what happens to a parameter\'s dated changes (capflow run)', async () => {
    const { help } = await import('../../cli/commands/run.ts');
    expect(flat(help)).toContain('The path names a value the merged scenario has, or one its schema knows there, by keys and list indices');
    expect(flat(help)).toContain('A parameter keeps its dated changes');
    expect(flat(help)).toContain('value@YYYY-MM adds the change from that month, or replaces the one there');
    expect(flat(help)).toContain('value@always sets it for the whole run and drops them');
  });

  it('names value@YYYY-MM and value@always in compare, sweep and sensitivity too', async () => {
    for (const command of ['compare', 'sweep', 'sensitivity']) {
      const { help } = await import(`../../cli/commands/${command}.ts`);
      expect(flat(help), command).toMatch(/--set path=value .*@YYYY-MM.*@always/);
    }
  });
});

describe('capflow run with many refused edits', () => {
  it('prints the first 20 problems and a count of the rest, as validate does, not one line per edit', async () => {
    const sets = Array.from({ length: 25 }, (_, i) => ['--set', `no.such${i}=1`]).flat();
    const r = await capflow(['run', tiny, '--years', '1', '--reps', '1', ...sets, '--out', join(tempDir(), 'out')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('--set no.such0=1: $.no: no such key in the scenario');
    expect(lines[20]).toBe('… and 5 more problems (fix the ones above first)');
  });
});
