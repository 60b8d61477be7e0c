import { code } from './format.ts';
import { markdownTable } from './markdownTable.ts';
import type { SettingRow } from './schemaWalk.ts';

function formatSettingDefault(s: SettingRow): string {
  if (s.default === undefined) return s.required ? '— (required)' : '— (optional)';
  return code(JSON.stringify(s.default));
}

/** Everything a scenario file may set that is not a numeric parameter: names, switches, choices, structure. */
export function settingsTable(rows: readonly SettingRow[]): string {
  return markdownTable(
    ['Setting', 'Meaning', 'Type', 'Default', 'Applies when'],
    rows.map((s) => [code(s.path), s.description ?? '(no description in the schema)', s.type, formatSettingDefault(s), s.condition ? code(s.condition) : 'always']),
  );
}
