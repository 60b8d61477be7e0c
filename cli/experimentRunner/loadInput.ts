import type { Problem } from '../../sim/scenario/problems.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { loadScenario } from '../scenarioLoader.ts';

export interface LoadedInput {
  file: string;
  scenario: Scenario;
  /** The merged, edited input: what runs carry to workers. */
  input: Record<string, unknown>;
  chain: string[];
}

/** Reads a scenario file and what it extends, applies --set and then --years, and validates it. */
export function loadInput(file: string, sets: readonly string[], years?: number): { loaded?: LoadedInput; problems: Problem[] } {
  const r = loadScenario(file, years === undefined ? sets : [...sets, `years=${years}`]);
  if (!r.scenario || !r.input) return { problems: r.problems };
  return { loaded: { file, scenario: r.scenario, input: r.input, chain: r.chain }, problems: [] };
}
