import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../sim/model/run.ts';
import { SummaryCollector } from '../../cli/summaryCollector.ts';
import { summaryReport } from '../../cli/summaryReport.ts';
import { comparisonReport } from '../../cli/experimentRunner/report.ts';
import { pairedInterval } from '../../cli/experimentRunner/intervals.ts';

/** Two replicates of a one-month run whose local capability ends at `ends`; other tiers sit mid-range. */
function collector(ends: readonly [number, number]): SummaryCollector {
  const s = new SummaryCollector(1, 2);
  ends.forEach((end, replicate) => {
    const rows: MetricRow[] = [];
    for (const tick of [0, 1]) {
      for (const group of ['central', 'combined', 'local']) {
        const value = group === 'local' && tick === 1 ? end : 0.5 + 0.01 * replicate;
        rows.push({ tick, date: tick === 0 ? '2026-03' : '2026-04', metric: 'capability', group, value });
      }
    }
    s.add(replicate, rows);
  });
  s.finish();
  return s;
}

describe('the run summary\'s 95% intervals', () => {
  it('are clipped to the metric\'s range and marked when the t interval leaves it', () => {
    const text = summaryReport(collector([0.99, 0.6]));
    const row = text.split('\n').find((l) => l.startsWith('capability ') && l.includes('*'));
    expect(row).toMatch(/0\.795 \(0\.000 to 1\.000\)\*/);
    expect(text).toContain('* clipped to what the metric can be');
  });

  it('stay as mean ± half-width, with no note, when they fit', () => {
    const text = summaryReport(collector([0.61, 0.6]));
    expect(text).toMatch(/^capability +0\.505 ± /m);
    expect(text).not.toContain('clipped');
  });
});

describe('the comparison report\'s paired intervals', () => {
  const result = (mean: number, sd: number) => ({ ...pairedInterval(2, { mean, sd }, { sd: 0.1 }, { sd: 0.1 }), meanBaseline: 0.5, meanScenario: 0.5 + mean });

  it('clip a difference of two indices to [−1, 1] and mark it', () => {
    const wide = result(0.9, 0.2);
    expect(wide.high).toBeGreaterThan(1);
    const text = comparisonReport([{ baseline: 'a', scenario: 'b' }], [new Map([['12,capability,local', wide]])], 12);
    expect(text).toMatch(/^capability\/local .* -?0\.\d{4} to 1\.0000\*/m);
    expect(text).toContain('* clipped to what the difference can be');
  });

  it('leave a difference of costs, which has no bound, as computed', () => {
    const cost = { ...result(-5000, 100000), meanBaseline: 1e5, meanScenario: 9.5e4 };
    const text = comparisonReport([{ baseline: 'a', scenario: 'b' }], [new Map([['12,cumulativeCost,all', cost]])], 12);
    expect(text).not.toContain('clipped');
  });
});

describe('the run summary\'s cost line', () => {
  it('says GBP, and the conversion a scenario states', () => {
    expect(summaryReport(collector([0.6, 0.6]))).toMatch(/^Cost over the run \(mean of 2 replicates\), in GBP: £0/m);
    expect(summaryReport(collector([0.6, 0.6]), undefined, 'GBP, converted from yen at about 190 yen to the pound')).toContain('in GBP, converted from yen at about 190 yen to the pound: £0');
  });
});
