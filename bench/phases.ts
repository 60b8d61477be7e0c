// `npx tsx bench/phases.ts scenarios/uk-2026.json 10`: milliseconds per tick of each phase of one
// replicate, warm-up off, so a speed change can be put down to the phase that made it (issue 13:
// "profile first"). Runs the schedule itself rather than Simulation.step, so the timing wraps
// each phase; the same phases in the same order, so the run is the same run.
import { benchScenario } from './benchScenario.ts';
import { Simulation } from '../sim/model/simulation.ts';
import { PHASES } from '../sim/model/schedule.ts';

const [file, yearsArg] = process.argv.slice(2);
const scenario = benchScenario(file, yearsArg);
const started = performance.now();
const sim = new Simulation(scenario);
const setUp = performance.now() - started;
const w = sim.world;
const spent = new Float64Array(PHASES.length);
while (!sim.done) {
  w.tick++;
  w.tally.clear();
  w.ended.clear();
  for (let p = 0; p < PHASES.length; p++) {
    const t = performance.now();
    PHASES[p].run(w);
    spent[p] += performance.now() - t;
  }
}
const ticks = w.ticks;
console.log(JSON.stringify({
  scenario: scenario.name,
  officials: w.off.count,
  ticks,
  setUpSeconds: setUp / 1000,
  seconds: (performance.now() - started) / 1000,
  msPerTick: Object.fromEntries(PHASES.map((phase, p) => [phase.name, Number((spent[p] / ticks).toFixed(2))])),
}));
