import type { Draws } from '../../random/streams.ts';
import { TIERS } from '../../scenario/vocabulary.ts';
import type { Compiled } from '../compile.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { K, type World } from '../world.ts';

type InstrumentSpec = Compiled<Scenario>['programme']['instruments']['secondment'];

/** Officials looked at per proposal before it fails for want of a candidate. */
const LOOKED_AT = 12;
/** Months in post after which an orchestrated rotation is due. */
const ROTATION_DUE_MONTHS = 24;

/**
 * Who goes. Voluntary: eligible officials asked at random volunteer with a chance that rises with
 * the host's attractiveness and the career value of placements and falls with job insecurity (002).
 * Orchestrated: officials whose rotation is due are sent. Careful matching (defined work, 002)
 * looks at more acceptable candidates and takes the one who brings most of what the host lacks.
 */
export function chooseCandidate(w: World, sender: number, host: number, spec: InstrumentSpec, voluntary: boolean, d: Draws): number {
  const { off, orgs, org, p, tick } = w;
  const first = orgs.slotStart[sender];
  const size = orgs.slotStart[sender + 1] - first;
  const tp = p.tiers[TIERS[orgs.tier[sender]]];
  const c = p.context;
  const willing = Math.min(1, c.baseWillingness[tick] * (0.5 + org.attractiveness[host]) * (0.5 + c.careerValue[tick]) * (1 - 0.5 * tp.jobInsecurity[tick]));
  const wanted = 1 + Math.round(3 * p.programme.framework.definedWork[tick]);
  let best = -1;
  let bestFit = -1;
  let found = 0;
  for (let look = 0; look < LOOKED_AT && found < wanted; look++) {
    const i = first + d.int(size);
    if (!off.occupied[i] || off.placement[i] >= 0 || off.at[i] !== sender) continue;
    if (off.grade[i] < spec.minGrade || off.grade[i] > spec.maxGrade) continue;
    if (tick - off.returnedAt[i] < 12) continue;
    if (voluntary ? d.next() >= willing : tick - off.postSince[i] < ROTATION_DUE_MONTHS) continue;
    found++;
    let fit = 0;
    for (let k = 0; k < K; k++) fit += Math.max(0, org.demand[host * K + k] - org.know[host * K + k]) * off.know[i * K + k];
    if (fit > bestFit) {
      bestFit = fit;
      best = i;
    }
  }
  return best;
}
