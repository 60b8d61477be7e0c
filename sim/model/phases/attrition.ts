import { tickKey, uniformFrom } from '../../random/hash.ts';
import { Draws } from '../../random/streams.ts';
import { TIERS } from '../../scenario/vocabulary.ts';
import { dropBridges } from '../bridges.ts';
import { endPlacement, PASS_ON, passOn } from '../lifecycle.ts';
import { NEVER, type World } from '../world.ts';
import { ln, log1p, pow } from '../../math/portable.ts';

/** How far full job insecurity raises leaving (002: fears of insecurity); an assumption. */
const INSECURITY_LEAVING = 0.5;

const skips = new Draws();

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

/** Four occupied flags of 1, read as one 32-bit word (the same in either byte order). */
const ALL_FOUR_OCCUPIED = 0x01010101;
interface FourAtATime {
  occupied4: Uint32Array;
  unrecognised4: Uint32Array;
}
let viewed: Uint8Array | undefined;
let words: FourAtATime = { occupied4: new Uint32Array(0), unrecognised4: new Uint32Array(0) };

/** occupied and unrecognised read four slots at a time: views of the same memory, made once per world. */
function fourAtATime(off: World['off']): FourAtATime {
  if (viewed !== off.occupied) {
    viewed = off.occupied;
    words = {
      occupied4: new Uint32Array(off.occupied.buffer, off.occupied.byteOffset, off.occupied.length >> 2),
      unrecognised4: new Uint32Array(off.unrecognised.buffer, off.unrecognised.byteOffset, off.unrecognised.length >> 2),
    };
  }
  return words;
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
  const gaps = skips.reset(r.key, tick, o);
  const first = orgs.slotStart[o];
  let nextLeaver = first + gap(gaps, r.logStay);
  const { occupied4, unrecognised4 } = fourAtATime(off);
  for (let i = first, end = orgs.slotStart[o + 1]; i < end; i++) {
    // Most of an organisation is runs of four slots where nothing happens: all in post, none an
    // unrecognised returner, none the next leaver drawn. One test of two 32-bit words passes over
    // all four (i += 3, and the loop adds the fourth); any other slot takes the path below.
    if ((i & 3) === 0 && i + 4 <= nextLeaver && i + 4 <= end && ((occupied4[i >> 2] ^ ALL_FOUR_OCCUPIED) | unrecognised4[i >> 2]) === 0) {
      i += 3;
      continue;
    }
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
    dropBridges(w, i, o);
    returnedAt[i] = NEVER;
    org.headcount[o]--;
    vacancies[count++] = i;
  }
  return count;
}
