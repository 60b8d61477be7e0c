import type { SideKey } from '../session.ts';

/** One dated change of a parameter within a run, with the provenance its file gives it. */
export interface DatedChange {
  side: SideKey;
  /** "YYYY-MM": takes effect from the first of that month (docs/ODD.md, parameters). */
  at: string;
  /** The parameter's path, as `--set` writes it. */
  path: string;
  value: number;
  /** The change's own source or assumption, else the parameter's. */
  note: string;
}

/**
 * Every dated change in a side's merged input (`changes` lists under any parameter), sorted by
 * date then path: the steps behind a chart's cliffs (England's combined demand at 2027-04 and
 * 2028-04). Read from the input, not the resolved scenario, because resolution keeps only
 * `at` and `value` and the reader needs the change's source.
 */
export function datedChanges(side: SideKey, input: unknown): DatedChange[] {
  const out: DatedChange[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (Array.isArray(node) || node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.changes)) {
      for (const c of o.changes as Record<string, unknown>[]) {
        if (typeof c?.at !== 'string' || typeof c.value !== 'number') continue;
        const note = provenance(c) ?? provenance(o) ?? 'no source given';
        out.push({ side, at: c.at, path: path.join('.'), value: c.value, note });
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'changes') walk(v, [...path, k]);
  };
  walk(input, []);
  return out.sort((x, y) => x.at.localeCompare(y.at) || x.path.localeCompare(y.path));
}

function provenance(o: Record<string, unknown>): string | undefined {
  const parts = [typeof o.source === 'string' ? `source: ${o.source}` : '', typeof o.assumption === 'string' ? `assumption: ${o.assumption}` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** Changes grouped by month, each with the text its marker shows on hover. */
export function changeMarkers(changes: readonly DatedChange[]): { at: string; text: string }[] {
  const byMonth = new Map<string, string[]>();
  for (const c of changes) {
    const lines = byMonth.get(c.at) ?? [];
    lines.push(`${c.side.toUpperCase()}: ${c.path} → ${c.value} (${c.note})`);
    byMonth.set(c.at, lines);
  }
  return [...byMonth].map(([at, lines]) => ({ at, text: `${at}: ${lines.join('\n')}` }));
}
