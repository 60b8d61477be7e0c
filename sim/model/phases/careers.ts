import { tickKey, uniformAt, uniformFrom } from '../../random/hash.ts';
import { Draws } from '../../random/streams.ts';
import { GRADES, TIERS } from '../../scenario/vocabulary.ts';
import { K, type World } from '../world.ts';

const draws = new Draws();
const G = GRADES.length;

/** Reused between ticks: the vacancies to fill internally, and each grade's scored candidates. */
const fills: number[] = [];
let candidateSlot = new Int32Array(1024);
const gradeStart = new Int32Array(G + 1);

/**
 * Promotion by vacancy chain: a vacant post above the entry grade is filled, at the tier's internal
 * share, by the best of a shortlist from the grade below; their old post becomes the vacancy.
 * Score is competence against the organisation's demands plus a bonus for cross-tier experience
 * where careers count it (Japan: 81% of new section chiefs had been seconded; UK: most permanent
 * secretaries had no outside experience). A little noise stands for everything else a panel weighs.
 *
 * Each organisation with posts to fill is scanned once, in slot order, to list its eligible
 * officials; shortlists are drawn from those lists and only shortlisted officials are scored
 * (reading memory in order is what makes a national run fast).
 */
export function careersPhase(w: World): void {
  const { p, tick, orgs, off } = w;
  const tk = tickKey(w.keys.careers, tick);
  const fill = TIERS.map((t) => (1 - Math.exp(-1 / p.tiers[t].vacancyMonths[tick])) * p.tiers[t].internalPromotionShare[tick]);
  fills.length = 0;
  for (let v = 0; v < off.vacant.size; v++) {
    const s = off.vacant.dense[v];
    if (off.grade[s] > 0 && uniformFrom(tk, s) < fill[orgs.tier[off.home[s]]]) fills.push(s);
  }
  // Slot order, so the result does not depend on the order vacancies arose in.
  fills.sort((a, b) => a - b);
  for (let f = 0; f < fills.length; ) {
    const o = off.home[fills[f]];
    let g = f;
    while (g < fills.length && off.home[fills[g]] === o) g++;
    promoteWithin(w, o, f, g);
    f = g;
  }
}

function promoteWithin(w: World, o: number, from: number, to: number): void {
  const { p, tick, orgs, off, tally } = w;
  bucketCandidates(w, o);
  const shortlist = p.careers.candidatesPerVacancy[tick];
  const t = orgs.tier[o];
  for (let f = from; f < to; f++) {
    const s = fills[f];
    const g = off.grade[s];
    const first = gradeStart[g - 1];
    const pool = gradeStart[g] - first;
    if (pool === 0) continue;
    const d = draws.reset(w.keys.careers, tick, s);
    let best = -1;
    let bestScore = -Infinity;
    for (let c = 0; c < shortlist; c++) {
      const j = first + d.int(pool);
      const i = candidateSlot[j];
      if (i < 0) continue;
      const score = scoreOf(w, o, i);
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    if (best < 0) continue;
    const winner = candidateSlot[best];
    candidateSlot[best] = -1;
    off.grade[winner] = g;
    off.grade[s] = g - 1;
    off.gradeSince[winner] = tick;
    off.postSince[winner] = tick;
    tally.promotions[t]++;
    if (off.placementsDone[winner] > 0) tally.promotionsOfExperienced[t]++;
  }
}

/** A candidate's score this tick: the same in every shortlist they appear on. */
function scoreOf(w: World, o: number, i: number): number {
  const { p, tick, off, org } = w;
  let competence = 0;
  let demandSum = 0;
  for (let k = 0; k < K; k++) {
    competence += org.demand[o * K + k] * off.know[i * K + k];
    demandSum += org.demand[o * K + k];
  }
  const experienced = off.placementsDone[i] > 0 ? p.careers.crossTierWeight[tick] : 0;
  return competence / (demandSum || 1) + experienced + 0.05 * uniformAt(w.keys.careers ^ 0x2545f491, tick, i);
}

/** Lists o's officials at home who are eligible for promotion, grouped by grade, in slot order. */
function bucketCandidates(w: World, o: number): void {
  const { p, tick, orgs, off } = w;
  const minMonths = p.careers.minMonthsInGrade[tick];
  const first = orgs.slotStart[o];
  const end = orgs.slotStart[o + 1];
  if (candidateSlot.length < end - first) candidateSlot = new Int32Array(end - first);
  const { occupied, placement, gradeSince, grade } = off;
  const counts = gradeStart.fill(0);
  for (let i = first; i < end; i++) {
    if (occupied[i] === 1 && placement[i] < 0 && tick - gradeSince[i] >= minMonths) counts[grade[i] + 1]++;
  }
  for (let g = 0; g < G; g++) counts[g + 1] += counts[g];
  const next = gradeStart.slice(0, G);
  for (let i = first; i < end; i++) {
    if (occupied[i] === 1 && placement[i] < 0 && tick - gradeSince[i] >= minMonths) candidateSlot[next[grade[i]]++] = i;
  }
}
