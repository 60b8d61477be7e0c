import { execFile, execFileSync } from 'node:child_process';
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, capflow, fixture, ROOT, tempDir, type Ran } from './helpers.ts';

/** Fixture paths as problems name them: relative to the working folder, as given. */
const f = (name: string) => relative(ROOT, fixture(name));

const BAD = ['malformed.json', 'unknown-key.json', 'many-problems.json', 'cycle-a.json', 'missing-base.json', 'proto.json'];

let bad: Ran;
let good: Ran;

beforeAll(async () => {
  [bad, good] = await Promise.all([
    capflow(['validate', f('tiny-generated.json'), ...BAD.map(f)]),
    capflow(['validate', f('tiny-generated.json'), f('child.json'), f('huge.json')]),
  ]);
});

const problemLines = () => bad.stderr.trim().split('\n');

describe('capflow validate', () => {
  it('prints ok for each valid file and exits 0', () => {
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`ok ${f('tiny-generated.json')}\nok ${f('child.json')}\nok ${f('huge.json')}\n`);
    expect(good.stderr).toBe('');
  });

  it('exits 1 when any file has a problem, still checking every file', () => {
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(`ok ${f('tiny-generated.json')}\n`);
    expect(bad.stderr).toMatch(/6 of 7 files have problems/);
  });

  it('reports malformed JSON with its line and column', () => {
    expect(problemLines()).toContain(`${f('malformed.json')}: line 4, column 35: invalid JSON: PropertyNameExpected`);
  });

  it('reports an unknown key with its JSON path', () => {
    expect(problemLines()).toContain(`${f('unknown-key.json')}: $.funding.cycleMonth: unknown key`);
  });

  it('reports every problem of a file at once, one per line', () => {
    const mine = problemLines().filter((l) => l.startsWith(`${f('many-problems.json')}: `));
    expect(mine.map((l) => l.split(': ')[1])).toEqual(['$.name', '$.replicates', '$.funding.cycleMonths', '$.funding.renewalOdds']);
    expect(mine[2]).toMatch(/expected a number or an object with "value", got the string "annual"$/);
  });

  it('reports an extends cycle, naming the files in it', () => {
    expect(problemLines()).toContain(`${f('cycle-b.json')}: $.extends: extends cycle: ${f('cycle-a.json')} -> ${f('cycle-b.json')} -> ${f('cycle-a.json')}`);
  });

  it('reports an extended file that does not exist', () => {
    expect(problemLines()).toContain(`${f('missing-base.json')}: $.extends: extended file not found: ${f('no-such-base.json')}`);
  });

  it('refuses a scenario with a "__proto__" key', () => {
    expect(problemLines().filter((l) => l.startsWith(`${f('proto.json')}: `)).length).toBeGreaterThan(0);
  });

  // jsonc-parser's own object builder would turn the key into a prototype; sim/scenario/parseJson.ts
  // finds it in the syntax tree instead, so the problem names the key itself.
  it('says the "__proto__" key is not allowed, at its path', () => {
    expect(problemLines()).toContain(`${f('proto.json')}: $.funding.__proto__: the key "__proto__" is not allowed`);
  });
});

