import { INSTRUMENTS, SENIOR_GRADE } from '../../scenario/vocabulary.ts';
import { K, type World } from '../world.ts';
import { pow } from '../../math/portable.ts';
import { absorptionAtHosts, TIER_COUNT } from '../bridges.ts';

/**
 * Learning and forgetting, after March (1991) "Exploration and exploitation in organizational
 * learning": officials learn their workplace's shared code as far as the work uses it, and only
 * slowly explore beyond it toward what the work demands; they forget what the work no longer uses
 * (a half-life, Tatel & Ackerman 2025); the code learns from staff who know more than it, senior
 * staff counting for more, and relaxes toward what staff know (organisational forgetting, Argote
 * 2013). New posts ramp up to full productivity (IfG 2019); induction shortens a placement's.
 *
 * One pass over officials updates knowledge and accumulates what each organisation's assessment
 * needs, so nothing else walks every official to measure capability. Officials at home are visited
 * organisation by organisation (the hot loop); placed officials, a few thousand, from the pool.
 */
// The hot loop below is unrolled for the four domains of the vocabulary.
if (K !== 4) throw new Error('learning.ts assumes four knowledge domains');

export function learningPhase(w: World): void {
  updateAndAccumulate(w, true);
  updateCodes(w);
  assessOrganisations(w);
}

/** The start-of-run assessment: the same sums, no learning. */
export function initialAssessment(w: World): void {
  updateAndAccumulate(w, false);
  assessOrganisations(w);
}

interface Rates {
  learn: boolean;
  explore: number;
  fromCode: number;
  forget: number;
  boost: number;
  ramp: number;
  placedRamp: number;
  influence: Float64Array;
}

function rates(w: World, learn: boolean): Rates {
  const L = w.p.learning;
  const t = w.tick;
  const ramp = L.rampMonths[t];
  return {
    learn,
    explore: learn ? L.explorationPerMonth[t] : 0,
    fromCode: learn ? L.fromCodePerMonth[t] : 0,
    forget: learn ? 1 - pow(0.5, 1 / L.forgettingHalfLifeMonths[t]) : 0,
    boost: L.placementLearningBoost[t],
    ramp,
    placedRamp: ramp * (1 - L.inductionRampCut[t] * w.p.programme.framework.induction[t]),
    influence: Float64Array.from({ length: 5 }, (_, g) => pow(L.seniorInfluence[t], g)),
  };
}

