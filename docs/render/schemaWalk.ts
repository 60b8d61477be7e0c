/**
 * Reads the scenario JSON Schema (scenarioJsonSchema() in sim/scenario/schema.ts) into rows for the
 * documentation. A parameter is a node made by `param()` (sim/scenario/param.ts): it carries a unit
 * and an `anyOf` whose first branch is the bare number with its minimum and maximum; description,
 * unit, default and the default's source or assumption sit on the node itself. Every other leaf
 * (a string, switch, choice or plain number) is a setting. Nothing here lists parameter names.
 */
import { YEAR_MONTH_PATTERN } from '../../sim/scenario/param.ts';
import { parameterInfo, type ParameterInfo, type SchemaNode } from '../../sim/scenario/parameterNode.ts';

export type { SchemaNode };

/** A parameter as the documentation lists it: what its schema node says, and where it sits. */
export interface ParameterRow extends ParameterInfo {
  /** Dotted path as `--set` and `--vary` take it. */
  path: string;
  /** When the parameter only applies in one branch of a union, e.g. "organisations.mode = generate". */
  condition?: string;
}

export interface SettingRow {
  path: string;
  description?: string;
  /** Human-readable type: "string", "integer in [1, 12]", "`voluntary` | `orchestrated`", ... */
  type: string;
  default?: unknown;
  required: boolean;
  condition?: string;
}

export interface SchemaRows {
  parameters: ParameterRow[];
  settings: SettingRow[];
}

function typeOf(node: SchemaNode): string {
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(' | ');
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (node.type === 'array' && node.items && node.items.prefixItems) {
    return `list of [${node.items.prefixItems.map((p) => p.type ?? 'value').join(', ')}]`;
  }
  const lo = node.minimum;
  const hi = node.maximum;
  const range = lo !== undefined && hi !== undefined ? ` in [${lo}, ${hi}]` : lo !== undefined ? ` ≥ ${lo}` : hi !== undefined ? ` ≤ ${hi}` : '';
  if (node.pattern === YEAR_MONTH_PATTERN.source) return 'month "YYYY-MM" from 1900-01 to 2200-12';
  if (node.type === 'string' && node.maxLength !== undefined) return `string of at most ${node.maxLength} characters`;
  return `${node.type ?? 'value'}${range}`;
}

/** The property every branch of a union fixes to a constant (zod's discriminated union). */
function discriminator(branches: SchemaNode[]): string | undefined {
  const first = branches[0]?.properties;
  if (!first) return undefined;
  return Object.keys(first).find((k) => branches.every((b) => b.properties?.[k]?.const !== undefined));
}

/** Walks the whole scenario schema: parameters and settings, in the schema's own key order. */
export function walkSchema(schema: SchemaNode): SchemaRows {
  const rows: SchemaRows = { parameters: [], settings: [] };
  visit(schema, '', true, undefined, rows);
  return rows;
}

function visit(node: SchemaNode, path: string, required: boolean, condition: string | undefined, rows: SchemaRows): void {
  const info = parameterInfo(node);
  if (info) {
    rows.parameters.push(condition ? { path, ...info, condition } : { path, ...info });
    return;
  }
  if (node.oneOf) {
    const key = discriminator(node.oneOf);
    if (key === undefined) throw new Error(`docs: cannot document the union at ${path || '(root)'}: no discriminating property`);
    const values = node.oneOf.map((b) => b.properties![key].const);
    rows.settings.push({
      path: join(path, key),
      type: values.map((v) => `\`${String(v)}\``).join(' | '),
      description: `Which form ${path} takes; the rows marked "${join(path, key)} = …" apply to one form only`,
      required,
      condition,
    });
    for (const branch of node.oneOf) {
      const c = `${join(path, key)} = ${String(branch.properties![key].const)}`;
      visitObject(branch, path, condition ? `${condition}; ${c}` : c, rows, key);
    }
    return;
  }
  if (node.type === 'object' && node.properties) {
    visitObject(node, path, condition, rows);
    return;
  }
  if (node.type === 'array' && node.items && !node.items.prefixItems && node.items.type === 'object') {
    visitObject(node.items, `${path}[]`, condition, rows);
    return;
  }
  const row: SettingRow = { path, type: typeOf(node), required: required && node.default === undefined };
  if (node.description) row.description = node.description;
  if (node.default !== undefined) row.default = node.default;
  if (condition) row.condition = condition;
  rows.settings.push(row);
}

function visitObject(node: SchemaNode, path: string, condition: string | undefined, rows: SchemaRows, skip?: string): void {
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (key === skip) continue;
    visit(child, join(path, key), required.has(key), condition, rows);
  }
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
