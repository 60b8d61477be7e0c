import { parameterInfo, type SchemaNode } from './parameterNode.ts';
import { scenarioJsonSchema } from './schema.ts';

let root: SchemaNode | undefined;

/**
 * Whether a path (["funding", "cycleMonths"]) names a parameter, read from the JSON Schema: a
 * parameter's node has a unit and takes a number or a { value } object. Other numbers (seed,
 * replicates, region weights) are plain.
 */
export function isParameterPath(keys: readonly string[]): boolean {
  root ??= scenarioJsonSchema() as SchemaNode;
  let node: SchemaNode | undefined = root;
  for (const key of keys) {
    node = child(node, key);
    if (!node) return false;
  }
  return parameterInfo(node) !== undefined;
}

function child(node: SchemaNode, key: string): SchemaNode | undefined {
  if (node.properties?.[key]) return node.properties[key];
  if (node.items && /^\d+$/.test(key)) return node.items;
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
    const found = child(branch, key);
    if (found) return found;
  }
  return undefined;
}
