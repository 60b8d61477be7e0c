import { uniformAt } from '../random/hash.ts';
import { watch } from './attritionWatch.ts';
import { recordTierWorked } from './bridges.ts';
import { K, type World } from './world.ts';

/**
 * Ends live placement p: the official goes home (unless they left the service), the host loses
 * them, and the record is kept for the transfer and ties phases of this tick.
 */
export function endPlacement(w: World, p: number, early: boolean, left: boolean): void {
  const { pool, off, org, tally, ended, tick } = w;
  const i = pool.official[p];
  const id = pool.instrument[p] * 6 + pool.direction[p];
  const e = ended.push();
  ended.official[e] = i;
  ended.home[e] = off.home[i];
  ended.host[e] = pool.host[p];
  ended.instrument[e] = pool.instrument[p];
  ended.months[e] = tick - pool.start[p];
  ended.quality[e] = pool.quality[p];
  ended.left[e] = left ? 1 : 0;
  for (let d = 0; d < K; d++) ended.gain[e * K + d] = Math.max(0, off.know[i * K + d] - pool.knowAtStart[p * K + d]);
  if (early) tally.endedEarly[id]++;
  else tally.completed[id]++;
  org.hosted[pool.host[p]]--;
  pool.remove(p);
  if (left) return;
  off.at[i] = off.home[i];
  // Back in a familiar organisation: half a ramp-up rather than a whole one.
  off.postSince[i] = tick - Math.floor(w.p.learning.rampMonths[tick] / 2);
  off.placementsDone[i] = Math.min(255, off.placementsDone[i] + 1);
  recordTierWorked(w, i, w.orgs.tier[ended.host[e]]);
  off.returnedAt[i] = tick;
  tally.returned[w.orgs.tier[off.home[i]]]++;
  // "Building on secondment" (002): knowledge capture makes a placement count on return.
  const recognised = w.p.careers.placementRecognised[tick];
  const capture = w.p.programme.framework.knowledgeCapture[tick];
  const unrecognisedChance = (1 - recognised) * (1 - capture);
  off.unrecognised[i] = uniformAt(w.keys.transfer, tick, i) < unrecognisedChance ? 1 : 0;
  watch(w, i);
}

/** Why knowledge is passed on; each purpose draws its colleagues from its own stream. */
export const PASS_ON = { succession: 0x1b873593, handover: 0x6b43a9b5, capture: 0x2e1b2138 } as const;

/**
 * Colleagues in organisation o learn part of what `from` knows beyond them: a handover at the host,
 * knowledge capture at home (only what was gained on the placement, `upTo`), succession planning
 * when someone leaves. Colleagues are present staff
 * of o drawn at random; the amount learned is returned (knowledge transferred).
 */
export function passOn(w: World, from: number, o: number, colleagues: number, share: number, purpose: number, upTo?: ArrayLike<number>, upToAt = 0): number {
  if (share <= 0 || colleagues <= 0) return 0;
  const { off, orgs } = w;
  const first = orgs.slotStart[o];
  const size = orgs.slotStart[o + 1] - first;
  const d = w.reused.passOn.reset(w.keys.transfer ^ purpose, w.tick, from);
  let moved = 0;
  for (let c = 0, tries = 0; c < colleagues && tries < colleagues * 4; tries++) {
    const j = first + d.int(size);
    if (j === from || !off.occupied[j] || off.at[j] !== o) continue;
    c++;
    for (let k = 0; k < K; k++) {
      // Capture passes on what was learned on the placement, not everything the returner knows.
      const lead = off.know[from * K + k] - off.know[j * K + k];
      const gap = upTo ? Math.min(lead, upTo[upToAt + k]) : lead;
      if (gap > 0) {
        off.know[j * K + k] += share * gap;
        moved += share * gap;
      }
    }
  }
  return moved;
}
