import { describe, expect, it } from 'vitest';
import { transferPhase } from '../../sim/model/phases/transfer.ts';
import type { World } from '../../sim/model/world.ts';
import { atTick, knowledgeOf, orgNamed, setKnowledge, slotsOf, worldOf } from './scaffold.ts';

const f32 = Math.fround;

/**
 * Official i of council-a has just come home from a secondment in the department knowing 1.0 in
 * every domain, 0.6 of it learned there; everyone else in both organisations knows 0.2.
 */
function situation(): { w: World; i: number; home: number; host: number } {
  const w = atTick(worldOf('tiny-listed'), 5);
  const home = orgNamed(w, 'council-a');
  const host = orgNamed(w, 'dept');
  for (const o of [home, host]) for (const j of slotsOf(w, o)) setKnowledge(w, j, [0.2, 0.2, 0.2, 0.2]);
  const i = slotsOf(w, home)[7];
  setKnowledge(w, i, [1, 1, 1, 1]);
  const e = w.ended.push();
  w.ended.official[e] = i;
  w.ended.home[e] = home;
  w.ended.host[e] = host;
  w.ended.instrument[e] = 0;
  w.ended.months[e] = 12;
  w.ended.left[e] = 0;
  // Learned on the placement: 0.4 → 1.0 in every domain.
  for (let k = 0; k < 4; k++) w.ended.gain[e * 4 + k] = 0.6;
  const L = w.p.learning;
  L.colleaguesReached.fill(1);
  L.broughtBackShare.fill(0.5);
  const fw = w.p.programme.framework;
  fw.knowledgeCapture.fill(1);
  fw.handover.fill(0);
  fw.evaluation.fill(0);
  w.p.funding.learningPerPlacement.fill(0.02);
  return { w, i, home, host };
}

const learnedFrom = (w: World, o: number, except: number) => slotsOf(w, o).filter((j) => j !== except && knowledgeOf(w, j)[0] !== f32(0.2));

describe('the transfer phase', () => {
  it("passes half of what was learned on the placement to one colleague at home: 0.2 + 0.5 × min(1 − 0.2, 0.6) = 0.5", () => {
    const { w, i, home, host } = situation();
    transferPhase(w);
    const colleagues = learnedFrom(w, home, i);
    expect(colleagues).toHaveLength(1);
    expect(knowledgeOf(w, colleagues[0])).toEqual(Array(4).fill(f32(f32(0.2) + 0.5 * f32(0.6))));
    expect(knowledgeOf(w, colleagues[0])[0]).toBeCloseTo(0.5, 6);
    // Four domains of 0.3 each, counted for the receiving tier (local).
    expect(w.tally.transferred[2]).toBeCloseTo(1.2, 6);
    // No handover: the host keeps nothing.
    expect(learnedFrom(w, host, -1)).toEqual([]);
    expect(w.tally.transferred[0]).toBe(0);
    expect(knowledgeOf(w, i)).toEqual([1, 1, 1, 1]);
  });

  it('passes knowledge to host colleagues by handover, to as many as colleaguesReached', () => {
    const { w, home, host } = situation();
    w.p.programme.framework.handover.fill(1);
    w.p.programme.framework.knowledgeCapture.fill(0);
    w.p.learning.colleaguesReached.fill(3);
    transferPhase(w);
    const reached = learnedFrom(w, host, -1);
    expect(reached.length).toBeGreaterThanOrEqual(1);
    expect(reached.length).toBeLessThanOrEqual(3);
    expect(w.tally.transferred[0]).toBeGreaterThan(0);
    expect(w.tally.transferred[2]).toBe(0);
    expect(learnedFrom(w, home, slotsOf(w, home)[7])).toEqual([]);
  });

  it("teaches the programme from each placement that ends: 0.02 × (0.3 + 0.7 × evaluation) of what it has left to learn", () => {
    const { w } = situation();
    transferPhase(w);
    expect(w.programme.experience).toBeCloseTo(0.006, 15);
    const evaluated = situation().w;
    evaluated.p.programme.framework.evaluation.fill(1);
    evaluated.programme.experience = 0.5;
    transferPhase(evaluated);
    expect(evaluated.programme.experience).toBeCloseTo(0.5 + 0.02 * 0.5, 15);
  });

  it('passes nothing on, and teaches the programme nothing, when the official left the service', () => {
    const { w, i, home } = situation();
    w.ended.left[0] = 1;
    transferPhase(w);
    expect(learnedFrom(w, home, i)).toEqual([]);
    expect(Array.from(w.tally.transferred)).toEqual([0, 0, 0]);
    expect(w.programme.experience).toBe(0);
  });
});
