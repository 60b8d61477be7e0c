import { tickKey, uniformFrom } from '../../random/hash.ts';
import { Draws } from '../../random/streams.ts';
import { TIERS } from '../../scenario/vocabulary.ts';
import { nextWatched, watch } from '../attritionWatch.ts';
import { dropBridges } from '../bridges.ts';
import { endPlacement, PASS_ON, passOn } from '../lifecycle.ts';
import { NEVER, type World } from '../world.ts';
import { ln, log1p, pow } from '../../math/portable.ts';

/** How far full job insecurity raises leaving (002: fears of insecurity); an assumption. */
const INSECURITY_LEAVING = 0.5;

/** Officials passed over before the next base-rate leaver: Geometric(base) by inversion. */
function gap(d: Draws, logStay: number): number {
  return logStay < 0 ? Math.floor(ln(1 - d.next()) / logStay) : Infinity;
}

const monthly = (perYear: number) => 1 - pow(1 - Math.min(1, perYear), 1 / 12);

export interface AttritionRates {
  /** Monthly hazard of leaving or retiring, and log(1 - base) for skip sampling. */
  base: number;
  logStay: number;
  /** Extra monthly hazard for a year after a placement nobody recognised. */
  unrecognised: number;
  succession: number;
  /** The tick's part of the counter hash, hoisted out of the loop over officials. */
  key: number;
}

export function attritionRates(w: World, tier: number): AttritionRates {
  const { p, tick } = w;
  const tp = p.tiers[TIERS[tier]];
  const base = monthly(tp.leavingRatePerYear[tick] * (1 + INSECURITY_LEAVING * tp.jobInsecurity[tick]) + tp.retirementRatePerYear[tick]);
  return {
    base,
    logStay: log1p(-Math.min(base, 1 - 1e-12)),
    unrecognised: monthly(p.careers.unrecognisedLeavingPerYear[tick]),
    succession: tp.successionCapture[tick],
    key: tickKey(w.keys.attrition, tick),
  };
}

/**
 * Officials of organisation o leave at their tier's rates, more if insecure, and much more for a
 * year after a placement nobody recognised. Base-rate leavers are found by skip sampling (the gaps
 * between them are geometric), drawn from (seed, replicate, tick, organisation) alone: any two
 * scenarios with the same leaving rates lose exactly the same posts' holders, so a policy change
 * never reshuffles who retires. The extra hazard of unrecognised returners is drawn per official.
 * Leavers take their knowledge and ties with them, except what succession planning passes to a
 * colleague. Writes o's vacant slots, in slot order, into `vacancies`; returns how many.
 */
export function attritionIn(w: World, o: number, r: AttritionRates, vacancies: Int32Array): number {
  const { tick, orgs, off, org, tally } = w;
  const { occupied, unrecognised, returnedAt, placement } = off;
  const t = orgs.tier[o];
  let count = 0;
  const gaps = w.reused.leaverGaps.reset(r.key, tick, o);
  const first = orgs.slotStart[o];
  let nextLeaver = first + gap(gaps, r.logStay);
  const end = orgs.slotStart[o + 1];
  const watching = off.attritionWatch;
  // Only watched slots (vacant, or an unrecognised returner) and drawn leavers need a look, taken
  // in slot order as a walk over every slot would take them (attritionWatch.ts). A look changes
  // no bit but its own slot's, so the next watched slot can be found before it.
  let nextWatch = nextWatched(watching, first, end);
  for (;;) {
    const i = nextWatch < nextLeaver ? nextWatch : nextLeaver;
    if (i >= end) break;
    if (i === nextWatch) nextWatch = nextWatched(watching, i + 1, end);
    const drawn = i === nextLeaver;
    if (drawn) nextLeaver += 1 + gap(gaps, r.logStay);
    if (occupied[i] === 0) {
      vacancies[count++] = i;
      continue;
    }
    const leaves = drawn || (unrecognised[i] === 1 && tick - returnedAt[i] < 12 && uniformFrom(r.key, i) < r.unrecognised);
    if (!leaves) continue;
    tally.leavers[t]++;
    tally.leaversByOrg[o]++;
    if (tick - returnedAt[i] < 12) tally.returnersLeaving[t]++;
    if (placement[i] >= 0) {
      tally.leaversOnPlacement[t]++;
      endPlacement(w, placement[i], true, true);
    } else {
      passOn(w, i, o, 1, r.succession, PASS_ON.succession);
    }
    occupied[i] = 0;
    off.tieLink[i] = -1;
    off.tieStrength[i] = 0;
    off.placementsDone[i] = 0;
    unrecognised[i] = 0;
    watch(w, i);
    dropBridges(w, i, o);
    returnedAt[i] = NEVER;
    org.headcount[o]--;
    vacancies[count++] = i;
  }
  return count;
}
