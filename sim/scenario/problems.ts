import type { z } from 'zod';
import { printable } from './text.ts';

/** One problem in a scenario file: where (file and JSON path) and why. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export class ScenarioError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** One line per problem: keys and values echoed from the file have their control characters escaped. */
export function formatProblem(p: Problem): string {
  return `${printable(p.file)}: ${printable(p.path) || '(top level)'}: ${printable(p.message)}`;
}

/** JSON path in the `$.a.b[2]` form that jq users and editors recognise. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
}

/**
 * Flattens zod issues into problems. A parameter is a union of a bare number and an object; when
 * neither fits, report the branch that matches what the file wrote, not both.
 */
export function problemsFromZod(file: string, issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const value = valueAt(input, issue.path);
      const branch = issue.errors.find((b) => !b.some((e) => e.code === 'invalid_type' && e.path.length === 0)) ?? issue.errors[0];
      const nested = branch.map((e) => ({ ...e, path: [...issue.path, ...e.path] })) as z.core.$ZodIssue[];
      if (typeof value === 'object' && value !== null) {
        out.push(...problemsFromZod(file, nested, input));
        continue;
      }
      out.push({ file, path: jsonPath(issue.path), message: `expected a number or an object with "value", got ${describe(value)}` });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ file, path: jsonPath([...issue.path, key]), message: 'unknown key' });
      continue;
    }
    out.push({ file, path: jsonPath(issue.path), message: issue.message });
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  return typeof v === 'string' ? `the string ${JSON.stringify(v)}` : JSON.stringify(v);
}
