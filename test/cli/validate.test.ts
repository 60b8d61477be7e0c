import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capflow, fixture, ROOT, type Ran } from './helpers.ts';

/** Fixture paths as problems name them: relative to the working folder, as given. */
const f = (name: string) => relative(ROOT, fixture(name));

const BAD = ['malformed.json', 'unknown-key.json', 'many-problems.json', 'cycle-a.json', 'missing-base.json', 'proto.json'];

let bad: Ran;
let good: Ran;

beforeAll(async () => {
  [bad, good] = await Promise.all([
    capflow(['validate', f('tiny.json'), ...BAD.map(f)]),
    capflow(['validate', f('tiny.json'), f('child.json'), f('huge.json')]),
  ]);
});

const problemLines = () => bad.stderr.trim().split('\n');

describe('capflow validate', () => {
  it('prints ok for each valid file and exits 0', () => {
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`ok ${f('tiny.json')}\nok ${f('child.json')}\nok ${f('huge.json')}\n`);
    expect(good.stderr).toBe('');
  });

  it('exits 1 when any file has a problem, still checking every file', () => {
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(`ok ${f('tiny.json')}\n`);
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

  // Known kernel bug: jsonc-parser assigns "__proto__" as the object's prototype instead of an own
  // key, so sim/scenario/parseJson.ts never sees it; this file is refused only because the
  // prototype's key is unknown, and `"__proto__": 1` is accepted silently. Flip to `it` when fixed.
  it('says the "__proto__" key is not allowed, at its path', () => {
    expect(problemLines()).toContain(`${f('proto.json')}: $.funding.__proto__: the key "__proto__" is not allowed`);
  });
});
