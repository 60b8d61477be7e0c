import { describe, expect, it } from 'vitest';
import { tiesPhase } from '../../sim/model/phases/ties.ts';
import type { World } from '../../sim/model/world.ts';
import { atTick, orgNamed, place, slotsOf, tieTo, worldOf } from './scaffold.ts';

const f32 = Math.fround;

function situation(): World {
  const w = atTick(worldOf('tiny-listed'), 4);
  const T = w.p.ties;
  T.halfLifeMonths.fill(36);
  T.secondmentStrength.fill(1);
  T.attachmentStrength.fill(0.5);
  T.hostContacts.fill(3);
  T.baseCoordination.fill(0.3);
  T.crossBoundaryPenalty.fill(0.3);
  T.tiesForHalfCoordination.fill(10);
  return w;
}

/** The link between two named organisations. */
const linkOf = (w: World, a: string, b: string) => w.linkIndex.get(orgNamed(w, a) * w.orgs.count + orgNamed(w, b))!;

describe('the ties phase', () => {
  it('decays a tie without contact by its half-life: 1 becomes 0.5^(1/36) = 0.980930 in a month', () => {
    const w = situation();
    const i = slotsOf(w, orgNamed(w, 'council-a'))[2];
    const link = linkOf(w, 'council-a', 'authority');
    tieTo(w, i, link);
    w.off.tieStrength[i] = 1;
    tiesPhase(w);
    expect(w.off.tieStrength[i]).toBe(f32(Math.pow(0.5, 1 / 36)));
    expect(w.off.tieStrength[i]).toBeCloseTo(0.98093, 6);
    expect(w.org.linkTies[link]).toBeCloseTo(Math.pow(0.5, 1 / 36), 15);
  });

  it('counts an official noted on the live-ties list twice once, and drops them from it when the tie fades', () => {
    const w = situation();
    const i = slotsOf(w, orgNamed(w, 'council-a'))[2];
    const link = linkOf(w, 'council-a', 'authority');
    tieTo(w, i, link);
    w.liveTies.note(i);
    w.off.tieStrength[i] = 1;
    tiesPhase(w);
    expect(w.org.linkTies[link]).toBeCloseTo(Math.pow(0.5, 1 / 36), 15);
    w.off.tieStrength[i] = 0.0101;
    tiesPhase(w);
    tiesPhase(w);
    expect(Array.from(w.liveTies.official.subarray(0, w.liveTies.size))).not.toContain(i);
  });

  it('halves a tie over one half-life of months', () => {
    const w = situation();
    const i = slotsOf(w, orgNamed(w, 'council-a'))[2];
    tieTo(w, i, linkOf(w, 'council-a', 'authority'));
    w.off.tieStrength[i] = 1;
    for (let month = 0; month < 36; month++) tiesPhase(w);
    expect(w.off.tieStrength[i]).toBeCloseTo(0.5, 5);
  });

  it('forgets a tie once it is weaker than 0.01', () => {
    const w = situation();
    const i = slotsOf(w, orgNamed(w, 'council-a'))[2];
    tieTo(w, i, linkOf(w, 'council-a', 'authority'));
    w.off.tieStrength[i] = 0.0101;
    tiesPhase(w);
    expect([w.off.tieLink[i], w.off.tieStrength[i]]).toEqual([-1, 0]);
  });

  it('turns ties into coordination: 0.3 + 0.7 × (1 − 0.5^(ties / (10 per 1,000 of the smaller partner)))', () => {
    const w = situation();
    const link = linkOf(w, 'council-a', 'authority');
    const i = slotsOf(w, orgNamed(w, 'council-a'))[2];
    tieTo(w, i, link);
    w.off.tieStrength[i] = 1;
    // Any tie counts alike (no weight on the balance between the sides).
    w.p.ties.reciprocityWeight.fill(0);
    tiesPhase(w);
    const ties = Math.pow(0.5, 1 / 36);
    // The authority (20 staff) is the smaller partner: half the gap closes at 0.2 of tie strength.
    const expected = 0.3 + 0.7 * (1 - Math.pow(0.5, ties / 0.2));
    expect(w.org.linkCoordination[link]).toBeCloseTo(expected, 12);
    expect(w.org.linkCoordination[link]).toBeCloseTo(0.97663, 5);
    // council-a works with the authority and the department (no ties: base 0.3): the mean of its links.
    expect(w.org.coordination[orgNamed(w, 'council-a')]).toBeCloseTo((expected + 0.3) / 2, 12);
  });

  it('counts ties built by placements on both sides fully, and one-sided ones by (1 − reciprocityWeight): 2·√(a·b)', () => {
    const coordinationWith = (fromCouncil: number, fromAuthority: number, r: number) => {
      const w = situation();
      const link = linkOf(w, 'council-a', 'authority');
      w.p.ties.reciprocityWeight.fill(r);
      w.p.ties.halfLifeMonths.fill(1e9);
      const give = (o: string, strength: number) => {
        if (strength === 0) return;
        const i = slotsOf(w, orgNamed(w, o))[2];
        tieTo(w, i, link);
        w.off.tieStrength[i] = strength;
        w.off.tieFromPlacement[i] = 1;
      };
      give('council-a', fromCouncil);
      give('authority', fromAuthority);
      tiesPhase(w);
      return w.org.linkCoordination[link];
    };
    const coordination = (effectiveTies: number) => 0.3 + 0.7 * (1 - Math.pow(0.5, effectiveTies / 0.2));
    // Balanced: 2·√(0.1 · 0.1) = 0.2 = the total, whatever the weight.
    expect(coordinationWith(0.1, 0.1, 1)).toBeCloseTo(coordination(0.2), 5);
    // One-sided: only (1 − r) of it counts.
    expect(coordinationWith(0.2, 0, 0.5)).toBeCloseTo(coordination(0.1), 5);
    expect(coordinationWith(0.2, 0, 1)).toBeCloseTo(0.3, 12);
  });

  it('lowers the coordination of a link without ties that crosses a regional boundary: 0.3 × (1 − 0.3) = 0.21', () => {
    const w = situation();
    const link = linkOf(w, 'council-b', 'authority');
    w.orgs.linkCrossBoundary[link] = 1;
    tiesPhase(w);
    expect(w.org.linkCoordination[link]).toBeCloseTo(0.21, 12);
  });

  it('strengthens the tie of an official on secondment by secondmentStrength / 12 a month, without decay', () => {
    const w = situation();
    const i = slotsOf(w, orgNamed(w, 'dept'))[0];
    place(w, i, orgNamed(w, 'council-a'), { start: 1 });
    tieTo(w, i, linkOf(w, 'dept', 'council-a'));
    w.off.tieStrength[i] = 0.25;
    tiesPhase(w);
    expect(w.off.tieStrength[i]).toBe(f32(f32(0.25) + 1 / 12));
  });

  it('gives a short attachment its whole tie in the month it starts, and nothing more after', () => {
    const w = situation();
    const i = slotsOf(w, orgNamed(w, 'dept'))[0];
    place(w, i, orgNamed(w, 'authority'), { instrument: 'attachment', start: 4, months: 1 });
    tieTo(w, i, linkOf(w, 'dept', 'authority'));
    tiesPhase(w);
    expect(w.off.tieStrength[i]).toBe(0.5);
    atTick(w, 5);
    tiesPhase(w);
    expect(w.off.tieStrength[i]).toBe(0.5);
  });

  it("gives up to hostContacts host colleagues a tie back to a returner's home, of half the returner's strength", () => {
    const w = situation();
    const host = orgNamed(w, 'council-a');
    const i = slotsOf(w, orgNamed(w, 'dept'))[0];
    const link = linkOf(w, 'dept', 'council-a');
    tieTo(w, i, link);
    w.off.tieStrength[i] = 0.8;
    const e = w.ended.push();
    w.ended.official[e] = i;
    w.ended.home[e] = orgNamed(w, 'dept');
    w.ended.host[e] = host;
    w.ended.left[e] = 0;
    tiesPhase(w);
    const contacts = slotsOf(w, host).filter((j) => w.off.tieLink[j] === link);
    expect(contacts.length).toBeGreaterThanOrEqual(1);
    expect(contacts.length).toBeLessThanOrEqual(3);
    const decay = Math.pow(0.5, 1 / 36);
    for (const j of contacts) expect(w.off.tieStrength[j]).toBe(f32(f32(0.4) * decay));
  });
});
