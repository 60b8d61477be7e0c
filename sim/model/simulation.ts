import type { Scenario } from '../scenario/schema.ts';
import { initialAssessment } from './phases/learning.ts';
import { contextPhase } from './phases/context.ts';
import { startFirstCycle } from './phases/funding.ts';
import { outcomesPhase } from './phases/outcomes.ts';
import { tiesPhase } from './phases/ties.ts';
import { populate } from './populate.ts';
import { spinUp } from './spinUp.ts';
import { PHASES } from './schedule.ts';
import { allocateWorld, type World } from './world.ts';

export interface SimulationOptions {
  /** Defaults to the scenario's seed. */
  seed?: number;
  replicate?: number;
}

/**
 * A run of one scenario, replicate and seed. `step` advances one month and does no I/O; whoever
 * owns the clock (the CLI, a worker, a test) calls it.
 */
export class Simulation {
  readonly world: World;

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.world = allocateWorld(scenario, options.seed ?? scenario.seed, options.replicate ?? 0);
    populate(this.world);
    spinUp(this.world, scenario.spinUpYears.value * 12);
    startFirstCycle(this.world);
    // Tick 0 is the state before anything happens: assessed, not advanced.
    contextPhase(this.world);
    initialAssessment(this.world);
    tiesPhase(this.world);
    outcomesPhase(this.world);
    const w = this.world;
    while (w.tick < w.warmUp) this.step();
    // Counts "to date" start at the reported start, and month 0 reports no flows, warm-up or not.
    w.programme.cumulativeCost = 0;
    w.org.startsFrom.fill(0);
    w.tally.clear();
    w.ended.clear();
  }

  /** The reported month: 0 is the start (after any warm-up). */
  get tick(): number {
    return this.world.tick - this.world.warmUp;
  }

  /** Months reported, from 0 to this. */
  get horizon(): number {
    return this.world.ticks - this.world.warmUp;
  }

  get done(): boolean {
    return this.world.tick >= this.world.ticks;
  }

  step(): void {
    const w = this.world;
    if (this.done) return;
    w.tick++;
    w.tally.clear();
    w.ended.clear();
    for (const phase of PHASES) phase.run(w);
    w.programme.cumulativeCost += w.tally.adminCost + w.tally.cost.reduce((a, c) => a + c, 0);
  }
}
