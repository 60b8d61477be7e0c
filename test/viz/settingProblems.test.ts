import { describe, expect, it } from 'vitest';
import type { Problem } from '../../sim/scenario/problems.ts';
import { problemsOf } from '../../viz/ui/settingProblems.ts';

const at = (path: string): Problem => ({ file: 'f', path, message: 'm' });

describe('matching problems to a setting', () => {
  const problems = [at('$.funding'), at('$.funding.value'), at('$.funding[0]'), at('$.fundingRate.value'), at('$.instruments.secondment.enabled'), at('$.other')];

  it('takes the problems at the setting and inside it, for a number and a choice alike', () => {
    expect(problemsOf('funding', problems).map((p) => p.path)).toEqual(['$.funding', '$.funding.value', '$.funding[0]']);
    expect(problemsOf('instruments.secondment.enabled', problems).map((p) => p.path)).toEqual(['$.instruments.secondment.enabled']);
  });

  it('never takes a sibling whose name only begins the same', () => {
    expect(problemsOf('fundingRate', problems).map((p) => p.path)).toEqual(['$.fundingRate.value']);
    expect(problemsOf('instruments.secondment', problems).map((p) => p.path)).toEqual(['$.instruments.secondment.enabled']);
    expect(problemsOf('oth', problems)).toEqual([]);
  });
});
