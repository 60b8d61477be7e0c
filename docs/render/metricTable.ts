import { METRICS } from '../../sim/model/metrics.ts';
import { code, formatNumber } from './format.ts';
import { markdownTable } from './markdownTable.ts';

/** Every metric a run records (`METRICS` in sim/model/metrics.ts), in its order. */
export function metricTable(): string {
  return markdownTable(
    ['Metric', 'What it measures', 'Unit', 'Range', 'Reads as'],
    Object.entries(METRICS).map(([name, m]) => [code(name), m.description, m.unit, rangeText(m.range), m.kind]),
  );
}

/** [0, 1], [0, ∞) or (−∞, ∞). */
export function rangeText([lo, hi]: readonly [number, number]): string {
  const end = (x: number) => (x === Infinity ? '∞' : x === -Infinity ? '−∞' : formatNumber(x));
  return `${Number.isFinite(lo) ? '[' : '('}${end(lo)}, ${end(hi)}${Number.isFinite(hi) ? ']' : ')'}`;
}
