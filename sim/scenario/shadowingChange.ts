import type { SchemaNode } from './parameterNode.ts';
import { scenarioJsonSchema } from './schema.ts';

let startDefault: string | undefined;

/**
 * The dated change, if any, that is in force from the very first simulated month (warm-up
 * included), so that a parameter's base value never applies: a change dated at or before the
 * start, with no warm-up to run under the base value first (docs/ODD.md §6: a change dated d months
 * after the start applies from internal tick max(0, d + warmUp)). Setting such a base value would
 * change nothing, and a sweep over it would run identical points; the edit is refused instead.
 */
export function shadowingChange(input: Record<string, unknown>, changes: readonly { at: string }[]): string | undefined {
  startDefault ??= String(((scenarioJsonSchema() as SchemaNode).properties?.start?.default as string | undefined) ?? '');
  const start = typeof input.start === 'string' ? input.start : startDefault;
  const warmUpMonths = 12 * numberOf(input.warmUpYears);
  const first = [...changes].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))[0];
  if (!first || !/^\d{4}-\d{2}$/.test(start) || !/^\d{4}-\d{2}$/.test(first.at)) return undefined;
  return monthIndex(first.at) - monthIndex(start) + warmUpMonths <= 0 ? first.at : undefined;
}

function numberOf(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'number') return (v as { value: number }).value;
  return 0;
}

function monthIndex(yearMonth: string): number {
  const [y, m] = yearMonth.split('-').map(Number);
  return y * 12 + m - 1;
}
