import { uniformAt } from '../../random/hash.ts';
import { endPlacement } from '../lifecycle.ts';
import type { World } from '../world.ts';

/**
 * Funding cycles (000: "learning is slowed by short funding cycles, fragmented programmes and weak
 * feedback loops"). At each boundary the programme is renewed or lapses; a lapse stops new
 * placements, ends some live ones early and throws away what the programme had learned.
 */
export function fundingPhase(w: World): void {
  const { p, tick, programme, orgs, org, pool } = w;
  const key = w.keys.funding;
  if (tick >= programme.cycleEnd) {
    // The cycle's length is fixed when it starts: a dated change lengthens the next cycle.
    programme.cycleEnd = tick + p.funding.cycleMonths[tick];
    programme.active = uniformAt(key, tick, 0) < p.funding.renewalProbability[tick];
    if (!programme.active) {
      programme.lapses++;
      programme.experience = 0;
      const cut = p.funding.lapseEndsLiveShare[tick];
      for (let q = pool.size - 1; q >= 0; q--) {
        if (uniformAt(key ^ 0x5bd1e995, tick, pool.official[q]) < cut) endPlacement(w, q, true, false);
      }
    }
    // Competitive pots: each organisation's bid wins or loses for the whole cycle.
    const share = p.funding.fundedShare[tick];
    for (let o = 0; o < orgs.count; o++) org.funded[o] = uniformAt(key ^ 0x27d4eb2f, tick, o) < share ? 1 : 0;
  }
  if (programme.active) w.tally.adminCost = p.funding.adminCostPerMonth[tick];
}
