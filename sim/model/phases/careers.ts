import { uniformAt } from '../../random/hash.ts';
import { Draws } from '../../random/streams.ts';
import { TIERS } from '../../scenario/vocabulary.ts';
import { K, type World } from '../world.ts';

const draws = new Draws();

/**
 * Promotion by vacancy chain: a vacant post above the entry grade is filled, at the tier's internal
 * share, by the best of a shortlist from the grade below; their old post becomes the vacancy.
 * Score is competence against the organisation's demands plus a bonus for cross-tier experience
 * where careers count it (Japan: 81% of new section chiefs had been seconded; UK: most permanent
 * secretaries had no outside experience).
 */
export function careersPhase(w: World): void {
  const { p, tick, orgs, off, tally } = w;
  const key = w.keys.careers;
  const fill = TIERS.map((t) => (1 - Math.exp(-1 / p.tiers[t].vacancyMonths[tick])) * p.tiers[t].internalPromotionShare[tick]);
  const vacant = off.vacant;
  for (let v = 0; v < vacant.size; v++) {
    const s = vacant.dense[v];
    const g = off.grade[s];
    const o = off.home[s];
    const t = orgs.tier[o];
    if (g === 0 || uniformAt(key, tick, s) >= fill[t]) continue;
    const best = bestCandidate(w, o, g - 1, draws.reset(key, tick, s));
    if (best < 0) continue;
    off.grade[best] = g;
    off.grade[s] = g - 1;
    off.monthsInGrade[best] = 0;
    off.monthsInPost[best] = 0;
    tally.promotions[t]++;
    if (off.placementsDone[best] > 0) tally.promotionsOfExperienced[t]++;
  }
}

/** The best of a shortlist drawn from organisation o's officials at home in grade g, or -1. */
function bestCandidate(w: World, o: number, g: number, d: Draws): number {
  const { p, tick, orgs, off, org } = w;
  const bonus = p.careers.crossTierWeight[tick];
  const minMonths = p.careers.minMonthsInGrade[tick];
  const shortlist = p.careers.candidatesPerVacancy[tick];
  const first = orgs.slotStart[o];
  const size = orgs.slotStart[o + 1] - first;
  let demandSum = 0;
  for (let k = 0; k < K; k++) demandSum += org.demand[o * K + k];
  let best = -1;
  let bestScore = -Infinity;
  for (let look = 0, found = 0; look < shortlist * 4 && found < shortlist; look++) {
    const j = first + d.int(size);
    if (!off.occupied[j] || off.grade[j] !== g || off.placement[j] >= 0 || off.monthsInGrade[j] < minMonths) continue;
    found++;
    let competence = 0;
    for (let k = 0; k < K; k++) competence += org.demand[o * K + k] * off.know[j * K + k];
    const score = competence / (demandSum || 1) + (off.placementsDone[j] > 0 ? bonus : 0) + 0.05 * d.next();
    if (score > bestScore) {
      bestScore = score;
      best = j;
    }
  }
  return best;
}
