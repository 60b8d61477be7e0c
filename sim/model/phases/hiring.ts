import { uniformAt } from '../../random/hash.ts';
import { Draws } from '../../random/streams.ts';
import { watch } from '../attritionWatch.ts';
import { DOMAINS, TIERS } from '../../scenario/vocabulary.ts';
import { K, type World } from '../world.ts';
import { exp } from '../../math/portable.ts';

/** Salt of the fast-track draw, so it leaves the entrant's knowledge draws where they were. */
const FAST_TRACK_SALT = 0x6a09e667;
const CENTRAL = 0;
/** Spread of new entrants' knowledge around their tier's profile; an assumption. */
export const ENTRANT_SPREAD = 0.1;

/**
 * Organisation o's vacancies still open after promotions are refilled from outside with new
 * entrants of the tier's profile, after a delay (vacancyMonths); posts above the entry grade are
 * left to internal promotion at the tier's internal share.
 */
export function hiringIn(w: World, o: number, vacancies: Int32Array, count: number): void {
  const { p, tick, orgs, off, tally } = w;
  const t = orgs.tier[o];
  const tp = p.tiers[TIERS[t]];
  const fill = 1 - exp(-1 / tp.vacancyMonths[tick]);
  const external = fill * (1 - tp.internalPromotionShare[tick]);
  const key = w.keys.hiring;
  for (let v = 0; v < count; v++) {
    const s = vacancies[v];
    if (off.occupied[s] === 1) continue;
    if (uniformAt(key, tick, s) >= (off.grade[s] > 0 ? external : fill)) continue;
    hire(w, s, o, t, w.reused.entrant.reset(key, tick, s));
    tally.hires[t]++;
    tally.hiresByOrg[o]++;
  }
}

/** Puts a new official of tier t's profile into slot s of organisation o. */
export function hire(w: World, s: number, o: number, t: number, d: Draws): void {
  const { off, p, tick } = w;
  const tp = p.tiers[TIERS[t]];
  off.occupied[s] = 1;
  w.org.headcount[o]++;
  off.home[s] = o;
  off.at[s] = o;
  off.gradeSince[s] = tick;
  off.postSince[s] = tick;
  off.placement[s] = -1;
  off.tieLink[s] = -1;
  off.tieStrength[s] = 0;
  off.tieFromPlacement[s] = 0;
  off.placementsDone[s] = 0;
  off.unrecognised[s] = 0;
  watch(w, s);
  const pair = w.reused.normalPair;
  // The fast track is a central intake (Japan's comprehensive-service entrants; docs/ODD.md §7.4).
  const share = t === CENTRAL ? p.careers.fastTrackShare[tick] : 0;
  off.fastTrack[s] = share > 0 && uniformAt(w.keys.hiring ^ FAST_TRACK_SALT, tick, s) < share ? 1 : 0;
  for (let k = 0; k < K; k++) {
    if (k % 2 === 0) d.normalPair(pair);
    const x = tp.knowledge[DOMAINS[k]][tick] + ENTRANT_SPREAD * pair[k % 2];
    off.know[s * K + k] = x < 0 ? 0 : x > 1 ? 1 : x;
  }
}
