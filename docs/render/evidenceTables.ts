import { code, formatDefault, formatRange } from './format.ts';
import { markdownTable } from './markdownTable.ts';
import type { ParameterRow } from './schemaWalk.ts';

/** Defaults resting on an explicit assumption (no source): the candidates for sensitivity analysis. */
export function assumedDefaultsTable(rows: readonly ParameterRow[]): string {
  const assumed = rows.filter((p) => p.default !== undefined && !p.source);
  return markdownTable(
    ['Parameter', 'Meaning', 'Default', 'Unit', 'Allowed range', 'Assumption behind the default'],
    assumed.map((p) => [code(p.path), p.description, formatDefault(p), p.unit, formatRange(p), p.assumption ?? '(none recorded)']),
  );
}

/** Defaults that carry a source: calibration figures built into the schema. */
export function sourcedDefaultsTable(rows: readonly ParameterRow[]): string {
  const sourced = rows.filter((p) => p.default !== undefined && p.source);
  return markdownTable(
    ['Parameter', 'Meaning', 'Default', 'Unit', 'Source recorded in the schema'],
    sourced.map((p) => [code(p.path), p.description, formatDefault(p), p.unit, p.source! + (p.assumption ? ` (assumption: ${p.assumption})` : '')]),
  );
}

/** Parameters with no default: every scenario must give them, with their own provenance. */
export function requiredTable(rows: readonly ParameterRow[]): string {
  const required = rows.filter((p) => p.default === undefined);
  return markdownTable(
    ['Parameter', 'Meaning', 'Unit', 'Allowed range'],
    required.map((p) => [code(p.path) + (p.condition ? ` (when ${code(p.condition)})` : ''), p.description, p.unit, formatRange(p)]),
  );
}
