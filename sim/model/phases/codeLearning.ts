import { K, type World } from '../world.ts';

/** The code learns from staff who know more and relaxes toward what staff know. */
export function updateCodes(w: World): void {
  const { org, orgs, staff, p, tick } = w;
  const codeRate = p.learning.codeLearningPerMonth[tick];
  const relax = 1 - p.learning.codeRetentionPerMonth[tick];
  for (let o = 0; o < orgs.count; o++) {
    const infl = staff.influence[o];
    if (infl <= 0) continue;
    for (let d = 0; d < K; d++) {
      const j = o * K + d;
      const mean = staff.weightedKnow[j] / (staff.weight[o] || 1);
      const fromPlaced = (codeRate * staff.placedExcess[j]) / infl;
      let c = org.code[j] + (codeRate * staff.excess[j]) / infl + relax * (mean - org.code[j]);
      c = c < 0 ? 0 : c > 1 ? 1 : c;
      org.code[j] = c;
      org.imported[j] = Math.min(c, org.imported[j] * (1 - relax) + fromPlaced);
      w.tally.transferred[orgs.tier[o]] += fromPlaced;
    }
  }
}
