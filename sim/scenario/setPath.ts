import { isParameterPath } from './parameterPath.ts';
import { jsonPath, type Problem } from './problems.ts';

/**
 * Applies `path=value` edits (the CLI's `--set`, the playground's changed parameters) to a merged
 * scenario input. A parameter's value is replaced and its provenance says it was set by hand, so
 * the manifest never passes an edited number off as sourced; other numbers (seed, a region's
 * weight) are set as they are.
 */
export function applySets(input: Record<string, unknown>, sets: readonly string[], origin = 'set on the command line'): Problem[] {
  const problems: Problem[] = [];
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) {
      problems.push({ file: '--set', path: set, message: 'expected path=value, e.g. funding.cycleMonths=36' });
      continue;
    }
    const keys = set.slice(0, eq).split('.').filter(Boolean);
    const value = parseValue(set.slice(eq + 1));
    if (keys.some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')) {
      problems.push({ file: '--set', path: set.slice(0, eq), message: 'path not allowed' });
      continue;
    }
    let node: Record<string, unknown> = input;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      if (next === undefined) node[key] = {};
      else if (next === null || typeof next !== 'object') {
        problems.push({ file: '--set', path: set.slice(0, eq), message: `"${key}" is not an object` });
        node = {};
        break;
      }
      node = node[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    node[last] = typeof value === 'number' && isParameterPath(keys) ? { value, assumption: origin } : value;
  }
  return problems;
}

/**
 * Problems found at or below a path that an edit set are the edit's, not the file's: a bad
 * `--set funding.cycleMonths=-3` is reported against `--set funding.cycleMonths=-3`, so the user
 * does not go looking for it in a file that is fine.
 */
export function blameSets(problems: readonly Problem[], sets: readonly string[], flag = '--set'): Problem[] {
  const edited = sets
    .filter((set) => set.indexOf('=') > 0)
    .map((set) => ({ set, at: jsonPath(set.slice(0, set.indexOf('=')).split('.').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k))) }));
  return problems.map((p) => {
    const by = edited.find(({ at }) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`));
    return by ? { ...p, file: `${flag} ${by.set}` } : p;
  });
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
