import { tickKey, uniformAt, uniformFrom } from '../../random/hash.ts';
import { Draws } from '../../random/streams.ts';
import { GRADES, SENIOR_GRADE, TIERS } from '../../scenario/vocabulary.ts';
import { K, type World } from '../world.ts';
import { exp } from '../../math/portable.ts';

const draws = new Draws();

/** Reused between organisations: the vacancies to fill internally. */
let fills = new Int32Array(1024);
/** Random looks per shortlist place before giving up on filling the shortlist. */
const LOOKS_PER_PLACE = 8;
/** Random looks per shortlist place kept for the fast track: its officials are few, so the search is wider. */
const LOOKS_PER_FAST_TRACK_PLACE = 64;

/**
 * Promotion by vacancy chain: a vacant post above the entry grade is filled, at the tier's internal
 * share, by the best of a shortlist from the grade below; their old post becomes the vacancy.
 * Score is competence against the organisation's demands plus a bonus for cross-tier experience
 * where careers count it; a little noise stands for everything else a panel weighs. Where a career
 * track exists, shortlists for senior posts are drawn first from its officials (docs/ODD.md §7.4).
 * Whether the newly promoted have cross-tier experience (Japan: 81% of new section chiefs had been
 * seconded; UK: most permanent secretaries had no outside experience) is not set here: it follows
 * from who is sent on placements and who appears on shortlists.
 * Organisations are processed one at a time (workforce phase), so the random looks that build a
 * shortlist stay within memory that is already in cache.
 */
export function promotionsIn(w: World, o: number, vacancies: Int32Array, count: number): void {
  const { p, tick, orgs, off } = w;
  const t = TIERS[orgs.tier[o]];
  const fill = (1 - exp(-1 / p.tiers[t].vacancyMonths[tick])) * p.tiers[t].internalPromotionShare[tick];
  const tk = tickKey(w.keys.careers, tick);
  if (fills.length < count) fills = new Int32Array(count);
  let n = 0;
  for (let v = 0; v < count; v++) {
    const s = vacancies[v];
    if (off.grade[s] > 0 && uniformFrom(tk, s) < fill) fills[n++] = s;
  }
  if (n > 0) promoteWithin(w, o, n);
}

function promoteWithin(w: World, o: number, n: number): void {
  const { p, tick, orgs, off } = w;
  const shortlist = p.careers.candidatesPerVacancy[tick];
  const minMonths = p.careers.minMonthsInGrade[tick];
  const first = orgs.slotStart[o];
  const size = orgs.slotStart[o + 1] - first;
  const t = orgs.tier[o];
  for (let f = 0; f < n; f++) {
    const s = fills[f];
    const g = off.grade[s];
    const d = draws.reset(w.keys.careers, tick, s);
    // Senior posts keep some shortlist places for fast-track officials (docs/ODD.md §7.4); the
    // looks for them come first and only where a track exists, so other scenarios keep their draws.
    const kept = g >= SENIOR_GRADE ? Math.round(p.careers.fastTrackShortlist[tick] * shortlist) : 0;
    let best = -1;
    let bestScore = -Infinity;
    let found = 0;
    for (let look = 0; look < LOOKS_PER_FAST_TRACK_PLACE * kept && found < kept; look++) {
      const i = first + d.int(size);
      if (off.fastTrack[i] === 0 || !eligible(w, i, g, minMonths)) continue;
      found++;
      const score = scoreOf(w, o, i);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    // Random looks at the organisation's officials until the shortlist is full (or looks run out,
    // as they do where few hold the grade below).
    for (let look = 0; look < LOOKS_PER_PLACE * shortlist && found < shortlist; look++) {
      const i = first + d.int(size);
      if (!eligible(w, i, g, minMonths)) continue;
      found++;
      const score = scoreOf(w, o, i);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) continue;
    off.grade[best] = g;
    off.grade[s] = g - 1;
    off.gradeSince[best] = tick;
    off.postSince[best] = tick;
    countPromotion(w, t, g, off.placementsDone[best] > 0);
  }
}

/** Holds the grade below g, is in post at home, and has served the months in grade. Grade first: one byte, and the test that usually fails. */
function eligible(w: World, i: number, g: number, minMonths: number): boolean {
  const { off, tick } = w;
  return off.grade[i] === g - 1 && off.occupied[i] === 1 && off.placement[i] < 0 && tick - off.gradeSince[i] >= minMonths;
}

function countPromotion(w: World, t: number, g: number, experienced: boolean): void {
  const { tally } = w;
  const tg = t * GRADES.length + g;
  const reported = w.tick >= w.warmUp;
  tally.promotions[t]++;
  tally.promotionsInto[tg]++;
  if (reported) tally.promotedSinceStart[tg]++;
  if (!experienced) return;
  tally.promotionsOfExperienced[t]++;
  tally.promotionsIntoExperienced[tg]++;
  if (reported) tally.promotedExperiencedSinceStart[tg]++;
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
