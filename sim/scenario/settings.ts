/**
 * A scenario's editable settings (the playground's panel, `capflow params`), read from the scenario JSON Schema (scenarioJsonSchema()) so
 * that names, descriptions, units, ranges and default provenance have exactly one definition: the
 * zod schema. Nothing here lists parameter names.
 */
import { parameterInfo, type SchemaNode } from './parameterNode.ts';

export type { SchemaNode };

interface Common {
  /** Dotted path, as `--set` takes it. */
  path: string;
  /** Enclosing object keys, outermost first: the panel's sections. */
  section: string[];
  key: string;
  description: string;
}

/** A model parameter: a number with a range and provenance (`param()` in sim/scenario/param.ts). */
export interface NumberSetting extends Common {
  kind: 'number';
  unit: string;
  min: number;
  max: number;
  integer: boolean;
  /** The schema's default and its provenance, when the parameter has one. */
  default?: number;
  defaultSource?: string;
  defaultAssumption?: string;
}

/** A switch or a choice (an instrument's `enabled`, its `selection` mode). */
export interface ChoiceSetting extends Common {
  kind: 'boolean' | 'enum';
  options: readonly (string | boolean)[];
  default?: string | boolean;
}

export type Setting = NumberSetting | ChoiceSetting;

/**
 * Every setting the playground can edit through `--set` for a scenario: its parameters, switches
 * and choices. Plain numbers that are not parameters (seed, grades, calendar month) are left out:
 * `applySets` would wrap them as parameters, which the schema refuses.
 * `scenario` (resolved or merged input) picks the branch of unions such as `organisations.mode`.
 */
export function settingsOf(schema: SchemaNode, scenario: unknown): Setting[] {
  const out: Setting[] = [];
  walk(schema, scenario, [], out);
  return out;
}

function walk(node: SchemaNode, value: unknown, path: string[], out: Setting[]): void {
  const branch = pickBranch(node, value);
  if (branch !== node) return walk({ ...branch, description: branch.description ?? node.description }, value, path, out);
  const key = path[path.length - 1];
  const common = () => ({ path: path.join('.'), section: path.slice(0, -1), key, description: node.description ?? '' });
  const info = parameterInfo(node);
  if (info) {
    out.push({
      kind: 'number',
      ...common(),
      unit: info.unit,
      min: info.min,
      max: info.max,
      integer: info.integer,
      ...(info.default !== undefined ? { default: info.default, defaultSource: info.source, defaultAssumption: info.assumption } : {}),
    });
    return;
  }
  if (node.type === 'boolean' && path.length > 0) {
    out.push({ kind: 'boolean', ...common(), options: [true, false], ...(typeof node.default === 'boolean' ? { default: node.default } : {}) });
    return;
  }
  if (node.type === 'string' && node.enum && path.length > 0) {
    out.push({ kind: 'enum', ...common(), options: node.enum.map(String), ...(typeof node.default === 'string' ? { default: node.default } : {}) });
    return;
  }
  if (node.type === 'object' && node.properties) {
    for (const [k, child] of Object.entries(node.properties)) {
      const v = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[k] : undefined;
      walk(child, v, [...path, k], out);
    }
  }
}

/** For a discriminated union (oneOf of objects with a `const` tag), the branch the value takes. */
function pickBranch(node: SchemaNode, value: unknown): SchemaNode {
  const branches = node.oneOf ?? (node.anyOf?.every((b) => b.type === 'object') ? node.anyOf : undefined);
  if (!branches || value === null || typeof value !== 'object') return node;
  const v = value as Record<string, unknown>;
  const match = branches.find((b) =>
    Object.entries(b.properties ?? {}).some(([k, p]) => p.const !== undefined && v[k] === p.const),
  );
  return match ?? node;
}

/** "cycleMonths" → "Cycle months"; "centralToLocal" → "Central to local". */
export function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A resolved parameter as the kernel sees it (`Param` in sim/scenario/param.ts). */
export interface ParamValue {
  value: number;
  changes: { at: string; value: number }[];
  source?: string;
  assumption?: string;
}

/** The value at a dotted path of a resolved scenario. */
export function valueAtPath(scenario: unknown, path: string): unknown {
  let v: unknown = scenario;
  for (const k of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** The plain value of a setting in a resolved scenario: a parameter's number, or the switch/choice. */
export function currentValue(scenario: unknown, path: string): number | string | boolean | undefined {
  const v = valueAtPath(scenario, path);
  if (v !== null && typeof v === 'object' && 'value' in v) return (v as ParamValue).value;
  return v as number | string | boolean | undefined;
}
