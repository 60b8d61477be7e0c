import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOf, checkInvariants } from '../../sim/model/invariants.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import { K } from '../../sim/model/world.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { fixtureNames, loadFixture, loadScenario, regionalScenarioFiles } from './helpers.ts';
import { atTick, orgNamed, place, slotsOf, vacate, worldOf } from './scaffold.ts';

/** Steps a whole run, checking every tick against the one before; returns the first violations found. */
function violationsOver(scenario: Scenario, seed: number): string[] {
  const sim = new Simulation(scenario, { seed });
  const atStart = checkInvariants(sim.world);
  if (atStart.length > 0) return atStart;
  while (!sim.done) {
    const baseline = baselineOf(sim.world);
    sim.step();
    const found = checkInvariants(sim.world, baseline);
    if (found.length > 0) return found;
  }
  return [];
}

describe('the invariants hold every tick', () => {
  it.each(fixtureNames())('of fixture %s, under two seeds', (name) => {
    const scenario = loadFixture(name);
    expect(violationsOver(scenario, 1)).toEqual([]);
    expect(violationsOver(scenario, 2)).toEqual([]);
  });

  const regional = regionalScenarioFiles();
  if (regional.length === 0) it.skip('of shipped regional scenarios (none in scenarios/*regional*.json yet)', () => {});
  else {
    it.each(regional.map((f) => [basename(f), f]))('of shipped regional scenario %s', (_, file) => {
      expect(violationsOver(loadScenario(file), 1)).toEqual([]);
    });
  }
});

describe('checkInvariants', () => {
  it('finds nothing wrong with a world just built', () => {
    expect(checkInvariants(worldOf('tiny-listed'))).toEqual([]);
  });

  it('reports a headcount that disagrees with the occupied slots', () => {
    const w = worldOf('tiny-listed');
    w.org.headcount[orgNamed(w, 'council-a')]++;
    expect(checkInvariants(w)).toEqual(['tick 0: council-a headcount 31 but 30 occupied slots']);
  });

  it('reports knowledge outside [0, 1] and NaN anywhere', () => {
    const w = worldOf('tiny-listed');
    w.off.know[5 * K + 2] = 1.5;
    w.org.code[1 * K + 0] = Number.NaN;
    w.org.outcome[3] = Number.NaN;
    expect(checkInvariants(w)).toEqual([
      'tick 0: official 5 knowledge[2] = 1.5, outside [0, 1]',
      'tick 0: authority code[0] = NaN, outside [0, 1]',
      'tick 0: council-b outcome = NaN, outside [0, 1]',
    ]);
  });

  it('accepts a placement set up consistently, and reports an official who is in two places', () => {
    const w = worldOf('tiny-listed');
    const official = slotsOf(w, orgNamed(w, 'dept'))[0];
    place(w, official, orgNamed(w, 'council-a'));
    atTick(w, 1);
    expect(checkInvariants(w)).toEqual([]);
    w.off.at[official] = orgNamed(w, 'dept');
    expect(checkInvariants(w)).toEqual([`tick 1: official ${official} is placed at 2 but works at 0`]);
  });

  it('reports placements out that are not placements in', () => {
    const w = worldOf('tiny-listed');
    place(w, slotsOf(w, orgNamed(w, 'dept'))[0], orgNamed(w, 'council-a'));
    atTick(w, 1);
    w.org.hosted[orgNamed(w, 'council-a')] = 0;
    expect(checkInvariants(w)).toEqual([
      'tick 1: council-a counts 0 hosted but the pool places 1 there',
      'tick 1: 0 officials hosted but 1 placements live',
    ]);
  });

  it('reports an organisation whose headcount moved without hires or leavers', () => {
    const w = worldOf('tiny-listed');
    const baseline = baselineOf(w);
    atTick(w, 1);
    const i = slotsOf(w, orgNamed(w, 'council-b'))[3];
    vacate(w, i);
    expect(checkInvariants(w, baseline)).toEqual(['tick 1: council-b: headcount 30 + 0 hires - 0 leavers != 29']);
  });
});
