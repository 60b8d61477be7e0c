/**
 * The per-tier knowledge metrics a replication docks on (docs/ODD.md §7.7): `staffKnowledge`, the
 * staff mean x̄ that entered this month's capability, and `codeKnowledge`, the code after this
 * month's update. Checked against what they must equal, computed from the world independently.
 */
import { describe, expect, it } from 'vitest';
import { observe, type MetricRow } from '../../sim/model/run.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import { K, type World } from '../../sim/model/world.ts';
import { DOMAINS, TIERS } from '../../sim/scenario/vocabulary.ts';
import { loadFixture } from './helpers.ts';

const valueOf = (rows: MetricRow[], metric: string, group: string) => {
  const row = rows.find((r) => r.metric === metric && r.group === group);
  if (!row) throw new Error(`no ${metric} ${group}`);
  return row.value;
};

/** Establishment-weighted mean over a tier's organisations of f(o). */
function tierMean(w: World, t: number, f: (o: number) => number): number {
  let sum = 0;
  let weight = 0;
  for (let o = 0; o < w.orgs.count; o++) {
    if (w.orgs.tier[o] !== t) continue;
    sum += f(o) * w.orgs.establishment[o];
    weight += w.orgs.establishment[o];
  }
  return sum / weight;
}

describe('staffKnowledge and codeKnowledge', () => {
  it('at the start, with nobody placed and everyone fully productive, are the plain staff mean of each organisation and the tier profile', () => {
    const sim = new Simulation(loadFixture('listed', ['warmUpYears=0']), { seed: 3 });
    const w = sim.world;
    const rows = observe(sim);
    for (let t = 0; t < TIERS.length; t++)
      DOMAINS.forEach((domain, d) => {
        // Starting tenures are at least 12 months and the ramp 12 (§5.2), so x̄ is the plain mean.
        const plain = tierMean(w, t, (o) => {
          let sum = 0;
          for (let i = w.orgs.slotStart[o]; i < w.orgs.slotStart[o + 1]; i++) sum += w.off.know[i * K + d];
          return sum / (w.orgs.slotStart[o + 1] - w.orgs.slotStart[o]);
        });
        expect(valueOf(rows, 'staffKnowledge', `${TIERS[t]}:${domain}`)).toBeCloseTo(plain, 12);
        expect(valueOf(rows, 'codeKnowledge', `${TIERS[t]}:${domain}`)).toBe(w.p.tiers[TIERS[t]].knowledge[domain][0]);
      });
  });

  it('blend into the effective knowledge that capability compares with demand, K = (1 − w)·x̄ + w·c, in every month of a run with placements', () => {
    const sim = new Simulation(loadFixture('listed'), { seed: 3 });
    const w = sim.world;
    let placedMonths = 0;
    for (let month = 0; month < 24; month++) {
      sim.step();
      placedMonths += w.pool.size > 0 ? 1 : 0;
      const rows = observe(sim);
      const share = w.p.learning.codeShareOfCapability[w.tick];
      for (let t = 0; t < TIERS.length; t++)
        DOMAINS.forEach((domain, d) => {
          const effective = tierMean(w, t, (o) => w.org.know[o * K + d]);
          const blended = (1 - share) * valueOf(rows, 'staffKnowledge', `${TIERS[t]}:${domain}`) + share * valueOf(rows, 'codeKnowledge', `${TIERS[t]}:${domain}`);
          expect(blended, `month ${month} ${TIERS[t]}:${domain}`).toBeCloseTo(effective, 12);
        });
    }
    expect(placedMonths).toBeGreaterThan(0);
  });
});