function updateAndAccumulate(w: World, learn: boolean): void {
  const { off, org, orgs, scratch } = w;
  const r = rates(w, learn);
  const { weight, influence, weightedKnow, excess, placedExcess, seniorWeight, seniorCentralWeight } = scratch;
  for (const a of [weight, scratch.backfill, influence, weightedKnow, excess, placedExcess, seniorWeight, seniorCentralWeight]) a.fill(0);
  org.seniorPosts.fill(0);
  org.seniorHeldByCentre.fill(0);
  const { know, occupied, placement, grade, postSince } = off;
  // Months in post count the current month once learning has happened in it.
  const { demand, code } = org;
  const ig = r.influence;
  const now = learn ? w.tick + 1 : w.tick;
  const { explore, fromCode, forget, ramp } = r;
  // Rates are halved once so that the loop can write rate * max(0, x) as (rate / 2) * twicePos(x):
  // the same real product, rounded once, so the same bits with one multiplication fewer (halving
  // a rate is exact unless it is below 1e-307). Measured: learning 13% faster.
  const halfExplore = 0.5 * explore;
  const halfForget = 0.5 * forget;
  // Module imports are live bindings V8 reloads on every use; the hot loop reads local copies.
  const stride = K;
  const seniorGrade = SENIOR_GRADE;
  for (let o = 0; o < orgs.count; o++) {
    const oi = o * stride;
    const u0 = demand[oi], u1 = demand[oi + 1], u2 = demand[oi + 2], u3 = demand[oi + 3];
    const c0 = code[oi], c1 = code[oi + 1], c2 = code[oi + 2], c3 = code[oi + 3];
    // fromCode * u * gap multiplies left to right, so (fromCode * u) / 2 is one rate for everyone here.
    const a0 = 0.5 * (fromCode * u0), a1 = 0.5 * (fromCode * u1), a2 = 0.5 * (fromCode * u2), a3 = 0.5 * (fromCode * u3);
    let sw = 0, si = 0, k0s = 0, k1s = 0, k2s = 0, k3s = 0, e0 = 0, e1 = 0, e2 = 0, e3 = 0, seniors = 0, seniorW = 0;
    for (let i = orgs.slotStart[o], end = orgs.slotStart[o + 1]; i < end; i++) {
      if (occupied[i] === 0 || placement[i] >= 0) continue;
      const months = now - postSince[i];
      const productive = months >= ramp ? 1 : months / ramp;
      const g = grade[i];
      const infl = ig[g] * productive;
      const halfInfl = 0.5 * infl;
      sw += productive;
      si += infl;
      if (g >= seniorGrade) {
        seniors++;
        seniorW += ig[g];
      }
      const ii = i * stride;
      let k0 = know[ii], k1 = know[ii + 1], k2 = know[ii + 2], k3 = know[ii + 3];
      if (learn) {
        // Written out, and branch-free: knowledge sits right at demand and code, so comparisons
        // there are coin flips the branch predictor loses (measured: twice the time; Math.max
        // compiles to compares and branches too). The clamp to [0, 1] almost never binds, so its
        // branches are predicted: Math.min and Math.max are faster there than the branch-free
        // max(0, k) - max(0, k - 1) used before, and give the same bits for any |k| < 2^53.
        k0 += a0 * twicePos(c0 - k0) + halfExplore * twicePos(u0 - k0);
        k0 -= halfForget * twicePos(k0 - u0);
        k0 = Math.min(Math.max(k0, 0), 1);
        k1 += a1 * twicePos(c1 - k1) + halfExplore * twicePos(u1 - k1);
        k1 -= halfForget * twicePos(k1 - u1);
        k1 = Math.min(Math.max(k1, 0), 1);
        k2 += a2 * twicePos(c2 - k2) + halfExplore * twicePos(u2 - k2);
        k2 -= halfForget * twicePos(k2 - u2);
        k2 = Math.min(Math.max(k2, 0), 1);
        k3 += a3 * twicePos(c3 - k3) + halfExplore * twicePos(u3 - k3);
        k3 -= halfForget * twicePos(k3 - u3);
        k3 = Math.min(Math.max(k3, 0), 1);
        know[ii] = k0;
        know[ii + 1] = k1;
        know[ii + 2] = k2;
        know[ii + 3] = k3;
      }
      k0s += productive * k0;
      k1s += productive * k1;
      k2s += productive * k2;
      k3s += productive * k3;
      e0 += halfInfl * twicePos(k0 - c0);
      e1 += halfInfl * twicePos(k1 - c1);
      e2 += halfInfl * twicePos(k2 - c2);
      e3 += halfInfl * twicePos(k3 - c3);
    }
    weight[o] = sw;
    influence[o] = si;
    weightedKnow[oi] = k0s;
    weightedKnow[oi + 1] = k1s;
    weightedKnow[oi + 2] = k2s;
    weightedKnow[oi + 3] = k3s;
    excess[oi] = e0;
    excess[oi + 1] = e1;
    excess[oi + 2] = e2;
    excess[oi + 3] = e3;
    org.seniorPosts[o] = seniors;
    seniorWeight[o] = seniorW;
  }
  accumulatePlaced(w, r);
}

