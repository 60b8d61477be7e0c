import { findEditTarget } from '../scenario/editTarget.ts';

/**
 * The value a varied parameter has in the scenario itself, as its factor name addresses it: for
 * `path`, the value before its dated changes (what `--set path=v` replaces); for `path@always`,
 * the value in force at the scenario's start (so a change made at the start, as uk-2026's switch
 * of funding.cycleMonths to 36, counts); for `path@YYYY-MM`, the value in force in that month (the
 * last change at or before it, else the base value). Undefined when the path names no number. A
 * one-at-a-time design holds the factors it is not varying at these values; `@always` then also
 * drops their later dated changes (docs/ODD.md §4.11).
 */
export function scenarioValue(input: Record<string, unknown>, name: string): number | undefined {
  const at = name.lastIndexOf('@');
  const path = at < 0 ? name : name.slice(0, at);
  const when = at < 0 ? undefined : name.slice(at + 1);
  const found = findEditTarget(input, path.split('.'));
  if (!('target' in found)) return undefined;
  let node: unknown = input;
  for (const key of found.target.at) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  if (node === undefined && found.target.parameter) return found.target.parameter.default;
  if (typeof node === 'number') return node;
  if (node === null || typeof node !== 'object') return undefined;
  const param = node as { value?: unknown; changes?: { at: string; value: number }[] };
  if (typeof param.value !== 'number') return undefined;
  const month = when === 'always' ? input.start : when;
  if (typeof month !== 'string') return param.value;
  // Months as YYYY-MM compare in calendar order as strings.
  const inForce = (param.changes ?? []).filter((c) => c.at <= month).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return inForce.length > 0 ? inForce[inForce.length - 1].value : param.value;
}
