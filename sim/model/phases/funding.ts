import { uniformAt } from '../../random/hash.ts';
import { endPlacement } from '../lifecycle.ts';
import type { World } from '../world.ts';

/** The programme is launched funded; the first cycle's competitive pots are drawn at once. */
export function startFirstCycle(w: World): void {
  w.programme.cycleEnd = w.p.funding.cycleMonths[0];
  drawFunded(w);
}

/** Competitive pots: each organisation's bid wins or loses for the whole cycle. */
function drawFunded(w: World): void {
  const share = w.p.funding.fundedShare[w.tick];
  for (let o = 0; o < w.orgs.count; o++) w.org.funded[o] = uniformAt(w.keys.funding ^ 0x27d4eb2f, w.tick, o) < share ? 1 : 0;
}

/**
 * Funding cycles (000: "learning is slowed by short funding cycles, fragmented programmes and weak
 * feedback loops"). At each boundary the programme is renewed or lapses; a lapse stops new
 * placements, ends some live ones early and throws away what the programme had learned.
 */
export function fundingPhase(w: World): void {
  const { p, tick, programme, pool } = w;
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
    drawFunded(w);
  }
  if (programme.active) w.tally.adminCost = p.funding.adminCostPerMonth[tick];
}
