import { describe, expect, it } from 'vitest';
import { buildCatalogue, prepareSide, type Catalogue } from '../../viz/catalogue.ts';
import { PROBLEMS_SHOWN } from '../../sim/scenario/capProblems.ts';
import { MAX_JSON_DEPTH } from '../../sim/scenario/limits.ts';
import { jsonShapeProblem, MAX_JSON_ITEMS } from '../../viz/jsonShape.ts';
import { MAX_FILE_BYTES } from '../../viz/linkData.ts';
import type { SideState } from '../../viz/session.ts';
import { shippedScenarioFiles } from './scenarioFiles.ts';

const catalogue = buildCatalogue(shippedScenarioFiles());
const uk = (sets: Record<string, string>): SideState => ({ source: { kind: 'shipped', id: 'uk-2026-regional' }, sets });
const file = (text: string): SideState => ({ source: { kind: 'file', name: 'hostile.json', text }, sets: {} });
const nested = (depth: number) => `{"name":"deep","extends":"japan-regional.json","x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

describe('edits that would grow a list', () => {
  // No timing here (speed is for benchmarks): a list grown to 10^8 slots would not come back at all,
  // and the regions left at 2 show that nothing was expanded.
  it('are refused before any edit is applied: regions.length=1000000 (and 10^8) is one problem, and the list is not grown', () => {
    for (const n of ['1000000', '100000000']) {
      const p = prepareSide(catalogue, uk({ 'funding.cycleMonths': '36', 'regions.length': n }));
      expect(p.scenario).toBeUndefined();
      expect(p.loaded!.regions.length).toBe(2);
      expect(p.editProblems).toEqual([{ file: `--set regions.length=${n}`, path: '$.regions.length', message: '$.regions is a list of 2; address an item by its index, 0 to 1' }]);
      expect(p.editProblemCount).toBe(1);
    }
  });
});

describe('hostile scenario files', () => {
  it(`measure nesting without recursion, ignoring brackets inside strings: ${MAX_JSON_DEPTH} levels pass, one more does not`, () => {
    expect(MAX_JSON_DEPTH).toBe(64);
    const deep = 'nests arrays and objects deeper than 64 levels';
    expect(jsonShapeProblem('['.repeat(64) + ']'.repeat(64))).toBeUndefined();
    expect(jsonShapeProblem('['.repeat(65) + ']'.repeat(65))).toBe(deep);
    expect(jsonShapeProblem(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`)).toBeUndefined();
    expect(jsonShapeProblem('['.repeat(10_000_000))).toBe(deep);
  });

  it(`count the entries of each list and object, ignoring commas inside strings and nested values: ${MAX_JSON_ITEMS.toLocaleString('en-GB')} pass, one more does not`, () => {
    expect(MAX_JSON_ITEMS).toBe(10_000);
    const list = (n: number) => `{"regions":[${Array(n).fill('{"a":[1,2,3],"b":","}').join(',')}],"x":[1,2]}`;
    expect(jsonShapeProblem(list(10_000))).toBeUndefined();
    expect(jsonShapeProblem(list(10_001))).toBe('has a list or object with more than 10,000 entries');
    expect(jsonShapeProblem(`{${Array.from({ length: 10_001 }, (_, i) => `"k${i}":1`).join(',')}}`)).toBe('has a list or object with more than 10,000 entries');
  });

  it('refuse JSON nested 10,000 deep as a problem of the file, not a RangeError', () => {
    const p = prepareSide(catalogue, file(nested(10_000)));
    expect(p.fileProblems).toEqual([{ file: 'hostile.json', path: '', message: 'nests arrays and objects deeper than 64 levels' }]);
    expect(prepareSide(catalogue, file(nested(8))).fileProblems.map((x) => x.path)).toEqual(['$.x']);
  });

  it(`refuse a file over ${MAX_FILE_BYTES.toLocaleString('en-GB')} bytes of UTF-8 without parsing it, as its link would be refused`, () => {
    const refused = [{ file: 'hostile.json', path: '', message: 'is more than 600,000 bytes, the largest scenario file the playground takes' }];
    const padded = (pad: string) => `{"name":"big","extends":"japan-regional.json","description":"${pad}"}`;
    // Padded with white space, which the schema does not see, to exactly the cap.
    const head = '{"name":"big","extends":"japan-regional.json"}';
    const fits = head.slice(0, -1) + ' '.repeat(MAX_FILE_BYTES - head.length) + '}';
    expect(new TextEncoder().encode(fits).length).toBe(MAX_FILE_BYTES);
    expect(prepareSide(catalogue, file(fits)).fileProblems).toEqual([]);
    expect(prepareSide(catalogue, file(padded('x'.repeat(MAX_FILE_BYTES)))).fileProblems).toEqual(refused);
    // 300,000 characters of "é" are 600,000 bytes, more with the rest of the file.
    expect(prepareSide(catalogue, file(padded('é'.repeat(MAX_FILE_BYTES / 2)))).fileProblems).toEqual(refused);
  });

  it('turn anything that still throws into a problem of the file', () => {
    const throwing: Catalogue = { entries: [], files: new Proxy(shippedScenarioFiles(), { get: () => { throw new RangeError('Maximum call stack size exceeded'); } }) };
    const p = prepareSide(throwing, uk({}));
    expect(p.fileProblems).toEqual([{ file: 'uk-2026-regional', path: '', message: 'could not be read (RangeError: Maximum call stack size exceeded)' }]);
  });

  it(`keep the first ${PROBLEMS_SHOWN} problems of a file with thousands, and count them all`, () => {
    const funding = Object.fromEntries(Array.from({ length: MAX_JSON_ITEMS }, (_, i) => [`unknown${i}`, 1]));
    const p = prepareSide(catalogue, file(JSON.stringify({ name: 'many', extends: 'japan-regional.json', funding })));
    expect(p.fileProblems).toHaveLength(20);
    expect(p.fileProblemCount).toBeGreaterThanOrEqual(10_000);
  });
});
