// Runs one scenario for the benchmark in a fresh process, so peak memory belongs to that run alone,
// and prints one JSON line of figures.
import { benchScenario } from './benchScenario.ts';
import { runReplicate } from '../sim/model/run.ts';

const [file, yearsArg] = process.argv.slice(2);
const scenario = benchScenario(file, yearsArg);
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
