import { parseScenarioJson } from '../../sim/scenario/parseJson.ts';

/**
 * Every distinct `source` string in scenario files, with the files and paths that use it. Sources
 * that say "illustrative" (regional cases' establishments) are counted apart: they are assumptions.
 */
export function scenarioSources(files: readonly { file: string; text: string }[]): { sources: Map<string, string[]>; illustrative: number } {
  const sources = new Map<string, string[]>();
  let illustrative = 0;
  const visit = (v: unknown, file: string, path: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, file, `${path}[${i}]`));
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'source' && typeof x === 'string') {
        if (x.startsWith('illustrative')) illustrative++;
        else {
          if (!sources.has(x)) sources.set(x, []);
          sources.get(x)!.push(`${file}:${path || '$'}`);
        }
      } else visit(x, file, path ? `${path}.${k}` : k);
    }
  };
  for (const { file, text } of files) {
    const parsed = parseScenarioJson(file, text);
    if (parsed.problems.length === 0) visit(parsed.value, file, '');
  }
  return { sources, illustrative };
}
