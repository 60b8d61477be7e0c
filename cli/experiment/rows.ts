import type { MetricRow } from '../../sim/model/run.ts';
import type { RunSpec } from '../../sim/experiment/runSpec.ts';

/** Column names of tidy output: identity, varied parameters (one column each), then the row. */
export function header(pointNames: readonly string[]): string {
  return ['scenario', 'replicate', 'seed', ...pointNames, 'tick', 'date', 'metric', 'group', 'value'].join(',');
}

/** A CSV field: quoted only when it must be (RFC 4180), so R and pandas read it without options. */
export function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Shortest round-trip decimal of a number: the same bytes in every run and runtime. */
export function number(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? 'Inf' : value < 0 ? '-Inf' : 'NA';
}

/** The lines of one run's rows (no header), in the order the kernel emitted them. */
export function rowLines(run: RunSpec, pointNames: readonly string[], rows: readonly MetricRow[]): string {
  const prefix = [field(run.label), String(run.replicate), String(run.seed), ...pointNames.map((n) => number(run.point[n]))].join(',');
  let out = '';
  for (const r of rows) out += `${prefix},${r.tick},${r.date},${r.metric},${field(r.group)},${number(r.value)}\n`;
  return out;
}
