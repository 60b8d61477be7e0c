import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../sim/model/invariants.ts';
import { observe } from '../../sim/model/run.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import { loadFixture } from './helpers.ts';

const OFF = ['secondment', 'attachment', 'exchange'].map((i) => `programme.instruments.${i}.enabled=false`);

/** Mean knowledge of officials in post, per domain, at the start. */
function meanKnowledge(sim: Simulation): number[] {
  const { off } = sim.world;
  const sums = [0, 0, 0, 0];
  let n = 0;
  for (let i = 0; i < off.count; i++) {
    if (off.occupied[i] === 0) continue;
    n++;
    for (let d = 0; d < 4; d++) sums[d] += off.know[i * 4 + d];
  }
  return sums.map((s) => s / n);
}

describe('the spin-up (docs/ODD.md §5, item 4)', () => {
  it('moves the start away from the tier profiles that populate writes', () => {
    const without = new Simulation(loadFixture('lapsing', ['warmUpYears=0', 'spinUpYears=0']));
    const with20 = new Simulation(loadFixture('lapsing', ['warmUpYears=0', 'spinUpYears=20']));
    const a = meanKnowledge(without);
    const b = meanKnowledge(with20);
    expect(Math.max(...a.map((x, d) => Math.abs(x - b[d])))).toBeGreaterThan(0.01);
  });

  it('starts a scenario and its counterfactual from the same officials, knowledge and codes', () => {
    const shipped = new Simulation(loadFixture('lapsing', ['spinUpYears=10', 'warmUpYears=0']));
    const counterfactual = new Simulation(loadFixture('lapsing', ['spinUpYears=10', 'warmUpYears=0', ...OFF]));
    expect(shipped.world.off.know).toEqual(counterfactual.world.off.know);
    expect(shipped.world.off.postSince).toEqual(counterfactual.world.off.postSince);
    expect(shipped.world.org.code).toEqual(counterfactual.world.org.code);
  });

  it('keeps the run on its own months: funding renewals fall in the same months with or without it', () => {
    const funded = (spinUpYears: number) => {
      const sim = new Simulation(loadFixture('lapsing', [`spinUpYears=${spinUpYears}`]));
      const months: number[] = [];
      while (!sim.done) {
        sim.step();
        months.push(observe(sim, ['programmeFunded'])[0].value);
      }
      return months;
    };
    const plain = funded(0);
    expect(plain).toContain(0);
    expect(plain).toContain(1);
    expect(funded(15)).toEqual(plain);
  });

  it('restarts the clock: nobody holds a grade or post from the future, nothing is spent or lapsed', () => {
    const sim = new Simulation(loadFixture('lapsing', ['spinUpYears=10', 'warmUpYears=0']));
    const w = sim.world;
    expect(w.tick).toBe(0);
    expect(checkInvariants(w)).toEqual([]);
    expect(Math.max(...w.off.postSince)).toBeLessThanOrEqual(0);
    expect(Math.min(...w.off.postSince)).toBeLessThan(-120);
    expect([w.programme.active, w.programme.lapses, w.programme.cumulativeCost, w.programme.experience]).toEqual([true, 0, 0, 0]);
  });

  it('is deterministic: the same scenario and seed spin up to the same bytes', () => {
    const a = new Simulation(loadFixture('lapsing', ['spinUpYears=5']), { seed: 9 });
    const b = new Simulation(loadFixture('lapsing', ['spinUpYears=5']), { seed: 9 });
    expect(a.world.off.know).toEqual(b.world.off.know);
    expect(a.world.org.code).toEqual(b.world.org.code);
  });
});
