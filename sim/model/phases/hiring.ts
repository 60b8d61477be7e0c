import { uniformAt } from '../../random/hash.ts';
import { Draws } from '../../random/streams.ts';
import { DOMAINS, TIERS } from '../../scenario/vocabulary.ts';
import { K, type World } from '../world.ts';

const draws = new Draws();
const pair = new Float64Array(2);
/** Spread of new entrants' knowledge around their tier's profile; an assumption. */
export const ENTRANT_SPREAD = 0.1;

/** Vacancies are refilled from outside with new entrants of their tier's profile, after a delay. */
export function hiringPhase(w: World): void {
  const { p, tick, orgs, off, tally } = w;
  const key = w.keys.hiring;
  const fill = TIERS.map((t) => 1 - Math.exp(-1 / p.tiers[t].vacancyMonths[tick]));
  const internal = TIERS.map((t) => p.tiers[t].internalPromotionShare[tick]);
  const vacant = off.vacant;
  // Backwards, because hiring removes the slot from the set by moving the last one into its place.
  for (let v = vacant.size - 1; v >= 0; v--) {
    const s = vacant.dense[v];
    const o = off.home[s];
    const t = orgs.tier[o];
    const chance = off.grade[s] > 0 ? fill[t] * (1 - internal[t]) : fill[t];
    if (uniformAt(key, tick, s) >= chance) continue;
    hire(w, s, o, t, draws.reset(key, tick, s));
    tally.hires[t]++;
  }
}

/** Puts a new official of tier t's profile into slot s of organisation o. */
export function hire(w: World, s: number, o: number, t: number, d: Draws): void {
  const { off, p, tick } = w;
  const tp = p.tiers[TIERS[t]];
  off.occupied[s] = 1;
  off.vacant.delete(s);
  w.org.headcount[o]++;
  off.home[s] = o;
  off.at[s] = o;
  off.gradeSince[s] = tick;
  off.postSince[s] = tick;
  off.placement[s] = -1;
  off.tieLink[s] = -1;
  off.tieStrength[s] = 0;
  off.placementsDone[s] = 0;
  off.unrecognised[s] = 0;
  for (let k = 0; k < K; k++) {
    if (k % 2 === 0) d.normalPair(pair);
    const x = tp.knowledge[DOMAINS[k]][tick] + ENTRANT_SPREAD * pair[k % 2];
    off.know[s * K + k] = x < 0 ? 0 : x > 1 ? 1 : x;
  }
}
