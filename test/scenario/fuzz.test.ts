import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../cli/scenarioLoader.ts';
import { METRICS } from '../../sim/model/metrics.ts';
import { observe } from '../../sim/model/run.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import type { Problem } from '../../sim/scenario/problems.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { UNSAFE_CHARACTERS } from '../../sim/scenario/text.ts';
import { everyBound, pickMutation, toText, type Json } from './fuzz/mutate.ts';

/**
 * Fuzzing the input side: mutants of the shipped regional scenarios (and files around them) must
 * each be refused with problems that say file, path and reason, or be accepted and run with every
 * metric finite and in its range. Seeded, with a fixed number of mutants, so a failure names a
 * mutant that fails again on the next run.
 */
const SEED = 'capflow-fuzz-1';
const MUTANTS = 200;
const MONTHS = 3;
const REGIONAL = ['japan-regional', 'japan-no-safeguards-regional', 'uk-1992-regional', 'uk-2026-regional', 'uk-devolution-framework-regional'];
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'cli', 'capflow.mjs');

interface Mutant {
  file: string;
  label: string;
  /** Its last mutation makes any scenario invalid (a key twice, a control character, ...). */
  mustBeRefused?: boolean;
}

interface Outcome {
  mutant: Mutant;
  accepted: boolean;
  problems: Problem[];
}

let dir: string;
const mutants: Mutant[] = [];
const outcomes: Outcome[] = [];
const failures: string[] = [];

/**
 * Outside the range the metric declares (`range` in sim/model/metrics.ts); counts are also whole
 * numbers.
 */
function outOfRange(metric: string, unit: string, value: number): boolean {
  if (!Number.isFinite(value)) return true;
  const [lo, hi] = METRICS[metric].range;
  if (value < lo - 1e-9 || value > hi + 1e-9) return true;
  return ['officials', 'placements', 'proposals'].includes(unit) && !Number.isInteger(value);
}

/**
 * A few months of one replicate. The shipped warm-up (three years) is cut to one: it runs the same
 * monthly step as the reported months, and 36 steps per mutant would make the fuzz too slow to run
 * with the suite.
 */
function runBriefly(file: string, scenario: Scenario): void {
  const warmUpYears = { ...scenario.warmUpYears, value: Math.min(scenario.warmUpYears.value, 1) };
  const sim = new Simulation({ ...scenario, warmUpYears }, { seed: 7 });
  for (let month = 0; month <= MONTHS; month++) {
    if (month > 0) sim.step();
    for (const row of observe(sim)) {
      if (outOfRange(row.metric, METRICS[row.metric].unit, row.value)) failures.push(`${file}: month ${month}: ${row.metric}/${row.group} = ${row.value}`);
    }
  }
}

function check(mutant: Mutant): void {
  let resolved;
  try {
    resolved = loadScenario(mutant.file);
  } catch (err) {
    failures.push(`${mutant.label}: loading threw ${(err as Error).stack}`);
    return;
  }
  const { scenario, problems } = resolved;
  outcomes.push({ mutant, accepted: scenario !== undefined, problems });
  if (!scenario) {
    if (problems.length === 0) failures.push(`${mutant.label}: refused with no problem`);
    for (const p of problems) {
      const sound = typeof p.file === 'string' && p.file.length > 0 && /^(\$|line \d+, column \d+$|$)/.test(p.path) && p.message.length > 0 && !/\n\s+at /.test(p.message);
      if (!sound) failures.push(`${mutant.label}: malformed problem ${JSON.stringify(p)}`);
    }
    return;
  }
  try {
    runBriefly(mutant.label, scenario);
  } catch (err) {
    failures.push(`${mutant.label}: running threw ${(err as Error).stack}`);
  }
}

