import { code, formatDefault, formatProvenance, formatRange } from './format.ts';
import { markdownTable } from './markdownTable.ts';
import type { ParameterRow } from './schemaWalk.ts';

const HEADERS = ['Parameter', 'Meaning', 'Unit', 'Default', 'Range', 'Provenance of the default'];

function table(rows: readonly ParameterRow[]): string {
  return markdownTable(
    HEADERS,
    rows.map((p) => [code(p.path), p.description, p.unit, formatDefault(p), formatRange(p), formatProvenance(p)]),
  );
}

/** Groups rows by a key, keeping first-appearance order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  return [...groups.entries()];
}

function conditionNote(rows: readonly ParameterRow[]): string {
  const conditions = new Set(rows.map((r) => r.condition));
  if (conditions.size !== 1) return '';
  const [c] = conditions;
  return c ? `These apply when ${code(c)}.\n\n` : '';
}

/**
 * One table per top-level section of the schema (in the schema's order), split by the second
 * segment where a section is made of several objects (`programme.framework`, `programme.safeguards`, ...).
 */
export function parameterTables(rows: readonly ParameterRow[], headingLevel = 3): string {
  const h = '#'.repeat(headingLevel);
  return groupBy(rows, (r) => r.path.split('.')[0])
    .map(([section, members]) => {
      const parts = groupBy(members, (r) => r.path.split('.').slice(0, 2).join('.'));
      const nested = members.every((r) => r.path.split('.').length >= 3) && parts.length > 1;
      const body = nested
        ? parts.map(([sub, m]) => `${h}# ${code(sub)}\n\n${conditionNote(m)}${table(m)}`).join('\n\n')
        : `${conditionNote(members)}${table(members)}`;
      return `${h} ${code(section)}\n\n${body}`;
    })
    .join('\n\n');
}
