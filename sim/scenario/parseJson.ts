import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { jsonPath, type Problem } from './problems.ts';

/**
 * Parses scenario JSON strictly (no comments, no trailing commas), reporting every syntax error
 * with line and column, and refusing `__proto__` keys before anything merges the tree.
 * jsonc-parser gives offsets consistently in every runtime; V8's JSON.parse messages do not.
 */
export function parseScenarioJson(file: string, text: string): { value?: unknown; problems: Problem[] } {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    return {
      problems: errors.map((e) => {
        const { line, column } = lineColumn(text, e.offset);
        return { file, path: `line ${line}, column ${column}`, message: `invalid JSON: ${printParseErrorCode(e.error)}` };
      }),
    };
  }
  const problems: Problem[] = [];
  findProtoKeys(value, [], (path) => problems.push({ file, path: jsonPath(path), message: 'the key "__proto__" is not allowed' }));
  return problems.length > 0 ? { problems } : { value, problems };
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

function findProtoKeys(v: unknown, path: PropertyKey[], report: (path: PropertyKey[]) => void): void {
  if (Array.isArray(v)) v.forEach((item, i) => findProtoKeys(item, [...path, i], report));
  else if (v !== null && typeof v === 'object') {
    for (const key of Object.keys(v)) {
      if (key === '__proto__') report([...path, key]);
      else findProtoKeys((v as Record<string, unknown>)[key], [...path, key], report);
    }
  }
}
