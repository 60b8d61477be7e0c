import { TIER_COUNT } from '../bridges.ts';
import { PASS_ON, passOn } from '../lifecycle.ts';
import { K, type World } from '../world.ts';

/**
 * Transfer when placements end. While placed, a secondee's knowledge reaches the host through its
 * code (learning phase). When they go, a handover passes part of it to host colleagues; back home,
 * knowledge capture ("building on secondment", 002) passes on what they learned (000: "leave
 * capability behind through knowledge capture and succession planning"). The programme itself
 * learns from each placement that ends.
 */
export function transferPhase(w: World): void {
  const { ended, p, tick, orgs, tally } = w;
  const fw = p.programme.framework;
  const colleagues = p.learning.colleaguesReached[tick];
  const share = p.learning.broughtBackShare[tick];
  const learnt = p.funding.learningPerPlacement[tick] * (0.3 + 0.7 * fw.evaluation[tick]);
  const L = p.learning;
  const ramp = L.rampMonths[tick] * (1 - L.inductionRampCut[tick] * fw.induction[tick]);
  for (let e = 0; e < ended.size; e++) {
    if (ended.left[e]) continue;
    // What a host can take over grows with how far into the job the official got: a three-week
    // attachment leaves little work to hand over, a two-year secondment a whole post.
    const intoTheJob = Math.min(1, ended.months[e] / ramp);
    // Each placement teaches the programme something about matching and arranging the next,
    // much more when it is evaluated (000: weak feedback loops slow learning). A lapsed
    // programme has nobody left to learn, including from the placements its lapse cut short.
    if (w.programme.active) w.programme.experience += learnt * (1 - w.programme.experience);
    const i = ended.official[e];
    // A host hands over as much as it can absorb from the official's tier (bridges.ts).
    const absorbed = w.absorption[ended.host[e] * TIER_COUNT + orgs.tier[ended.home[e]]];
    tally.transferred[orgs.tier[ended.host[e]]] += passOn(w, i, ended.host[e], colleagues, share * fw.handover[tick] * intoTheJob * absorbed, PASS_ON.handover);
    tally.transferred[orgs.tier[ended.home[e]]] += passOn(w, i, ended.home[e], colleagues, share * fw.knowledgeCapture[tick], PASS_ON.capture, ended.gain, e * K);
  }
}
