import { editParameter, type EditWhen } from './editParameter.ts';
import { findEditTarget } from './editTarget.ts';
import type { ParameterInfo } from './parameterNode.ts';
import { YearMonth } from './param.ts';
import { shadowingChange } from './shadowingChange.ts';
import { jsonPath, type Problem } from './problems.ts';

/**
 * Applies `path=value` edits (the CLI's `--set` and `--years`, an experiment's points, the
 * playground's changed settings and share links) to a merged scenario input, before validation.
 *
 * Syntax:
 * - `path` is keys separated by single dots, list items by index: `funding.cycleMonths`,
 *   `regions.0.weight`. It must name a key the input has, an item its list has, or a key the
 *   schema knows there (an optional parameter left at its default). Empty keys (`a..b`, `.`),
 *   `length` or any other non-index on a list, and `__proto__`, `constructor`, `prototype` are
 *   refused, so an edit can neither grow a list nor create keys the scenario does not have.
 * - `value` is JSON (`36`, `true`, `"orchestrated"`, `[...]`), or else taken as a string.
 * - A parameter takes a number, in one of three forms:
 *   - `path=value` sets the base value and keeps the parameter's dated changes
 *     (`funding.cycleMonths=24` in uk-2026 still switches to 36 in 2026-04, so 24 holds in the
 *     warm-up); refused when a change is in force from the first simulated month, since the
 *     base value would then never apply;
 *   - `path=value@YYYY-MM` adds a dated change from that month, or replaces the one there;
 *   - `path=value@always` sets the value for the whole run and drops the dated changes.
 *   `path.value=…` is the same as `path=…`; other keys below a parameter are refused.
 *
 * A parameter's provenance says it was set by `origin` ("set on the command line", "set in the
 * playground", "varied by the experiment"), from which month, and which dated changes were kept or
 * dropped, so the manifest never passes an edited number off as sourced. Other values (seed, a
 * region's weight) are set as they are. Each refused edit is one problem, filed under
 * "`flag` `the edit`" with the JSON path at fault; a refused edit changes nothing.
 */
export function applySets(input: Record<string, unknown>, sets: readonly string[], origin = 'set on the command line', flag = '--set'): Problem[] {
  const problems: Problem[] = [];
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) {
      problems.push({ file: flag, path: set, message: 'expected path=value, e.g. funding.cycleMonths=36' });
      continue;
    }
    const refuse = (at: (string | number)[], message: string) => problems.push({ file: `${flag} ${set}`, path: jsonPath(at), message });
    const found = findEditTarget(input, set.slice(0, eq).split('.'));
    if ('refusal' in found) {
      refuse(found.refusal.at, found.refusal.reason);
      continue;
    }
    const { at, parameter } = found.target;
    const edited = parameter ? parameterValue(input, at, parameter, set.slice(eq + 1), origin) : plainValue(at, set.slice(eq + 1));
    if ('refusal' in edited) {
      refuse(at, edited.refusal);
      continue;
    }
    writeAt(input, at, edited.value);
  }
  return problems;
}

/**
 * Problems found at or below a path that an edit set are the edit's, not the file's: a bad
 * `--set funding.cycleMonths=-3` is reported against `--set funding.cycleMonths=-3`, so the user
 * does not go looking for it in a file that is fine.
 */
