import type { ParameterRow } from './schemaWalk.ts';

/** A number as a scenario file would write it. */
export function formatNumber(x: number): string {
  return Number.isInteger(x) && Math.abs(x) >= 1e6 ? x.toExponential().replace('e+', 'e') : String(x);
}

export function formatRange(p: ParameterRow): string {
  return `[${formatNumber(p.min)}, ${formatNumber(p.max)}]${p.integer ? ' integer' : ''}`;
}

export function formatDefault(p: ParameterRow): string {
  return p.default === undefined ? '— (required)' : formatNumber(p.default);
}

/** Where the default comes from: a source, an explicit assumption, or nowhere (each scenario gives it). */
export function formatProvenance(p: ParameterRow): string {
  if (p.source && p.assumption) return `Source: ${p.source}. Assumption: ${p.assumption}`;
  if (p.source) return `Source: ${p.source}`;
  if (p.assumption) return `Assumption: ${p.assumption}`;
  return 'no default: every scenario gives its own value, with its own provenance';
}

export const code = (text: string) => `\`${text}\``;
