import { tickKey, uniformFrom } from '../../random/hash.ts';
import { TIERS } from '../../scenario/vocabulary.ts';
import { endPlacement, passOn } from '../lifecycle.ts';
import { NEVER, type World } from '../world.ts';

/** How far full job insecurity raises leaving (002: fears of insecurity); an assumption. */
const INSECURITY_LEAVING = 0.5;

const monthly = (perYear: number) => 1 - Math.pow(1 - Math.min(1, perYear), 1 / 12);

/**
 * Officials leave at their tier's rates, more if insecure, and much more for a year after a
 * placement nobody recognised. The draw for (official, tick) is the same in every scenario with
 * this seed, so a policy change never reshuffles who retires: a higher hazard only adds leavers.
 * Leavers take their knowledge and ties with them, except what succession planning passes on.
 */
export function attritionPhase(w: World): void {
  const { p, tick, orgs, off, org, tally } = w;
  const { occupied, unrecognised, returnedAt, placement } = off;
  const tk = tickKey(w.keys.attrition, tick);
  const extra = monthly(p.careers.unrecognisedLeavingPerYear[tick]);
  for (let o = 0; o < orgs.count; o++) {
    const t = orgs.tier[o];
    const tp = p.tiers[TIERS[t]];
    const base = monthly((tp.leavingRatePerYear[tick] * (1 + INSECURITY_LEAVING * tp.jobInsecurity[tick])) + tp.retirementRatePerYear[tick]);
    const succession = tp.successionCapture[tick];
    for (let i = orgs.slotStart[o], end = orgs.slotStart[o + 1]; i < end; i++) {
      if (occupied[i] === 0) continue;
      const recentUnrecognised = unrecognised[i] === 1 && tick - returnedAt[i] < 12;
      const hazard = recentUnrecognised ? base + extra : base;
      if (uniformFrom(tk, i) >= hazard) continue;
      tally.leavers[t]++;
      if (tick - returnedAt[i] < 12) tally.returnersLeaving[t]++;
      if (placement[i] >= 0) {
        tally.leaversOnPlacement[t]++;
        endPlacement(w, placement[i], true, true);
      } else {
        passOn(w, i, o, 1, succession, i);
      }
      off.occupied[i] = 0;
      off.vacant.add(i);
      org.headcount[o]--;
      off.tieLink[i] = -1;
      off.tieStrength[i] = 0;
      off.placementsDone[i] = 0;
      off.unrecognised[i] = 0;
      off.returnedAt[i] = NEVER;
    }
  }
}