describe('capflow validate refuses what it must not read, with file, path and reason', () => {
  let dir: string;
  let ran: Ran;
  const lines = () => ran.stderr.trim().split('\n');
  const at = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = tempDir();
    const tiny = fixture('tiny-generated.json');
    const child = (name: string, base: string) => writeFileSync(at(name), JSON.stringify({ extends: base, name: 'child' }));
    execFileSync('mkfifo', [at('pipe.json')]);
    child('extends-pipe.json', at('pipe.json'));
    child('extends-zero.json', '/dev/zero');
    // A sparse file: 17 MB long without taking the space.
    writeFileSync(at('large.json'), '{}');
    truncateSync(at('large.json'), 17 * 1024 * 1024);
    // 5,000 files, each extending the next; the last extends a valid scenario.
    for (let i = 0; i < 5000; i++) child(`chain-${i}.json`, i === 4999 ? tiny : `chain-${i + 1}.json`);
    for (let i = 0; i < 31; i++) child(`short-${i}.json`, i === 30 ? tiny : `short-${i + 1}.json`);
    writeFileSync(at('deep-arrays.json'), '['.repeat(5000));
    writeFileSync(at('deep-objects.json'), '{"a":'.repeat(3000));
    writeFileSync(at('repeats.json'), `{${Array.from({ length: 300 }, () => '"a": 1').join(', ')}}`);
    writeFileSync(at('duplicate.json'), `{\n  "extends": ${JSON.stringify(tiny)},\n  "name": "dup",\n  "name": "dup2"\n}\n`);
    const files = ['/dev/zero', 'pipe.json', 'extends-pipe.json', 'extends-zero.json', 'large.json', 'chain-0.json', 'short-0.json', 'deep-arrays.json', 'deep-objects.json', 'duplicate.json', 'repeats.json'];
    ran = await capflowWithin(10_000, ['validate', ...files.map((f) => (f.startsWith('/') ? f : at(f)))]);
  }, 30_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 within seconds, with no stack trace, checking every file', () => {
    expect(ran.code).toBe(1);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
    expect(ran.stdout).toBe(`ok ${at('short-0.json')}\n`);
    expect(lines()).toContain('10 of 11 files have problems');
  });

  it('refuses a device and a named pipe given on the command line', () => {
    expect(lines()).toContain('/dev/zero: (top level): is a device, not a regular file');
    expect(lines()).toContain(`${at('pipe.json')}: (top level): is a named pipe, not a regular file`);
  });

  it('refuses a device or a named pipe that a file extends, blaming its extends', () => {
    expect(lines()).toContain(`${at('extends-pipe.json')}: $.extends: extended file ${at('pipe.json')} is a named pipe, not a regular file`);
    expect(lines()).toContain(`${at('extends-zero.json')}: $.extends: extended file /dev/zero is a device, not a regular file`);
  });

  it('refuses a file larger than 16 MB', () => {
    expect(lines()).toContain(`${at('large.json')}: (top level): is larger than 16 MB, the most a scenario file may be`);
  });

  it('refuses an extends chain of 5,000 files by its length, and accepts one of 32', () => {
    const chain = `${at('chain-0.json')} -> ${at('chain-1.json')} -> ... -> ${at('chain-31.json')} -> ${at('chain-32.json')}`;
    expect(lines()).toContain(`${at('chain-31.json')}: $.extends: extends chain longer than 32 files: ${chain}`);
  });

  it('refuses JSON nested thousands deep at the bracket that goes too deep', () => {
    expect(lines()).toContain(`${at('deep-arrays.json')}: line 1, column 65: nested deeper than 64 levels of arrays and objects`);
    expect(lines()).toContain(`${at('deep-objects.json')}: line 1, column 321: nested deeper than 64 levels of arrays and objects`);
  });

  it('refuses a key written twice, with both positions', () => {
    expect(lines()).toContain(`${at('duplicate.json')}: $.name: duplicate key "name" at line 3, column 3 and line 4, column 3: a key may appear once`);
  });

  it('prints the first 100 problems of a file and counts the rest', () => {
    const mine = lines().filter((l) => l.startsWith(`${at('repeats.json')}: `));
    expect(mine).toHaveLength(100);
    expect(mine[0]).toBe(`${at('repeats.json')}: $.a: duplicate key "a" at line 1, column 2 and line 1, column 10: a key may appear once`);
    expect(lines()).toContain(`… and 199 more problems in ${at('repeats.json')} (fix the ones above first)`);
  });
});

/** The real bin, killed after `ms` so a hang fails the test instead of stalling the suite. */
function capflowWithin(ms: number, args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: ms, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}
