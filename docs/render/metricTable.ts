import { METRICS } from '../../sim/model/metrics.ts';
import { rangeText } from '../../sim/stats/rangeText.ts';
import { code } from './format.ts';
import { markdownTable } from './markdownTable.ts';

/** Every metric a run records (`METRICS` in sim/model/metrics.ts), in its order. */
export function metricTable(): string {
  return markdownTable(
    ['Metric', 'What it measures', 'Unit', 'Range', 'Reads as'],
    Object.entries(METRICS).map(([name, m]) => [code(name), m.description, m.unit, rangeText(m.range), m.kind]),
  );
}

