import { quantityValue, type SeriesRow } from '../../sim/calibration/quantityValue.ts';
import type { CalibrationTarget } from '../../sim/calibration/targetsSchema.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { readPartValues } from '../experimentRunner/readPart.ts';

/**
 * A finished run's value of each target, read from its part file. A parameter target takes the
 * run's varied value when the parameter is varied, and otherwise the scenario's value at the start.
 */
export function runSummaries(dir: string, run: RunSpec, pointCount: number, targets: readonly CalibrationTarget[], scenario: Scenario): number[] {
  const dates = new Map<string, string>();
  const values = readPartValues(dir, run, pointCount, dates);
  const rows: SeriesRow[] = [];
  for (const [key, value] of values) {
    const first = key.indexOf(',');
    const tick = key.slice(0, first);
    // Groups may hold commas (quoted); metric names never do.
    const second = key.indexOf(',', first + 1);
    rows.push({ date: dates.get(tick) ?? '', metric: key.slice(first + 1, second), group: key.slice(second + 1), value });
  }
  const parameter = (path: string) => run.point[path] ?? scenarioValue(scenario, path);
  return targets.map((t) => quantityValue(t.quantity, rows, parameter));
}

/** A resolved parameter's value before its dated changes, by dotted path; undefined when the path is not a parameter. */
function scenarioValue(scenario: Scenario, path: string): number | undefined {
  let node: unknown = scenario;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  const value = node !== null && typeof node === 'object' ? (node as { value?: unknown }).value : undefined;
  return typeof value === 'number' ? value : undefined;
}