/** Files around a shipped scenario that only the file system can make: pipes, devices, chains. */
function fileMutants(regional: string): Mutant[] {
  const out: Mutant[] = [];
  const write = (name: string, text: string | Buffer, label = name) => {
    writeFileSync(join(dir, name), text);
    out.push({ file: join(dir, name), label });
  };
  const wrapper = (base: string) => JSON.stringify({ extends: base, name: 'wrapped' });
  execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  write('extends-pipe.json', wrapper('pipe.json'));
  write('extends-zero.json', wrapper('/dev/zero'));
  write('extends-folder.json', wrapper('.'));
  write('extends-missing.json', wrapper('no-such.json'));
  write('extends-itself.json', wrapper('extends-itself.json'));
  write('extends-number.json', JSON.stringify({ extends: 7, name: 'wrapped' }));
  out.push({ file: '/dev/zero', label: '/dev/zero' }, { file: join(dir, 'pipe.json'), label: 'a named pipe' }, { file: dir, label: 'a folder' });
  // The regional file extends two bases, so 29 wrappers make a chain of 32 files and 30 one of 33.
  for (const [prefix, length] of [['ok', 29], ['long', 30], ['huge', 5000]] as const) {
    for (let i = 0; i < length; i++) writeFileSync(join(dir, `${prefix}-${i}.json`), wrapper(i === length - 1 ? regional : `${prefix}-${i + 1}.json`));
    out.push({ file: join(dir, `${prefix}-0.json`), label: `an extends chain of ${length} wrappers` });
  }
  write('nested-arrays.json', '['.repeat(5000));
  write('nested-objects.json', '{"a":'.repeat(3000) + '1' + '}'.repeat(3000));
  for (const [name, text] of [['array', '[]'], ['number', '1'], ['string', '"x"'], ['null', 'null'], ['empty', ''], ['spaces', '  \n']]) write(`top-${name}.json`, text);
  write('invalid-utf8.json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'capflow-fuzz-'));
  const rng = seedrandom(SEED);
  const inputs = REGIONAL.map((name) => {
    const r = loadScenario(join(ROOT, 'scenarios', `${name}.json`));
    if (!r.input || r.problems.length > 0) throw new Error(`${name} does not resolve`);
    return { name, input: r.input as Json };
  });
  mkdirSync(join(dir, 'm'));
  for (let i = 0; i < MUTANTS; i++) {
    const { name, input } = inputs[i % inputs.length];
    const value = structuredClone(input);
    const steps: string[] = [];
    let mustBeRefused = false;
    const count = 1 + Math.floor(rng() * 3);
    for (let k = 0; k < count; k++) {
      const mutation = pickMutation(rng);
      try {
        steps.push(`${mutation.name}: ${mutation.apply(value, rng)}`);
        mustBeRefused = mutation.refused === true;
      } catch {
        // A mutation with nothing to act on (no list left to empty) is skipped.
      }
    }
    const file = join(dir, 'm', `${String(i).padStart(3, '0')}-${name}.json`);
    writeFileSync(file, toText(value));
    mutants.push({ file, label: `mutant ${i} of ${name} (${steps.join('; ')})`, mustBeRefused });
  }
  for (const { name, input } of inputs) {
    for (const which of ['min', 'max'] as const) {
      const value = structuredClone(input);
      const label = everyBound(value, which);
      const file = join(dir, 'm', `${which}-${name}.json`);
      writeFileSync(file, toText(value));
      mutants.push({ file, label: `${name} with ${label}` });
    }
  }
  mutants.push(...fileMutants(join(ROOT, 'scenarios', 'uk-2026-regional.json')));
  for (const m of mutants) check(m);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fuzzed scenario input', () => {
  it(`checks ${MUTANTS} seeded mutants and the special files, some accepted and most refused`, () => {
    expect(outcomes.length).toBe(mutants.length);
    const accepted = outcomes.filter((o) => o.accepted).length;
    expect(accepted).toBeGreaterThan(10);
    expect(mutants.length - accepted).toBeGreaterThan(MUTANTS / 2);
  });

  it('never crashes: every mutant is refused with problems or runs with every metric finite and in range', () => {
    expect(failures).toEqual([]);
  });

  it('runs every shipped regional case with every bounded number at its minimum, and at its maximum', () => {
    const corners = outcomes.filter((o) => / with every bounded number at its /.test(o.mutant.label));
    expect(corners.map((o) => [o.mutant.label, o.problems.map((p) => `${p.path}: ${p.message}`)])).toEqual(corners.map((o) => [o.mutant.label, []]));
    expect(corners).toHaveLength(10);
  });

  it('refuses every mutant whose last change no scenario may have: a key twice, __proto__, deep nesting, a control character, 1e400', () => {
    const must = outcomes.filter((o) => o.mutant.mustBeRefused);
    expect(must.length).toBeGreaterThan(20);
    expect(must.filter((o) => o.accepted).map((o) => o.mutant.label)).toEqual([]);
  });

  it('refuses the special files and chains for what they are', () => {
    const said = (label: string) => outcomes.find((o) => o.mutant.label === label)!.problems.map((p) => p.message).join(' | ');
    expect(said('/dev/zero')).toBe('is a device, not a regular file');
    expect(said('a named pipe')).toBe('is a named pipe, not a regular file');
    expect(said('extends-pipe.json')).toMatch(/pipe\.json is a named pipe, not a regular file$/);
    expect(said('extends-zero.json')).toBe('extended file /dev/zero is a device, not a regular file');
    expect(said('an extends chain of 30 wrappers')).toMatch(/^extends chain longer than 32 files/);
    expect(said('an extends chain of 5000 wrappers')).toMatch(/^extends chain longer than 32 files/);
    expect(outcomes.find((o) => o.mutant.label === 'an extends chain of 29 wrappers')!.accepted).toBe(true);
    expect(said('nested-arrays.json')).toBe('nested deeper than 64 levels of arrays and objects');
  });

  it('gives the same verdicts through the real CLI, exit 1 and no stack trace', async () => {
    const sample = outcomes.filter((_, i) => i % 8 === 0 || i >= MUTANTS);
    const ran = await validate(sample.map((o) => o.mutant.file));
    expect(ran.code).toBe(1);
    expect(ran.stderr).not.toMatch(/\n\s+at |Error:/);
    // What files hold is echoed escaped: no control or bidi character but the line ends.
    expect(ran.stderr.replace(/\n/g, '')).not.toMatch(UNSAFE_CHARACTERS);
    expect(ran.stdout.split('\n').filter(Boolean).sort()).toEqual(sample.filter((o) => o.accepted).map((o) => `ok ${o.mutant.file}`).sort());
    expect(ran.stderr).toContain(`${sample.length - sample.filter((o) => o.accepted).length} of ${sample.length} files have problems`);
  }, 60_000);

  it('exits 1 for one refused file and 0 for one accepted, each on its own', async () => {
    const refused = outcomes.filter((o) => !o.accepted && o.mutant.mustBeRefused).slice(0, 3);
    const accepted = outcomes.find((o) => o.accepted)!;
    const runs = await Promise.all([...refused, accepted].map((o) => validate([o.mutant.file])));
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 0]);
    for (const r of runs) expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  }, 60_000);
});

/** `capflow validate FILES` through the real bin, killed after 30 s so a hang fails instead of stalling. */
function validate(files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(process.execPath, [BIN, 'validate', ...files], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      done({ code: err === null ? 0 : typeof err.code === 'number' ? err.code : -1, stdout, stderr }),
    ),
  );
}
