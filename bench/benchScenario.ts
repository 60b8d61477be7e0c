// The scenario a kernel bench runs: the file as capflow loads it, for exactly the simulated years
// asked for. The warm-up is switched off, so the figure is the cost of N simulated years. A file
// with problems ends the bench process with them, as the CLI would print them.
import { resolve } from 'node:path';
import { loadScenario } from '../cli/scenarioLoader.ts';
import type { Scenario } from '../sim/scenario/schema.ts';

export function benchScenario(file: string, yearsArg: string | undefined): Scenario {
  const resolved = loadScenario(resolve(file));
  if (!resolved.scenario) {
    console.error(resolved.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
    process.exit(1);
  }
  return {
    ...resolved.scenario,
    years: { ...resolved.scenario.years, value: Number(yearsArg ?? resolved.scenario.years.value) },
    warmUpYears: { ...resolved.scenario.warmUpYears, value: 0 },
  };
}
