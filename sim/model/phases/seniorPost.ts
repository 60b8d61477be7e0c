import { uniformAt } from '../../random/hash.ts';
import { GRADES, SENIOR_GRADE } from '../../scenario/vocabulary.ts';
import type { World } from '../world.ts';

const TOP_GRADE = GRADES.length - 1;
/** Salt of the draw deciding whom a secondee answers to, apart from every other placement draw. */
const ANSWERS_SALT = 0x5a1e6a2d;

/**
 * Which post a new placement q of official i holds at the host, and whom its holder answers to
 * (docs/ODD.md §7.6, §7.11). Central secondees in local government are placed hostGradeUplift
 * grades above their own, and local secondees in ministries as many below (Japan: seniority is
 * asymmetric, 532 national officials at section-chief level and above in prefectural posts against
 * 20 local officials at office-director level and above in ministries, MIC via Tokyo Shimbun). The safeguards of 000 ("protections against
 * over-centralisation") act on that post: over the senior-post cap the secondee takes the highest
 * post below senior and a host official keeps the senior one; in a senior post the secondee
 * answers to the host with probability hostAccountability, and otherwise to the home ministry.
 */
export function assignPost(w: World, q: number, i: number, sender: number, host: number, inst: number, di: number): void {
  const { p, tick, off, org, orgs, pool, tally } = w;
  const centralInLocal = orgs.tier[sender] === 0 && orgs.tier[host] !== 0;
  const localInCentral = orgs.tier[sender] !== 0 && orgs.tier[host] === 0;
  const uplift = Math.round(p.context.hostGradeUplift[tick]);
  let grade = off.grade[i];
  // One correspondence between the two grade scales, read both ways: a ministry division director
  // ranks with a prefectural department head, so a department head seconded to a ministry takes a
  // division director's post (docs/ODD.md §7.6).
  if (centralInLocal) {
    const own = grade;
    grade = Math.min(TOP_GRADE, own + uplift);
    // The track's officials are placed by the posts they are headed for, into senior local posts
    // while still young (docs/ODD.md §7.6, §7.16), but no higher than section chief on that account.
    if (off.fastTrack[i]) grade = Math.max(grade, Math.min(SENIOR_GRADE, own + uplift + p.careers.fastTrackUplift[tick]));
  } else if (localInCentral) grade = Math.max(0, grade - uplift);
  let senior = grade >= SENIOR_GRADE ? 1 : 0;
  let answersHome = 0;
  if (senior && centralInLocal) {
    const cap = p.programme.safeguards.seniorPostCap[tick];
    if (org.seniorHeldByCentre[host] + 1 > cap * Math.max(1, org.seniorPosts[host])) {
      senior = 0;
      grade = SENIOR_GRADE - 1;
      tally.safeguarded[inst * 6 + di]++;
    } else {
      org.seniorHeldByCentre[host]++;
      answersHome = uniformAt(w.keys.placement ^ ANSWERS_SALT, tick, i) < p.programme.safeguards.hostAccountability[tick] ? 0 : 1;
    }
  }
  pool.senior[q] = senior;
  pool.postGrade[q] = grade;
  pool.answersHome[q] = answersHome;
}
