import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { applySets } from '../../sim/scenario/setPath.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import type { Problem } from '../../sim/scenario/problems.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';

export interface LoadedInput {
  file: string;
  scenario: Scenario;
  /** The merged, edited input: what runs carry to workers. */
  input: Record<string, unknown>;
  chain: string[];
}

/** Reads a scenario file and what it extends, applies --years and --set, and validates it. */
export function loadInput(file: string, sets: readonly string[], years?: number): { loaded?: LoadedInput; problems: Problem[] } {
  const edits = years === undefined ? [...sets] : [...sets, `years=${years}`];
  const r = resolveScenario(
    resolve(file),
    {
      read: (f) => {
        try {
          return readFileSync(f, 'utf8');
        } catch {
          return undefined;
        }
      },
      join: (from, rel) => resolve(dirname(from), rel),
    },
    (input) => applySets(input, edits),
  );
  if (!r.scenario || !r.input) return { problems: r.problems.map((p) => ({ ...p, file: p.file === resolve(file) ? file : p.file })) };
  return { loaded: { file, scenario: r.scenario, input: r.input, chain: r.chain }, problems: [] };
}