export function blameSets(problems: readonly Problem[], sets: readonly string[], flag = '--set'): Problem[] {
  const edited = sets
    .filter((set) => set.indexOf('=') > 0)
    .map((set) => ({ set, keys: set.slice(0, set.indexOf('=')).split('.') }))
    .filter(({ keys }) => !keys.includes(''))
    // `funding.cycleMonths.value=…` edits the whole parameter, changes included.
    .map(({ set, keys }) => ({ set, keys: keys.length > 1 && keys[keys.length - 1] === 'value' ? keys.slice(0, -1) : keys }))
    .map(({ set, keys }) => ({ set, at: jsonPath(keys.map((k) => (/^\d+$/.test(k) ? Number(k) : k))) }));
  return problems.map((p) => {
    const by = edited.find(({ at }) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`));
    return by ? { ...p, file: `${flag} ${by.set}` } : p;
  });
}

/** A parameter's node after `value`, `value@YYYY-MM` or `value@always`, or why it is refused. */
function parameterValue(input: Record<string, unknown>, at: readonly (string | number)[], parameter: ParameterInfo, text: string, origin: string): { value: unknown } | { refusal: string } {
  const dated = splitWhen(text);
  const value = parseValue(dated.value);
  if (typeof value !== 'number') return { refusal: `a parameter takes a number (value, value@YYYY-MM or value@always), got ${JSON.stringify(dated.value)}` };
  if (dated.when !== undefined && dated.when !== 'always' && !YearMonth.safeParse(dated.when).success) {
    return { refusal: `expected a month as value@YYYY-MM, or value@always, got "@${dated.when}"` };
  }
  const current = valueAt(input, at);
  const shadow = dated.when === undefined ? shadowingChange(input, changesOf(current)) : undefined;
  if (shadow) {
    return {
      refusal: `its dated change from ${shadow} is in force from the first simulated month, so a base value would never apply: ` +
        'write value@always for the whole run, or value@YYYY-MM for a change',
    };
  }
  return { value: editParameter(current, value, dated.when, origin, parameter) };
}

/** Any other value, as JSON or else as a string, or why it is refused. */
function plainValue(at: readonly (string | number)[], text: string): { value: unknown } | { refusal: string } {
  const value = parseValue(text);
  const dated = splitWhen(text);
  if (typeof value === 'string' && dated.when !== undefined && typeof parseValue(dated.value) === 'number') {
    return { refusal: `${jsonPath(at)} is not a parameter, so it takes no @YYYY-MM or @always` };
  }
  const unsafe = unsafeKeyIn(value);
  return unsafe ? { refusal: unsafe } : { value };
}

/** "36@2027-04" as value "36" from "2027-04"; "36" alone has no month. */
function splitWhen(text: string): { value: string; when: EditWhen } {
  const at = text.lastIndexOf('@');
  return at < 0 ? { value: text, when: undefined } : { value: text.slice(0, at), when: text.slice(at + 1) };
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Deeper than any scenario goes (about seven levels), so a value this deep is a mistake or an attack. */
const MAX_VALUE_DEPTH = 32;

/**
 * Why a JSON value may not be written into the scenario: a `__proto__` key (JSON.parse keeps it
 * as a plain key, which a later `obj[key]` turns into a prototype), or nesting past any scenario's.
 * Walks with its own stack, so deep nesting cannot overflow the call stack.
 */
function unsafeKeyIn(value: unknown): string | undefined {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_VALUE_DEPTH) return `the value is nested more than ${MAX_VALUE_DEPTH} levels deep`;
    for (const [k, child] of Object.entries(v)) {
      if (k === '__proto__') return 'the key "__proto__" is not allowed';
      stack.push({ v: child, depth: depth + 1 });
    }
  }
  return undefined;
}

function changesOf(parameter: unknown): { at: string }[] {
  const changes = parameter !== null && typeof parameter === 'object' ? (parameter as { changes?: unknown }).changes : undefined;
  return Array.isArray(changes) ? changes.filter((c): c is { at: string } => typeof c?.at === 'string') : [];
}

function valueAt(input: Record<string, unknown>, at: readonly (string | number)[]): unknown {
  let v: unknown = input;
  for (const k of at) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** Writes at a checked path, making the objects the schema knows but the input lacks. */
function writeAt(input: Record<string, unknown>, at: readonly (string | number)[], value: unknown): void {
  let node = input as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) {
    if (node[key] === undefined) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[at[at.length - 1]] = value;
}
