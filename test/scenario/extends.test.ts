import { describe, expect, it } from 'vitest';
import { mergeScenario } from '../../sim/scenario/merge.ts';

describe('extends merges a file over the one it extends', () => {
  it('merges objects key by key and replaces parameters whole, provenance included', () => {
    const base = { funding: { cycleMonths: { value: 12, source: 'MHCLG' }, renewalProbability: 0.5 } };
    const over = { funding: { cycleMonths: { value: 36, assumption: 'multi-year' } } };
    expect(mergeScenario(base, over)).toEqual({ funding: { cycleMonths: { value: 36, assumption: 'multi-year' }, renewalProbability: 0.5 } });
  });

  it('lets a regional case swap generated organisations for a list', () => {
    const base = { organisations: { mode: 'generate', central: { count: 20 }, local: { count: 317 } } };
    const over = { organisations: { mode: 'list', list: [{ name: 'a' }] } };
    expect(mergeScenario(base, over)).toEqual({ organisations: { mode: 'list', list: [{ name: 'a' }] } });
  });

  it('does not change either input', () => {
    const base = { a: { b: 1 } };
    const over = { a: { c: 2 } };
    mergeScenario(base, over);
    expect(base).toEqual({ a: { b: 1 } });
    expect(over).toEqual({ a: { c: 2 } });
  });
});

describe('--set edits', () => {
  it('records an edited parameter as set by hand, and sets other numbers as they are', async () => {
    const { applySets } = await import('../../sim/scenario/setPath.ts');
    const input: Record<string, unknown> = { regions: [{ name: 'North', weight: 1 }] };
    expect(applySets(input, ['funding.cycleMonths=36', 'seed=5', 'regions.0.weight=2', 'programme.instruments.secondment.selection="orchestrated"'])).toEqual([]);
    expect(input).toEqual({
      regions: [{ name: 'North', weight: 2 }],
      funding: { cycleMonths: { value: 36, assumption: 'set on the command line' } },
      seed: 5,
      programme: { instruments: { secondment: { selection: 'orchestrated' } } },
    });
  });

  it('blames a problem at or below an edited path on the edit, and leaves the others with their file', async () => {
    const { blameSets } = await import('../../sim/scenario/setPath.ts');
    const problems = [
      { file: 'a.json', path: '$.funding.cycleMonths.value', message: 'too small' },
      { file: 'a.json', path: '$.regions[0].weight', message: 'too small' },
      { file: 'a.json', path: '$.funding.cycleMonthsExtra', message: 'unknown key' },
      { file: 'a.json', path: '$.seed', message: 'not an integer' },
    ];
    expect(blameSets(problems, ['funding.cycleMonths=-3', 'regions.0.weight=-1', 'malformed']).map((p) => p.file)).toEqual([
      '--set funding.cycleMonths=-3',
      '--set regions.0.weight=-1',
      'a.json',
      'a.json',
    ]);
  });
});
