import { INSTRUMENTS, SENIOR_GRADE } from '../../scenario/vocabulary.ts';
import { absorptionAtHosts, TIER_COUNT } from '../bridges.ts';
import { K, type World } from '../world.ts';
import type { LearningRates } from './learningRates.ts';

/** One month of one official's knowledge in one domain: learn the code, explore, forget. */
function step(k: number, use: number, c: number, fromCode: number, explore: number, forget: number): number {
  k += fromCode * use * (c > k ? c - k : 0) + explore * (use > k ? use - k : 0);
  k -= forget * (k > use ? k - use : 0);
  return k < 0 ? 0 : k > 1 ? 1 : k;
}

/**
 * Placed officials learn at the host (faster: they are there to learn) and count toward it as far
 * as the host can absorb what they bring (bridges.ts): a secondee nobody at the host understands
 * works below their productivity and shapes the host's code less.
 */
export function learnOnPlacement(w: World, r: LearningRates): void {
  const { off, org, orgs, pool, staff } = w;
  const { know, postSince, home } = off;
  const now = r.learn ? w.tick + 1 : w.tick;
  const backfillShare = INSTRUMENTS.map((name) => w.p.programme.instruments[name].backfillShare[w.tick]);
  absorptionAtHosts(w, w.absorption);
  for (let q = 0; q < pool.size; q++) {
    const i = pool.official[q];
    const o = pool.host[q];
    // The post left behind is staffed as far as it is backfilled (paid for in the placement phase).
    staff.backfill[home[i]] += Math.min(1, backfillShare[pool.instrument[q]]);
    const months = now - postSince[i];
    const absorbed = w.absorption[o * TIER_COUNT + orgs.tier[home[i]]];
    const productive = (months >= r.placedRamp ? 1 : months / r.placedRamp) * absorbed;
    // A secondee shapes the host's practice with the weight of the post held there, which
    // safeguards may have set below their own grade (seniorPost.ts, docs/ODD.md §7.6).
    const g = pool.postGrade[q];
    const infl = r.influence[g] * productive * pool.quality[q];
    staff.weight[o] += productive;
    staff.influence[o] += infl;
    if (g >= SENIOR_GRADE && pool.senior[q] === 1) {
      org.seniorPosts[o]++;
      staff.seniorWeight[o] += r.influence[g];
      if (orgs.tier[home[i]] === 0 && orgs.tier[o] !== 0) {
        // Only a holder who answers to the home ministry pulls the host's priorities (§7.11).
        if (pool.answersHome[q] === 1) staff.seniorCentralWeight[o] += r.influence[g];
        org.seniorHeldByCentre[o]++;
      }
    }
    for (let d = 0; d < K; d++) {
      const j = o * K + d;
      let k = know[i * K + d];
      if (r.learn) {
        k = step(k, org.demand[j], org.code[j], r.fromCode * r.boost, r.explore * r.boost, r.forget);
        know[i * K + d] = k;
      }
      staff.weightedKnow[j] += productive * k;
      const c = org.code[j];
      if (k > c) {
        staff.excess[j] += infl * (k - c);
        staff.placedExcess[j] += infl * (k - c);
      }
    }
  }
}
