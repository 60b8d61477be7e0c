import { describe, expect, it } from 'vitest';
import { capProblems, formatProblemList, PROBLEMS_SHOWN } from '../../sim/scenario/capProblems.ts';

const problems = (n: number) => Array.from({ length: n }, (_, i) => ({ file: 'a.json', path: `$.regions[${i}]`, message: 'expected object, received undefined' }));

describe('a list of problems shows the first 20 and counts the rest', () => {
  it('keeps a short list whole', () => {
    expect(formatProblemList(problems(2))).toEqual(['a.json: $.regions[0]: expected object, received undefined', 'a.json: $.regions[1]: expected object, received undefined']);
    expect(capProblems(problems(PROBLEMS_SHOWN))).toMatchObject({ more: 0 });
  });

  it('turns 999,998 problems into 20 lines and a count', () => {
    const lines = formatProblemList(problems(999_998));
    expect(lines).toHaveLength(21);
    expect(lines[19]).toBe('a.json: $.regions[19]: expected object, received undefined');
    expect(lines[20]).toBe('… and 999,978 more problems in a.json (fix the ones above first)');
  });

  it('counts one left out in the singular, and takes another limit', () => {
    expect(formatProblemList(problems(4), 3)[3]).toBe('… and 1 more problem in a.json (fix the ones above first)');
    expect(capProblems(problems(4), 0)).toEqual({ shown: [], more: 4 });
  });
});
