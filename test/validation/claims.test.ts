/**
 * The claims registry and the guard against findings that hold by construction: every validation
 * test file names its claims and their class, and an emergent claim's estimate fails the guard when
 * it is a parameter read back or has an interval of zero width. Runs no simulation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claim, claimOf, claimTitle, CLAIMS } from '../../cli/evidence/claims.ts';
import { estimate, notByConstruction, seedFromEnvironment } from './helpers.ts';

const DIR = fileURLToPath(new URL('./', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.test.ts') && f !== 'claims.test.ts');
const text = (f: string) => readFileSync(`${DIR}${f}`, 'utf8');

describe('the claims registry', () => {
  it('lists each claim once, every one with a quote, a measure and at least one assumption citing docs/ODD.md or docs/evidence.md', () => {
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(CLAIMS.length);
    for (const c of CLAIMS) {
      expect(c.quote.length, c.id).toBeGreaterThan(20);
      expect(c.measure.length, c.id).toBeGreaterThan(20);
      expect(c.assumptions.length, c.id).toBeGreaterThan(0);
      expect(c.assumptions.some((a) => /§\d/.test(a)), `${c.id} cites a section`).toBe(true);
    }
  });

  it('covers every validation test file, and each tested claim is tested under its own describe in the file it names', () => {
    for (const f of files) expect(CLAIMS.some((c) => c.file === f), f).toBe(true);
    for (const c of CLAIMS) {
      if (c.file === null) continue;
      expect(files, c.id).toContain(c.file);
      expect(text(c.file), c.id).toContain(`describe(claimTitle('${c.id}')`);
    }
  });

  it('names no file for an untested claim, and no test file tests one (an untested claim is never a passing stub)', () => {
    for (const c of CLAIMS.filter((x) => x.class === 'untested')) {
      expect(c.file, c.id).toBeNull();
      for (const f of files) expect(text(f), `${c.id} in ${f}`).not.toContain(`claimTitle('${c.id}')`);
    }
    for (const c of CLAIMS.filter((x) => x.class !== 'untested')) expect(c.file, c.id).not.toBeNull();
  });

  it('says, for every claim added from issue 11 on (those with fairReading), why the measure reads the sentence fairly', () => {
    for (const c of CLAIMS) if (c.fairReading !== undefined) expect(c.fairReading.length, c.id).toBeGreaterThan(40);
  });

  it('gives every known failure (it.fails) a comment just above saying what is measured and what would fix it', () => {
    for (const f of files)
      for (const m of text(f).matchAll(/((?:^\s*\/\/.*\n)*)^\s*it\.fails\(/gm)) expect(m[1], f).toMatch(/would fix|fix would|to fix/i);
  });

  it('gives every describe block of the suite a class: a claim title, or a harness check marked structural', () => {
    for (const f of files)
      for (const m of text(f).matchAll(/describe\((.*?), \(\) =>/g)) expect(m[1], f).toMatch(/^claimTitle\('[a-z0-9-]+'\)$|STRUCTURAL/);
  });

  it('has every file that says a result holds trivially, cannot fail or holds by construction also say it is structural', () => {
    for (const f of files) if (/trivially|cannot fail|by construction/i.test(text(f))) expect(text(f), f).toMatch(/structural/i);
  });

  it('guards every emergent claim: its file calls notByConstruction', () => {
    for (const c of CLAIMS.filter((x) => x.class === 'emergent')) expect(text(c.file!), c.id).toContain('notByConstruction(');
  });

  it('is described in docs/ODD.md §4.2, each claim with its class', () => {
    const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');
    for (const c of CLAIMS) expect(odd, c.id).toMatch(new RegExp(`\`${c.id}\`[^|]*\\| ${c.class}`));
  });

  it('reads a claim back from the test name the verbose reporter prints', () => {
    expect(claimOf(`${claimTitle('commitment')} > realised placements fall away`)).toBe(claim('commitment'));
    expect(claimTitle('reciprocity-capability')).toMatch(/^reciprocity-capability \[EMERGENT\]: /);
    expect(claimOf('validation harness (STRUCTURAL, no claim): paired differences > reads')).toBeUndefined();
    expect(() => claim('no-such-claim')).toThrow(/no claim no-such-claim/);
  });
});

describe('notByConstruction, the guard of emergent estimates', () => {
  it('passes an estimate that varies between replicates and is no parameter', () => {
    const e = estimate([0.01, 0.02, 0.015, 0.012]);
    expect(notByConstruction(e, { hostAccountability: 0.7 })).toBe(e);
  });

  it('fails an interval of zero width: the same value in every replicate', () => {
    expect(() => notByConstruction(estimate([0.004, 0.004, 0.004]))).toThrow(/zero width/);
  });

  it('fails a ratio that is exactly one, as the capability kept with safeguards was', () => {
    expect(() => notByConstruction(estimate([0.99, 1, 1.01]))).toThrow(/equals one/);
  });

  it('fails a mean equal to a parameter to 1e-12, as the autonomy loss kept with safeguards (1 − hostAccountability) was', () => {
    // Replicates spread around 0.3 so the interval has width; the mean is the parameter read back.
    expect(() => notByConstruction(estimate([0.3 - 0.01, 0.3, 0.3 + 0.01]), { 'one minus hostAccountability': 1 - 0.7 })).toThrow(/one minus hostAccountability = 0.3/);
  });

  it('does not fail a mean merely near a parameter', () => {
    expect(() => notByConstruction(estimate([0.29, 0.3, 0.3101]), { 'one minus hostAccountability': 0.3 })).not.toThrow();
  });
});

describe('the suite seed', () => {
  it('is 1 unless CAPFLOW_VALIDATION_SEED (set by capflow evidence --seeds) names another whole number', () => {
    expect(seedFromEnvironment(undefined)).toBe(1);
    expect(seedFromEnvironment('')).toBe(1);
    expect(seedFromEnvironment('3')).toBe(3);
    expect(() => seedFromEnvironment('2.5')).toThrow(/whole number, not 2.5/);
    expect(() => seedFromEnvironment('-1')).toThrow(/whole number/);
  });
});
