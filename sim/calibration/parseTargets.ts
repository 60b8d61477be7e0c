import { parseScenarioJson } from '../scenario/parseJson.ts';
import { problemsFromZod, type Problem } from '../scenario/problems.ts';
import { TargetsSchema, type Targets } from './targetsSchema.ts';

/**
 * Reads a targets file as scenario files are read (sim/scenario/parseJson.ts: strict JSON,
 * duplicate and `__proto__` keys refused, depth limited), then checks it against TargetsSchema.
 * Every problem is returned, each with the file, a JSON path and the reason. Pure: the CLI reads
 * the file, this only looks at its text.
 */
export function parseTargets(file: string, text: string): { targets?: Targets; problems: Problem[] } {
  const json = parseScenarioJson(file, text);
  if (json.problems.length > 0) return { problems: json.problems };
  const parsed = TargetsSchema.safeParse(json.value);
  if (!parsed.success) return { problems: problemsFromZod(file, parsed.error.issues, json.value) };
  return { targets: parsed.data, problems: [] };
}
