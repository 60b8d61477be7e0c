import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, tempDir } from './helpers.ts';

/** The README's fork regression section: its shell block and its workflow's `run:` steps. */
function readmeCommands(): { shell: string[]; workflow: string[] } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Regression baselines for your own scenarios (CI)'));
  const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1] ?? '';
  const shell = block('sh').replace(/\\\n\s*/g, '').split('\n').filter((l) => l.trim() !== '');
  const workflow = [...block('yaml').matchAll(/^\s*- run: (.+)$/gm)].map((m) => m[1]);
  return { shell, workflow };
}

/** Runs one README line in `cwd`, the real bin standing in for `npx capflow` (the fork has no node_modules of its own here). */
function sh(line: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = line.replace(/^npx capflow /, '').split(/\s+/);
  expect(line.startsWith('npx capflow ')).toBe(true);
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr });
    });
  });
}

describe("a fork's regression CI, as the README shows it", () => {
  it('adds a baseline, passes, and fails naming where and by how much once the scenario changes', async () => {
    const { shell, workflow } = readmeCommands();
    expect(shell).toEqual([
      'npx capflow regress --add scenarios/my-council.json --reps 2 --years 2 --tolerance capability:local=0.01 --tolerance outcomes:local=0.02',
      'npx capflow regress',
    ]);
    // npm ci is the only step not run: the fork here shares this checkout's installed packages.
    expect(workflow[0]).toBe('npm ci');
    const ciSteps = workflow.slice(1);
    expect(ciSteps.length).toBeGreaterThan(0);

    const fork = tempDir();
    mkdirSync(join(fork, 'scenarios'));
    cpSync(fixture('small.json'), join(fork, 'scenarios', 'my-council.json'));
    const added = await sh(shell[0], fork);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(fork, 'test/regression/my-council.json'), 'utf8'));
    expect(baseline.scenario).toBe('../../scenarios/my-council.json');
    expect(baseline.tolerances.map((t: { metric: string; group: string; tick: number }) => `${t.metric}:${t.group}@${t.tick}`)).toEqual(['capability:local@24', 'outcomes:local@24']);
    expect(existsSync(join(fork, 'test/regression/my-council.means.csv'))).toBe(true);

    const again = await sh(shell[0], fork);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);

    const held = await sh(shell[1], fork);
    expect(held.stdout).toMatch(/^ok {3}test\/regression\/my-council\.json$/m);
    expect(held.code).toBe(0);
    for (const step of ciSteps) expect((await sh(step, fork)).code).toBe(0);

    // Triple the central-to-local places from the second year: nothing before April 2027 can move.
    const scenarioFile = join(fork, 'scenarios', 'my-council.json');
    const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8'));
    scenario.programme.instruments.secondment.placesPerYear.centralToLocal = { value: 20, changes: [{ at: '2027-04', value: 60 }], assumption: 'test: more places from 2027' };
    writeFileSync(scenarioFile, JSON.stringify(scenario));
    const failed = await sh(ciSteps[0], fork);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^FAIL test\/regression\/my-council\.json$/m);
    expect(failed.stdout).toMatch(/metric\/group series moved/);
    expect(failed.stdout).toMatch(/^ {4}placementsStarted\/secondment:centralToLocal (at|from) tick \d+ \(\d{4}-\d\d-01\).*: \d+(\.\d+)? -> \d+(\.\d+)? \([+-]/m);

    const report = readFileSync(join(fork, 'drift', 'my-council.drift.csv'), 'utf8').trim().split('\n');
    const header = report[0].split(',');
    const rows = report.slice(1).map((l) => Object.fromEntries(l.split(',').map((c, i) => [header[i], c])));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.status).toBe('moved');
      expect(Number(r.first_tick)).toBeGreaterThanOrEqual(12);
      expect(r.first_date >= '2027-04-01').toBe(true);
      expect(Number(r.change)).not.toBe(0);
      expect(Number(r.change)).toBeCloseTo(Number(r.current_mean) - Number(r.baseline_mean), 12);
    }
    expect(rows.some((r) => r.metric === 'placementsStarted' && r.group === 'secondment:centralToLocal' && Number(r.change) > 0)).toBe(true);
  }, 120_000);
});
