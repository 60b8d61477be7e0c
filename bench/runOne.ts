// Runs one scenario for the benchmark in a fresh process, so peak memory belongs to that run alone,
// and prints one JSON line of figures.
import { resolve } from 'node:path';
import { loadScenario } from '../cli/scenarioLoader.ts';
import { runReplicate } from '../sim/model/run.ts';

const [file, yearsArg] = process.argv.slice(2);
const resolved = loadScenario(resolve(file));
if (!resolved.scenario) {
  console.error(resolved.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
  process.exit(1);
}
// Exactly the simulated years asked for: the scenario's warm-up is switched off, so the figure is
// the cost of N simulated years.
const scenario = {
  ...resolved.scenario,
  years: { ...resolved.scenario.years, value: Number(yearsArg ?? resolved.scenario.years.value) },
  warmUpYears: { ...resolved.scenario.warmUpYears, value: 0 },
};
const started = performance.now();
let officials = 0;
let ticks = 0;
const sim = runReplicate(scenario, { onTick: (t) => (ticks = t) });
officials = sim.world.off.count;
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({
  scenario: scenario.name,
  officials,
  ticks,
  seconds,
  agentTicksPerSecond: (officials * ticks) / seconds,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
}));
