import { closestKeys } from './closestKeys.ts';
import { parameterInfo, type ParameterInfo, type SchemaNode } from './parameterNode.ts';
import { jsonPath } from './problems.ts';
import { scenarioJsonSchema } from './schema.ts';

/** Keys that reach an object's prototype rather than the scenario. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An array index as JSON writes it: "0", "12", never "01", "1e1" or "length". */
const INDEX = /^(0|[1-9]\d*)$/;

/** Where an edit lands: its JSON path (indices as numbers), and the parameter it names, if any. */
export interface EditTarget {
  at: (string | number)[];
  parameter?: ParameterInfo;
}

/** Why an edit's path is refused, and the part of the path at fault. */
export interface EditRefusal {
  at: (string | number)[];
  reason: string;
}

let root: SchemaNode | undefined;

/**
 * Follows an edit's keys through the merged input and the scenario's JSON Schema together. An
 * edit may address a key the input has, an item the input's list has, or a key the schema knows
 * at that place (an optional parameter left at its default); nothing else. Without that rule a
 * path creates whatever it names: `regions.length=1000000` grew a list to a million empty slots,
 * and `no.such.path=1` was reported as a mistake in the scenario file. Keys below a parameter are
 * refused except a final `value`, which names the parameter itself (its `changes`, `source` and
 * `assumption` are written by the edit, so that provenance stays honest).
 */
export function findEditTarget(input: Record<string, unknown>, keys: readonly string[]): { target: EditTarget } | { refusal: EditRefusal } {
  root ??= scenarioJsonSchema() as SchemaNode;
  let value: unknown = input;
  let schema: SchemaNode | undefined = root;
  const at: (string | number)[] = [];
  const refuse = (reason: string, key?: string | number) => ({ refusal: { at: key === undefined ? [...at] : [...at, key], reason } });
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === '') return refuse('empty key in the path: keys are separated by single dots, e.g. funding.cycleMonths');
    if (PROTOTYPE_KEYS.has(key)) return refuse(`the key "${key}" is not allowed`, key);
    const parameter = schema && parameterInfo(schema);
    if (parameter) {
      if (key === 'value' && i === keys.length - 1) return { target: { at, parameter } };
      const name = keys.slice(0, i).join('.');
      return refuse(`${jsonPath(at)} is a parameter: set it as ${name}=value, ${name}=value@YYYY-MM for a change from that month, or ${name}=value@always to drop its dated changes`, key);
    }
    if (Array.isArray(value)) {
      if (!INDEX.test(key) || Number(key) >= value.length) {
        const items = value.length === 0 ? 'it has no items' : `address an item by its index, 0 to ${value.length - 1}`;
        return refuse(`${jsonPath(at)} is a list of ${value.length}; ${items}`, INDEX.test(key) ? Number(key) : key);
      }
      const index = Number(key);
      schema = schema && itemSchema(schema, index);
      value = value[index];
      at.push(index);
      continue;
    }
    if (value !== undefined && (value === null || typeof value !== 'object')) {
      return refuse(`${jsonPath(at)} is ${JSON.stringify(value)}, which has no keys`, key);
    }
    const own = value as Record<string, unknown> | undefined;
    const branch = schema && pickBranch(schema, own);
    const known = branch && childSchema(branch, key);
    if (own !== undefined && Object.hasOwn(own, key)) {
      value = own[key];
      schema = known;
      at.push(key);
      continue;
    }
    if (!known) {
      if (branch && isList(branch)) return refuse(`${jsonPath(at)} is not in the scenario, and a list cannot be made item by item`, key);
      if (branch && !branch.properties) return refuse(`${jsonPath(at)} holds a single value, which has no keys`, key);
      const like = closestKeys(key, [...Object.keys(own ?? {}), ...Object.keys(branch?.properties ?? {})]);
      const hint = like.length > 0 ? ` (did you mean ${like.map((k) => `"${k}"`).join(' or ')}?)` : '';
      return refuse(`no such key in the scenario${hint}`, key);
    }
    value = undefined;
    schema = known;
    at.push(key);
  }
  const parameter = schema && parameterInfo(schema);
  return { target: parameter ? { at, parameter } : { at } };
}

function childSchema(node: SchemaNode, key: string): SchemaNode | undefined {
  return node.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
}

function itemSchema(node: SchemaNode, index: number): SchemaNode | undefined {
  return node.prefixItems?.[index] ?? (node.items || undefined);
}

function isList(node: SchemaNode): boolean {
  return node.type === 'array' || node.items !== undefined || node.prefixItems !== undefined;
}

/**
 * The branch of a union (organisations generated or listed) that the input is in, told by the
 * branch's constant keys (`mode`). With no input yet, every branch's keys are offered.
 */
function pickBranch(node: SchemaNode, value: Record<string, unknown> | undefined): SchemaNode {
  const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? [])].map((b) => pickBranch(b, value));
  if (branches.length === 0) return node;
  const matching = branches.find((b) => {
    const constants = Object.entries(b.properties ?? {}).filter(([, p]) => p.const !== undefined);
    return value !== undefined && constants.length > 0 && constants.every(([k, p]) => value[k] === p.const);
  });
  if (matching) return matching;
  return { properties: Object.assign({}, ...branches.map((b) => b.properties ?? {})) };
}
