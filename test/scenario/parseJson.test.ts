import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../sim/scenario/limits.ts';
import { parseScenarioJson } from '../../sim/scenario/parseJson.ts';

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('parsing scenario JSON', () => {
  it('refuses arrays nested 5,000 deep at the bracket that goes too deep, without overflowing the stack', () => {
    expect(parseScenarioJson('deep.json', '['.repeat(5000)).problems).toEqual([
      { file: 'deep.json', path: 'line 1, column 65', message: 'nested deeper than 64 levels of arrays and objects' },
    ]);
  });

  it('refuses objects nested 3,000 deep, even when the text is complete JSON', () => {
    const text = '{"a":'.repeat(3000) + '1' + '}'.repeat(3000);
    expect(parseScenarioJson('deep.json', text).problems).toEqual([
      { file: 'deep.json', path: 'line 1, column 321', message: 'nested deeper than 64 levels of arrays and objects' },
    ]);
  });

  it(`accepts exactly ${MAX_JSON_DEPTH} levels and refuses one more`, () => {
    expect(MAX_JSON_DEPTH).toBe(64);
    expect(parseScenarioJson('f', nested(64))).toEqual({ value: JSON.parse(nested(64)), problems: [] });
    expect(parseScenarioJson('f', nested(65)).problems).toHaveLength(1);
  });

  it('does not count brackets inside strings', () => {
    const text = JSON.stringify({ title: '['.repeat(500) + '{'.repeat(500), note: 'a \\" [[[' });
    expect(parseScenarioJson('f', text)).toEqual({ value: JSON.parse(text), problems: [] });
  });

  it('refuses a key written twice, naming its path and both positions', () => {
    const text = '{\n  "name": "a",\n  "funding": { "cycleMonths": 12, "cycleMonths": 36 },\n  "name": "b"\n}';
    expect(parseScenarioJson('dup.json', text).problems).toEqual([
      { file: 'dup.json', path: '$.name', message: 'duplicate key "name" at line 2, column 3 and line 4, column 3: a key may appear once' },
      { file: 'dup.json', path: '$.funding.cycleMonths', message: 'duplicate key "cycleMonths" at line 3, column 16 and line 3, column 35: a key may appear once' },
    ]);
  });

  it('refuses duplicate keys inside arrays, with the index in the path', () => {
    const text = '{"regions": [{"name": "x"}, {"name": "y", "name": "z"}]}';
    expect(parseScenarioJson('f', text).problems.map((p) => p.path)).toEqual(['$.regions[1].name']);
  });

  it('refuses "__proto__" keys at any depth, at their path', () => {
    const text = '{"a": [{"b": {"__proto__": {"polluted": true}}}]}';
    expect(parseScenarioJson('f', text).problems).toEqual([{ file: 'f', path: '$.a[0].b.__proto__', message: 'the key "__proto__" is not allowed' }]);
  });

  it('keeps reporting syntax errors with their line and column', () => {
    expect(parseScenarioJson('f', '{\n  "a": 1,\n}').problems[0]).toEqual({ file: 'f', path: 'line 3, column 1', message: 'invalid JSON: PropertyNameExpected' });
  });

  it('walks an array of 300,000 items without spreading it onto the stack', () => {
    const text = '[' + '{"a":1},'.repeat(300_000) + '{"a":1}]';
    expect(parseScenarioJson('f', text).problems).toEqual([]);
  });
});
