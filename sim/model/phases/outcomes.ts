import type { World } from '../world.ts';
import { pow } from '../../math/portable.ts';

/**
 * A generalised mean with a negative exponent: close to the smallest input, so no amount of one
 * input makes up for the lack of another (000: secondments "cannot compensate for unclear mandates
 * or inadequate resources"). Zero if any input is zero.
 */
export function boundedMean(values: readonly number[], sharpness: number): number {
  let sum = 0;
  for (const v of values) {
    if (v <= 0) return 0;
    sum += pow(v, -sharpness);
  }
  return pow(sum / values.length, -1 / sharpness);
}

/**
 * Outcomes and local autonomy. Central secondees holding senior local posts and answering to their
 * home ministry pull priorities toward the centre (000: "protections against over-centralisation");
 * results for communities depend on capability and coordination, bounded by mandate clarity and
 * resourcing, and on priorities fitting the place.
 */
export function outcomesPhase(w: World): void {
  const { orgs, org, p, tick, staff } = w;
  const O = p.outcomes;
  const s = O.boundSharpness[tick];
  // Whom each secondee answers to is drawn when the post is taken (seniorPost.ts): the pull here
  // counts only those who answer home, so host accountability acts through the holders, not as a factor.
  const pull = O.autonomyPull[tick];
  const adjust = O.autonomyAdjustPerMonth[tick];
  const localWeight = O.localPriorityWeight[tick];
  for (let o = 0; o < orgs.count; o++) {
    if (orgs.tier[o] !== 0) {
      const pressure = staff.seniorWeight[o] > 0 ? staff.seniorCentralWeight[o] / staff.seniorWeight[o] : 0;
      const target = Math.max(0, 1 - pull * pressure);
      org.autonomy[o] += adjust * (target - org.autonomy[o]);
    }
    const M = org.mandate[o];
    const R = org.resourcing[o];
    const C = org.capability[o];
    const X = org.coordination[o];
    org.decisionSpeed[o] = boundedMean([M, X], s);
    org.deliveryPace[o] = boundedMean([R, C, X], s);
    org.outcome[o] = boundedMean([M, R, Math.sqrt(C * X)], s) * (1 - localWeight + localWeight * org.autonomy[o]);
  }
}
