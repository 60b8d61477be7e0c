import { jsonPath, type Problem } from '../sim/scenario/problems.ts';

/**
 * Edits that address a list item the list does not have, or a list's `length`, or any other key
 * on a list. Assigning `regions.length=1000000` (or `regions.999999.name=x`) to a JavaScript array
 * makes it a million empty slots, and validating and listing a problem for each froze the page for
 * over a minute, so the playground refuses these before applying any edit. Edits that name a key
 * an object lacks stay allowed here: an optional parameter left at its default is edited that way,
 * and a new key cannot make anything large.
 */
export function listEditProblems(input: unknown, args: readonly string[], flag: string): Problem[] {
  const problems: Problem[] = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) continue;
    const keys = arg.slice(0, eq).split('.').filter(Boolean);
    let node: unknown = input;
    const at: (string | number)[] = [];
    for (const key of keys) {
      if (Array.isArray(node)) {
        const index = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
        if (index < 0 || index >= node.length) {
          const message = index < 0 ? `“${key.slice(0, 40)}” is not an item of this list` : `this list has ${node.length} item${node.length === 1 ? '' : 's'}, so there is no item ${key.slice(0, 40)}`;
          problems.push({ file: `${flag} ${arg.slice(0, 200)}`, path: jsonPath(at), message: `${message}; an edit may change an item but not add one or change the list's length` });
          break;
        }
        at.push(index);
        node = node[index];
      } else {
        at.push(key);
        node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
      }
    }
  }
  return problems;
}
