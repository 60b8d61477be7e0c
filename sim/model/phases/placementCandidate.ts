import type { Draws } from '../../random/streams.ts';
import { GRADES, TIERS } from '../../scenario/vocabulary.ts';
import type { Compiled } from '../compile.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { K, type World } from '../world.ts';

type InstrumentSpec = Compiled<Scenario>['programme']['instruments']['secondment'];

/** Officials looked at per proposal before it fails for want of a candidate. */
const LOOKED_AT = 12;
/** Looks per proposal kept for the fast track: its officials are few, so a reserved place looks wider. */
const LOOKED_AT_FAST_TRACK = 8 * LOOKED_AT;
const CENTRAL = 0;
const EXECUTIVE = GRADES.length - 1;
/** Months in post after which an orchestrated rotation is due. */
const ROTATION_DUE_MONTHS = 24;

/**
 * Who goes. Voluntary: eligible officials asked at random volunteer with a chance that rises with
 * the host's attractiveness and the career value of placements and falls with job insecurity (002).
 * Orchestrated: officials whose rotation is due are sent. Careful matching (defined work, 002)
 * looks at more acceptable candidates and takes the one who brings most of what the host lacks.
 * A central sender keeps a share of its places (careers.fastTrackPlaces) for fast-track officials:
 * rotation as a planned step of their career track (docs/ODD.md §7.4); the rest go to anyone.
 */
export function chooseCandidate(w: World, sender: number, host: number, spec: InstrumentSpec, voluntary: boolean, d: Draws): number {
  const { orgs, org, p, tick } = w;
  const tp = p.tiers[TIERS[orgs.tier[sender]]];
  const c = p.context;
  const willing = voluntary ? Math.min(1, c.baseWillingness[tick] * (0.5 + org.attractiveness[host]) * (0.5 + c.careerValue[tick]) * (1 - 0.5 * tp.jobInsecurity[tick])) : 1;
  // Drawn only where a track exists, so scenarios without one keep their random numbers.
  const reserved = p.careers.fastTrackPlaces[tick];
  if (orgs.tier[sender] === CENTRAL && reserved > 0 && d.next() < reserved) {
    const fast = bestCandidate(w, sender, host, spec, voluntary, willing, true, d);
    // A place no fast-track official is due for goes to anyone, as every place does without a track.
    if (fast >= 0) return fast;
  }
  return bestCandidate(w, sender, host, spec, voluntary, willing, false, d);
}

function bestCandidate(w: World, sender: number, host: number, spec: InstrumentSpec, voluntary: boolean, willing: number, fastOnly: boolean, d: Draws): number {
  const { off, orgs, org, p, tick } = w;
  const first = orgs.slotStart[sender];
  const size = orgs.slotStart[sender + 1] - first;
  const wanted = 1 + Math.round(3 * p.programme.framework.definedWork[tick]);
  const looks = fastOnly ? LOOKED_AT_FAST_TRACK : LOOKED_AT;
  let best = -1;
  let bestFit = -1;
  let found = 0;
  for (let look = 0; look < looks && found < wanted; look++) {
    const i = first + d.int(size);
    // The track rotates its officials on the way up, before the executive posts they are headed for.
    if (fastOnly && (!off.fastTrack[i] || off.grade[i] >= EXECUTIVE)) continue;
    if (!off.occupied[i] || off.placement[i] >= 0 || off.at[i] !== sender) continue;
    if (off.grade[i] < spec.minGrade || off.grade[i] > spec.maxGrade) continue;
    if (tick - off.returnedAt[i] < 12) continue;
    if (voluntary ? d.next() >= willing : tick - off.postSince[i] < ROTATION_DUE_MONTHS) continue;
    found++;
    let fit = 0;
    for (let k = 0; k < K; k++) fit += Math.max(0, org.demand[host * K + k] - org.know[host * K + k]) * off.know[i * K + k];
    // The track rotates each of its officials before sending anyone a second time (a fit never exceeds K).
    if (fastOnly && off.placementsDone[i] === 0) fit += K;
    if (fit > bestFit) {
      bestFit = fit;
      best = i;
    }
  }
  return best;
}
