import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { jsonShapeAt } from './jsonShape.ts';
import { MAX_JSON_DEPTH } from './limits.ts';
import { jsonPath, type Problem } from './problems.ts';

/**
 * Parses scenario JSON strictly (no comments, no trailing commas), reporting every syntax error
 * with line and column, and refusing before anything merges the tree: nesting deeper than
 * MAX_JSON_DEPTH (checked on the text, before a recursive parser sees it), `__proto__` keys and a
 * key written twice in one object (JSON.parse would keep the last silently).
 * jsonc-parser gives offsets consistently in every runtime (V8's JSON.parse messages do not), and
 * its syntax tree shows keys as written: its own object builder assigns `obj[key]`, which turns a
 * "__proto__" key into a prototype, so values are built by JSON.parse, which keeps it a plain key.
 * Pure (no Node APIs): the playground parses share links with it too.
 */
export function parseScenarioJson(file: string, text: string): { value?: unknown; problems: Problem[] } {
  const at = lineColumns(text);
  const deep = jsonShapeAt(text, MAX_JSON_DEPTH)?.at;
  if (deep !== undefined) {
    const { line, column } = at(deep);
    return { problems: [{ file, path: `line ${line}, column ${column}`, message: `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects` }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    const found = errors.length > 0 ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError];
    return {
      problems: found.map((e) => {
        const { line, column } = at(e.offset);
        return { file, path: `line ${line}, column ${column}`, message: `invalid JSON: ${printParseErrorCode(e.error)}` };
      }),
    };
  }
  const problems = keyProblems(file, tree, at);
  return problems.length > 0 ? { problems } : { value: JSON.parse(text), problems };
}

/** `__proto__` keys and duplicate keys, object by object; a loop with its own stack, not recursion. */
function keyProblems(file: string, tree: Node, at: (offset: number) => { line: number; column: number }): Problem[] {
  const problems: Problem[] = [];
  const where = (node: Node) => {
    const { line, column } = at(node.offset);
    return `line ${line}, column ${column}`;
  };
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: tree, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    const children: { node: Node; path: (string | number)[] }[] = [];
    if (node.type === 'object') {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const [keyNode, value] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const keyPath = [...path, key];
        if (key === '__proto__') problems.push({ file, path: jsonPath(keyPath), message: 'the key "__proto__" is not allowed' });
        const first = seen.get(key);
        if (first) {
          problems.push({ file, path: jsonPath(keyPath), message: `duplicate key "${key}" at ${where(first)} and ${where(keyNode)}: a key may appear once` });
        } else seen.set(key, keyNode);
        if (value) children.push({ node: value, path: keyPath });
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((item, i) => children.push({ node: item, path: [...path, i] }));
    }
    // Pushed last-first so the first child is handled next; a loop, since spreading a long array overflows too.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return problems;
}

/** Line and column (both from 1) of an offset, from line starts found once. */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