/** 2 max(0, x) without a branch: x + |x| is exact, and |x| is a bit mask. */
const twicePos = (x: number) => x + Math.abs(x);

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
function accumulatePlaced(w: World, r: Rates): void {
  const { off, org, orgs, pool, scratch } = w;
  const { know, postSince, home } = off;
  const now = r.learn ? w.tick + 1 : w.tick;
  const backfillShare = INSTRUMENTS.map((name) => w.p.programme.instruments[name].backfillShare[w.tick]);
  absorptionAtHosts(w, scratch.absorption);
  for (let q = 0; q < pool.size; q++) {
    const i = pool.official[q];
    const o = pool.host[q];
    // The post left behind is staffed as far as it is backfilled (paid for in the placement phase).
    scratch.backfill[home[i]] += Math.min(1, backfillShare[pool.instrument[q]]);
    const months = now - postSince[i];
    const absorbed = scratch.absorption[o * TIER_COUNT + orgs.tier[home[i]]];
    const productive = (months >= r.placedRamp ? 1 : months / r.placedRamp) * absorbed;
    // A secondee shapes the host's practice with the weight of the post held there, which
    // safeguards may have set below their own grade (seniorPost.ts, docs/ODD.md §7.6).
    const g = pool.postGrade[q];
    const infl = r.influence[g] * productive * pool.quality[q];
    scratch.weight[o] += productive;
    scratch.influence[o] += infl;
    if (g >= SENIOR_GRADE && pool.senior[q] === 1) {
      org.seniorPosts[o]++;
      scratch.seniorWeight[o] += r.influence[g];
      if (orgs.tier[home[i]] === 0 && orgs.tier[o] !== 0) {
        // Only a holder who answers to the home ministry pulls the host's priorities (§7.11).
        if (pool.answersHome[q] === 1) scratch.seniorCentralWeight[o] += r.influence[g];
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
      scratch.weightedKnow[j] += productive * k;
      const c = org.code[j];
      if (k > c) {
        scratch.excess[j] += infl * (k - c);
        scratch.placedExcess[j] += infl * (k - c);
      }
    }
  }
}

/** The code learns from staff who know more and relaxes toward what staff know. */
function updateCodes(w: World): void {
  const { org, orgs, scratch, p, tick } = w;
  const codeRate = p.learning.codeLearningPerMonth[tick];
  const relax = 1 - p.learning.codeRetentionPerMonth[tick];
  for (let o = 0; o < orgs.count; o++) {
    const infl = scratch.influence[o];
    if (infl <= 0) continue;
    for (let d = 0; d < K; d++) {
      const j = o * K + d;
      const mean = scratch.weightedKnow[j] / (scratch.weight[o] || 1);
      const fromPlaced = (codeRate * scratch.placedExcess[j]) / infl;
      let c = org.code[j] + (codeRate * scratch.excess[j]) / infl + relax * (mean - org.code[j]);
      c = c < 0 ? 0 : c > 1 ? 1 : c;
      org.code[j] = c;
      org.imported[j] = Math.min(c, org.imported[j] * (1 - relax) + fromPlaced);
      w.tally.transferred[orgs.tier[o]] += fromPlaced;
    }
  }
}

/** Capability: productive staffing (backfilled posts included) times how far effective knowledge meets each domain's demand. */
function assessOrganisations(w: World): void {
  const { orgs, org, scratch, p, tick } = w;
  const share = p.learning.codeShareOfCapability[tick];
  for (let o = 0; o < orgs.count; o++) {
    let met = 0;
    let demanded = 0;
    for (let d = 0; d < K; d++) {
      const j = o * K + d;
      const mean = scratch.weight[o] > 0 ? scratch.weightedKnow[j] / scratch.weight[o] : 0;
      const know = (1 - share) * mean + share * org.code[j];
      org.know[j] = know;
      const need = org.demand[j];
      demanded += need;
      met += need > 0 ? need * Math.min(1, know / need) : 0;
    }
    org.staffing[o] = (scratch.weight[o] + scratch.backfill[o]) / orgs.establishment[o];
    org.capability[o] = Math.min(1, org.staffing[o]) * (demanded > 0 ? met / demanded : 1);
  }
}
