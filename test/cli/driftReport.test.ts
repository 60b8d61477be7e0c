import { describe, expect, it } from 'vitest';
import { describeDrift, driftBetween } from '../../cli/regression/driftReport.ts';
import type { ReferenceMean } from '../../cli/regression/referenceMeans.ts';

const month = (tick: number) => `2026-${String(4 + tick).padStart(2, '0')}-01`;
const series = (metric: string, group: string, means: string[]): ReferenceMean[] => means.map((mean, tick) => ({ tick, date: month(tick), metric, group, mean }));

describe('locating a drifted baseline', () => {
  it('names the first month a mean changed, the largest change and how many months moved', () => {
    const before = [...series('capability', 'local', ['0.5', '0.6', '0.7', '0.8']), ...series('cost', 'all', ['10', '20', '30', '40'])];
    const after = [...series('capability', 'local', ['0.5', '0.61', '0.75', '0.8']), ...series('cost', 'all', ['10', '20', '30', '40'])];
    const [d, ...rest] = driftBetween(before, after);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ metric: 'capability', group: 'local', firstTick: 1, firstDate: '2026-05-01', largestTick: 2, largestDate: '2026-06-01', ticksMoved: 2, ticks: 4 });
    expect(d.after - d.before).toBeCloseTo(0.05, 12);
    expect(describeDrift(d)).toBe('capability/local from tick 1 (2026-05-01), largest at tick 2 (2026-06-01): 0.7 -> 0.75 (+0.05), 2 of 4 months moved');
  });

  it('orders earliest first, then by the change relative to the mean, so pounds do not drown indices', () => {
    const before = [...series('cost', 'all', ['1000', '2000']), ...series('capability', 'local', ['0.5', '0.5']), ...series('outcomes', 'local', ['0.5', '0.5', '0.5'])];
    const after = [...series('cost', 'all', ['1000', '2010']), ...series('capability', 'local', ['0.5', '0.6']), ...series('outcomes', 'local', ['0.4', '0.5', '0.5'])];
    expect(driftBetween(before, after).map((d) => d.metric)).toEqual(['outcomes', 'capability', 'cost']);
  });

  it('reports a series that appeared or went, and one that became undefined', () => {
    const before = [...series('capability', 'local', ['0.5', '0.5']), ...series('oldMetric', 'all', ['1', '2'])];
    const after = [...series('capability', 'local', ['0.5', '']), ...series('newMetric', 'all', ['3'])];
    const lines = driftBetween(before, after).map(describeDrift);
    expect(lines).toEqual([
      'newMetric/all: new, not in the baseline (1 month)',
      'oldMetric/all: no longer reported (2 months in the baseline)',
      'capability/local at tick 1 (2026-05-01): 0.5 -> undefined, 1 of 2 months moved',
    ]);
  });

  it('finds nothing when every mean is written the same', () => {
    const same = series('capability', 'local', ['0.5', '0.6']);
    expect(driftBetween(same, [...same])).toEqual([]);
  });
});
