import type { Draws } from '../../random/streams.ts';
import { TIERS } from '../../scenario/vocabulary.ts';
import type { World } from '../world.ts';

/** One tier's organisations with cumulative weights for choosing senders and hosts this tick. */
export interface TierPicker {
  orgs: Int32Array;
  /** Senders as volunteers' managers see them (London first, 002) and as planners do. */
  senderVoluntary: Float64Array;
  senderPlanned: Float64Array;
  /** Hosts as volunteers see them (need and attractiveness) and as planners do (need only). */
  hostVoluntary: Float64Array;
  hostPlanned: Float64Array;
}

/** A host's need for help: its capacity gap, never quite zero so capable hosts still take some. */
const need = (w: World, o: number) => 1.05 - w.org.capability[o];

/** Each tier's pickers of senders and hosts, built once per tick from last tick's capability and this cycle's funding. */
export function tierPickers(w: World): TierPicker[] {
  const { orgs, org } = w;
  const london = w.p.context.londonPull[w.tick];
  return TIERS.map((_, t) => {
    const members: number[] = [];
    for (let o = 0; o < orgs.count; o++) if (orgs.tier[o] === t) members.push(o);
    const pick: TierPicker = {
      orgs: Int32Array.from(members),
      senderVoluntary: new Float64Array(members.length),
      senderPlanned: new Float64Array(members.length),
      hostVoluntary: new Float64Array(members.length),
      hostPlanned: new Float64Array(members.length),
    };
    let sv = 0;
    let sp = 0;
    let v = 0;
    let pl = 0;
    members.forEach((o, j) => {
      const funded = org.funded[o];
      // 002: opportunities concentrate in London; volunteers and their managers look there first.
      const pull = orgs.london[o] ? london : 1;
      sv += funded * orgs.establishment[o] * pull;
      sp += funded * orgs.establishment[o];
      v += funded * need(w, o) * org.attractiveness[o] * orgs.establishment[o] * pull;
      pl += funded * need(w, o) * orgs.establishment[o];
      pick.senderVoluntary[j] = sv;
      pick.senderPlanned[j] = sp;
      pick.hostVoluntary[j] = v;
      pick.hostPlanned[j] = pl;
    });
    return pick;
  });
}

function pickCumulative(orgList: Int32Array, cumulative: Float64Array, u: number): number {
  const n = cumulative.length;
  if (n === 0 || cumulative[n - 1] <= 0) return -1;
  const target = u * cumulative[n - 1];
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return orgList[lo];
}

export function chooseSender(pick: TierPicker, voluntary: boolean, d: Draws): number {
  return pickCumulative(pick.orgs, voluntary ? pick.senderVoluntary : pick.senderPlanned, d.next());
}

/**
 * A host in the destination tier: with the targeting share, one the sender must coordinate with
 * (functional geography; a strategy raises the share), else any funded organisation of the tier.
 * A host already at its capacity for placed officials refuses.
 */
export function chooseHost(w: World, sender: number, toTier: number, pick: TierPicker, voluntary: boolean, maxHostShare: number, d: Draws): number {
  const { orgs, org, p, tick } = w;
  const targeting = p.context.targeting[tick];
  const aimed = targeting + (1 - targeting) * p.programme.framework.strategy[tick];
  let host = -1;
  if (d.next() < aimed) {
    let total = 0;
    for (let j = orgs.linkOffset[sender]; j < orgs.linkOffset[sender + 1]; j++) total += linkedWeight(w, sender, orgs.linkOf[j], toTier, voluntary);
    let target = d.next() * total;
    for (let j = orgs.linkOffset[sender]; j < orgs.linkOffset[sender + 1] && total > 0; j++) {
      target -= linkedWeight(w, sender, orgs.linkOf[j], toTier, voluntary);
      if (target < 0) {
        host = partner(w, sender, orgs.linkOf[j]);
        break;
      }
    }
  }
  if (host < 0) host = pickCumulative(pick.orgs, voluntary ? pick.hostVoluntary : pick.hostPlanned, d.next());
  if (host < 0 || host === sender) return -1;
  const room = maxHostShare * orgs.establishment[host];
  return org.hosted[host] < Math.max(1, room) ? host : -1;
}

const partner = (w: World, o: number, link: number) => (w.orgs.linkA[link] === o ? w.orgs.linkB[link] : w.orgs.linkA[link]);

function linkedWeight(w: World, sender: number, link: number, toTier: number, voluntary: boolean): number {
  const o = partner(w, sender, link);
  if (w.orgs.tier[o] !== toTier || !w.org.funded[o]) return 0;
  return need(w, o) * (voluntary ? w.org.attractiveness[o] : 1) * w.orgs.establishment[o];
}
