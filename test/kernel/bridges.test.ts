import { describe, expect, it } from 'vitest';
import { absorptionAtHosts, dropBridges, TIER_COUNT } from '../../sim/model/bridges.ts';
import { checkInvariants } from '../../sim/model/invariants.ts';
import { endPlacement } from '../../sim/model/lifecycle.ts';
import { learningPhase } from '../../sim/model/phases/learning.ts';
import { transferPhase } from '../../sim/model/phases/transfer.ts';
import type { World } from '../../sim/model/world.ts';
import { atTick, knowledgeOf, orgNamed, place, setKnowledge, slotsOf, vacate, worldOf } from './scaffold.ts';

const CENTRAL = 0;
const LOCAL = 2;
const bridgesOf = (w: World, o: number, tier: number) => w.org.bridges[o * TIER_COUNT + tier];

/** Sends official i of its council to the department and brings them back this tick. */
function returnFromDept(w: World, i: number): void {
  const q = place(w, i, orgNamed(w, 'dept'), { start: w.tick - 6 });
  endPlacement(w, q, false, false);
}

describe('bridges (absorptive capacity)', () => {
  it('counts an official once per tier they came back from, and drops them when they leave', () => {
    const w = atTick(worldOf('tiny-listed'), 10);
    const council = orgNamed(w, 'council-a');
    const [i, j] = slotsOf(w, council);
    returnFromDept(w, i);
    returnFromDept(w, i);
    returnFromDept(w, j);
    expect(bridgesOf(w, council, CENTRAL)).toBe(2);
    expect(bridgesOf(w, council, LOCAL)).toBe(0);
    expect(checkInvariants(w)).toEqual([]);
    dropBridges(w, i, council);
    vacate(w, i);
    expect(bridgesOf(w, council, CENTRAL)).toBe(1);
    expect(checkInvariants(w)).toEqual([]);
  });

  it('is checked against a recount every tick', () => {
    const w = worldOf('tiny-listed');
    w.org.bridges[orgNamed(w, 'council-b') * TIER_COUNT + CENTRAL] = 3;
    expect(checkInvariants(w)).toEqual(['tick 0: council-b counts 3 officials who worked in central but 0 are in post']);
  });

  it('lets a host absorb absorptionWithoutBridge of a placed official with no bridge, rising to 1 at one bridge per placed official', () => {
    const w = atTick(worldOf('tiny-listed'), 20);
    w.p.learning.absorptionWithoutBridge.fill(0.4);
    const council = orgNamed(w, 'council-a');
    const dept = orgNamed(w, 'dept');
    const [a, b] = slotsOf(w, dept);
    place(w, a, council);
    place(w, b, council);
    const out = new Float64Array(w.orgs.count * TIER_COUNT);
    const absorbed = () => (absorptionAtHosts(w, out), out[council * TIER_COUNT + CENTRAL]);
    expect(absorbed()).toBe(0.4);
    returnFromDept(w, slotsOf(w, council)[5]);
    expect(absorbed()).toBeCloseTo(0.4 + 0.6 * (1 / 2), 15);
    returnFromDept(w, slotsOf(w, council)[6]);
    returnFromDept(w, slotsOf(w, council)[7]);
    expect(absorbed()).toBe(1);
    // Nobody is placed at council-a from the local tier: a lone newcomer would need one bridge.
    expect(out[council * TIER_COUNT + LOCAL]).toBe(0.4);
  });

  it("counts a fully productive secondee as absorptionWithoutBridge of an official in the host's staffing", () => {
    const staffingWith = (without: number, bridge: boolean) => {
      const w = atTick(worldOf('tiny-listed'), 30);
      w.p.learning.absorptionWithoutBridge.fill(without);
      const council = orgNamed(w, 'council-a');
      const [secondee] = slotsOf(w, orgNamed(w, 'dept'));
      place(w, secondee, council, { start: w.tick - 24, months: 36 });
      if (bridge) returnFromDept(w, slotsOf(w, council)[3]);
      for (const i of slotsOf(w, council)) w.off.postSince[i] = 0;
      learningPhase(w);
      return w.org.staffing[council] * w.orgs.establishment[council];
    };
    const alone = staffingWith(0, false);
    expect(staffingWith(0.5, false) - alone).toBeCloseTo(0.5, 12);
    expect(staffingWith(1, false) - alone).toBeCloseTo(1, 12);
    expect(staffingWith(0.5, true) - alone).toBeCloseTo(1, 12);
  });

  it('hands over at the host only as much as the host absorbs', () => {
    const handedOver = (without: number) => {
      const w = atTick(worldOf('tiny-listed'), 30);
      w.p.learning.absorptionWithoutBridge.fill(without);
      w.p.programme.framework.handover.fill(1);
      w.p.programme.framework.knowledgeCapture.fill(0);
      w.p.learning.colleaguesReached.fill(1);
      w.p.learning.broughtBackShare.fill(0.5);
      const council = orgNamed(w, 'council-a');
      const dept = orgNamed(w, 'dept');
      for (const i of slotsOf(w, dept)) setKnowledge(w, i, [0.2, 0.2, 0.2, 0.2]);
      const i = slotsOf(w, council)[0];
      setKnowledge(w, i, [1, 1, 1, 1]);
      const q = place(w, i, dept, { start: w.tick - 24, months: 24 });
      endPlacement(w, q, false, false);
      // As the learning phase does between the placement and transfer phases.
      absorptionAtHosts(w, w.absorption);
      transferPhase(w);
      return slotsOf(w, dept).map((j) => knowledgeOf(w, j)[0] - Math.fround(0.2)).filter((gain) => gain > 0);
    };
    expect(handedOver(0)).toEqual([]);
    const half = handedOver(0.5);
    const full = handedOver(1);
    expect(half).toHaveLength(1);
    expect(full).toHaveLength(1);
    expect(half[0] / full[0]).toBeCloseTo(0.5, 6);
  });
});
