import { DOMAINS, GRADES, TIERS } from '../scenario/vocabulary.ts';
import { largestRemainder } from './largestRemainder.ts';
import { hire } from './phases/hiring.ts';
import { K, type World } from './world.ts';


/**
 * Fills every post at the start: each organisation's grades in its tier's shares (exact counts),
 * officials of the tier's knowledge profile with established tenure, and each code set to the
 * tier's profile.
 */
export function populate(w: World): void {
  const { orgs, off, org, p } = w;
  const key = w.keys.init;
  for (let o = 0; o < orgs.count; o++) {
    const t = orgs.tier[o];
    const tp = p.tiers[TIERS[t]];
    const first = orgs.slotStart[o];
    const counts = largestRemainder(GRADES.map((g) => tp.gradeShares[g][0]), orgs.establishment[o]);
    let s = first;
    counts.forEach((n, g) => {
      for (let j = 0; j < n; j++, s++) {
        const d = w.reused.populate.reset(key, 0, s);
        hire(w, s, o, t, d);
        off.grade[s] = g;
        off.gradeSince[s] = -d.int(60);
        off.postSince[s] = -(12 + d.int(108));
      }
    });
    for (let d = 0; d < K; d++) org.code[o * K + d] = tp.knowledge[DOMAINS[d]][0];
  }
}
