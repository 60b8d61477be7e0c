import { describe, expect, it } from 'vitest';
import { replicateRuns } from '../../sim/runDesign/runSpec.ts';
import type { MetricRow } from '../../sim/model/run.ts';
import { header, rowLines } from '../../cli/experimentRunner/rows.ts';
import { SeriesCollector } from '../../viz/data/replicateSeries.ts';
import { tidyCsv } from '../../viz/data/tidyCsv.ts';

// Names that need quoting: a comma in a metric, and in the groups a quote, a line break and a tab.
const rows: MetricRow[] = ['North, East', 'say "hi"', 'two\nlines', 'tab\there'].flatMap((group, i) => [
  { tick: 0, date: '2026-01', metric: 'capability', group, value: i / 3 },
  { tick: 0, date: '2026-01', metric: 'gap, local', group, value: -i },
]);

describe('the two tidy CSV writers', () => {
  it('give the same bytes for the same rows: the CLI pipeline (every command) and the playground', () => {
    const [run] = replicateRuns('uk, edited', 'input', 5, 1);
    const metrics = header([]) + '\n' + rowLines(run, [], rows);
    expect(metrics).toContain('"North, East"');

    const collector = new SeriesCollector({ scenario: 'uk, edited', replicate: 0, seed: 5, start: '2026-01', ticks: 0 });
    collector.add(rows);
    // The playground keeps a tick's rows by (metric, group) in first-seen order, as emitted here.
    expect(tidyCsv([collector.finish()])).toBe(metrics);
  });
});
