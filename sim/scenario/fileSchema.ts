import type { SchemaNode } from './parameterNode.ts';

type Node = SchemaNode & Record<string, unknown>;

/**
 * The schema of one scenario *file*, from the schema of a merged scenario. A file may extend
 * another (sim/scenario/merge.ts), so any key outside a list may come from the file it extends:
 * objects merged key by key require nothing, and a tagged union (organisations) becomes `anyOf`,
 * since without its `mode` an object may fit either form. What a file cannot inherit stays
 * required: the items of lists (lists are replaced whole) and a parameter's `value` (a parameter
 * object replaces the one it overrides). Unknown keys, types and ranges are checked as before;
 * `capflow validate` checks that the merged whole is complete.
 */
export function fileSchema(merged: object): object {
  const root = partial(structuredClone(merged) as Node);
  // sim/scenario/resolve.ts: a file that extends another needs its own name.
  root.dependentRequired = { extends: ['name'] };
  return root;
}

/** Drops what a file may inherit, below `node` and down to (not into) lists. */
function partial(node: Node): Node {
  if (node.properties && !node.properties.value) delete node.required;
  for (const child of Object.values(node.properties ?? {})) partial(child as Node);
  for (const branch of node.anyOf ?? []) partial(branch as Node);
  if (node.oneOf) {
    node.anyOf = node.oneOf.map((b) => partial(b as Node));
    delete node.oneOf;
  }
  return node;
}
