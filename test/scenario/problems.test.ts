import { describe, expect, it } from 'vitest';
import { formatProblemList, PROBLEMS_PRINTED_PER_FILE } from '../../sim/scenario/capProblems.ts';
import { formatProblem, type Problem } from '../../sim/scenario/problems.ts';

describe('printing problems', () => {
  it('escapes control and bidi characters echoed from a file, so a key cannot clear the screen or reorder the line', () => {
    const p = { file: 'evil\u202e.json', path: '$.funding.\u001b[2Jx', message: 'duplicate key "\u001b[2Jx\u2028"' };
    expect(formatProblem(p)).toBe('evil\\u202e.json: $.funding.\\u001b[2Jx: duplicate key "\\u001b[2Jx\\u2028"');
  });

  it('leaves ordinary text as it is, letters of any script included', () => {
    expect(formatProblem({ file: 'a.json', path: '$.regions[0].name', message: 'unknown region "Kyūshū 九州"' })).toBe('a.json: $.regions[0].name: unknown region "Kyūshū 九州"');
    expect(formatProblem({ file: 'a.json', path: '', message: 'file not found' })).toBe('a.json: (top level): file not found');
  });

  it('prints at most the first 100 problems and counts the others', () => {
    const many: Problem[] = Array.from({ length: 250 }, (_, i) => ({ file: 'a.json', path: `$.x[${i}]`, message: 'bad' }));
    const lines = formatProblemList(many, PROBLEMS_PRINTED_PER_FILE);
    expect(lines).toHaveLength(101);
    expect(lines[99]).toBe('a.json: $.x[99]: bad');
    expect(lines[100]).toBe('… and 150 more problems in a.json (fix the ones above first)');
    expect(formatProblemList(many.slice(0, 100), PROBLEMS_PRINTED_PER_FILE)).toHaveLength(100);
  });
});
