// Runs one scaled copy of a scenario in a fresh process and prints one JSON line: the kernel's
// time per simulated month at that scale. `npx tsx bench/scaledRunOne.ts FILE YEARS STAFF PLACES`
// multiplies every tier's organisations.<tier>.totalStaff by STAFF and every
// programme.instruments.<instrument>.placesPerYear.<direction> by PLACES, through the same
// `--set` edits the command line takes (`capflow params` lists the paths), so the copy is
// validated like any scenario. Only Simulation.step is timed, in wall and CPU time: building the
// world and observing metrics are outside it, so the figure is the cost of one month of the model.
import { resolve } from 'node:path';
import { loadScenario } from '../cli/scenarioLoader.ts';
import { observe } from '../sim/model/run.ts';
import { Simulation } from '../sim/model/simulation.ts';
import { scenarioJsonSchema } from '../sim/scenario/schema.ts';
import { currentValue, settingsOf, type SchemaNode } from '../sim/scenario/settings.ts';
import { quantileSorted } from '../sim/stats/quantileSorted.ts';

const [file, yearsArg, staffArg, placesArg] = process.argv.slice(2);
const staffFactor = Number(staffArg ?? 1);
const placesFactor = Number(placesArg ?? 1);

const base = loadScenario(resolve(file));
if (!base.scenario) fail(base.problems);
const edits = settingsOf(scenarioJsonSchema() as SchemaNode, base.scenario).flatMap((s) => {
  const factor = /^organisations\.[a-z]+\.totalStaff$/.test(s.path)
    ? staffFactor
    : /^programme\.instruments\.[a-zA-Z]+\.placesPerYear\.[a-zA-Z]+$/.test(s.path)
      ? placesFactor
      : 1;
  const value = currentValue(base.scenario, s.path);
  return factor === 1 || typeof value !== 'number' || value === 0 ? [] : [`${s.path}=${Math.round(value * factor)}`];
});
const scaled = loadScenario(resolve(file), [...edits, `years=${yearsArg ?? 1}`, 'warmUpYears=0']);
if (!scaled.scenario) fail(scaled.problems);

const sim = new Simulation(scaled.scenario);
const msPerTick: number[] = [];
// CPU time as well as wall time: on a busy machine the wall figure mostly measures waiting for a core.
const cpuMsPerTick: number[] = [];
let placementsStarted = 0;
while (!sim.done) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  sim.step();
  const used = process.cpuUsage(cpu);
  msPerTick.push(performance.now() - started);
  cpuMsPerTick.push((used.user + used.system) / 1000);
  for (const row of observe(sim, ['placementsStarted'])) placementsStarted += row.value;
}
msPerTick.sort((a, b) => a - b);
cpuMsPerTick.sort((a, b) => a - b);
console.log(JSON.stringify({
  scenario: scaled.scenario.name,
  edits: edits.length,
  officials: sim.world.off.count,
  ticks: msPerTick.length,
  medianMsPerTick: quantileSorted(msPerTick, 0.5),
  medianCpuMsPerTick: quantileSorted(cpuMsPerTick, 0.5),
  placementsStarted,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
}));

function fail(problems: readonly { file: string; path: string; message: string }[]): never {
  console.error(problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
  process.exit(1);
}
