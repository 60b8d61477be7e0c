import type { ParameterInfo } from './parameterNode.ts';

/**
 * When an edited parameter value applies: `undefined` for the base value (dated changes kept),
 * a month "YYYY-MM" for a dated change from that month, or "always" for the whole run (dated
 * changes dropped).
 */
export type EditWhen = undefined | 'always' | string;

interface DatedChange {
  at: string;
  value: unknown;
  source?: string;
  assumption?: string;
}

/**
 * A parameter node after an edit, written as a scenario file would write it. The edit never
 * changes the scenario's meaning unsaid: a base value keeps the parameter's dated changes (uk-2026
 * still switches to multi-year settlements in 2026-04 when `funding.cycleMonths` is swept), and
 * the assumption text says what was set, by whom (`origin`), from when, and what was kept or
 * dropped, so the manifest records it. A base value loses the old `source`, which described the
 * old number; a dated change leaves the base value and its provenance as they were.
 */
export function editParameter(current: unknown, value: number, when: EditWhen, origin: string, info: ParameterInfo): Record<string, unknown> {
  const node = asNode(current, info);
  const changes = Array.isArray(node.changes) ? (node.changes as DatedChange[]) : [];
  if (when === undefined) {
    if (changes.length === 0) return { value, assumption: origin };
    return { value, assumption: `${origin}; dated changes kept (${listChanges(changes)})`, changes };
  }
  if (when === 'always') {
    if (changes.length === 0) return { value, assumption: origin };
    return { value, assumption: `${origin} for the whole run; dated changes dropped (${listChanges(changes)})` };
  }
  const replaced = changes.find((c) => c.at === when);
  const kept = changes.filter((c) => c.at !== when);
  const dated = [...kept, { at: when, value, assumption: origin }].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const note = `from ${when}: ${value}, ${origin}${replaced ? ` (replacing ${JSON.stringify(replaced.value)})` : ''}`;
  const assumption = typeof node.assumption === 'string' && node.assumption !== '' ? `${node.assumption}; ${note}` : note;
  return { ...node, assumption, changes: dated };
}

/** The parameter as an object: a bare number as { value }, an absent one as its schema default. */
function asNode(current: unknown, info: ParameterInfo): Record<string, unknown> {
  if (typeof current === 'number') return { value: current };
  if (current !== null && typeof current === 'object' && !Array.isArray(current)) return { ...(current as Record<string, unknown>) };
  if (current === undefined && info.default !== undefined) {
    return { value: info.default, ...(info.source ? { source: info.source } : {}), ...(info.assumption ? { assumption: info.assumption } : {}) };
  }
  return {};
}

function listChanges(changes: readonly DatedChange[]): string {
  return changes.map((c) => `${c.at}: ${JSON.stringify(c.value)}`).join(', ');
}
