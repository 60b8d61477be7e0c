import { getNodePath, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { jsonPath, type Problem } from './problems.ts';

/**
 * Parses scenario JSON strictly (no comments, no trailing commas), reporting every syntax error
 * with line and column, and refusing `__proto__` keys before anything merges the tree.
 * jsonc-parser gives offsets consistently in every runtime (V8's JSON.parse messages do not), and
 * its syntax tree shows keys as written: its own object builder assigns `obj[key]`, which turns a
 * "__proto__" key into a prototype, so values are built by JSON.parse, which keeps it a plain key.
 */
export function parseScenarioJson(file: string, text: string): { value?: unknown; problems: Problem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    const found = errors.length > 0 ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError];
    return {
      problems: found.map((e) => {
        const { line, column } = lineColumn(text, e.offset);
        return { file, path: `line ${line}, column ${column}`, message: `invalid JSON: ${printParseErrorCode(e.error)}` };
      }),
    };
  }
  const problems: Problem[] = [];
  findProtoKeys(tree, (path) => problems.push({ file, path: jsonPath(path), message: 'the key "__proto__" is not allowed' }));
  return problems.length > 0 ? { problems } : { value: JSON.parse(text), problems };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function findProtoKeys(node: Node, report: (path: (string | number)[]) => void): void {
  if (node.type === 'property' && node.children?.[0]?.value === '__proto__') report(getNodePath(node.children[0]));
  for (const child of node.children ?? []) findProtoKeys(child, report);
}
