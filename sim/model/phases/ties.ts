import { INSTRUMENTS } from '../../scenario/vocabulary.ts';
import type { World } from '../world.ts';
import { pow } from '../../math/portable.ts';

const ATTACHMENT = INSTRUMENTS.indexOf('attachment');

/**
 * Ties and coordination. Placements build cross-tier ties (short attachments cheaply and at once,
 * secondments and exchanges by the month), host colleagues gain ties back to the placed official's
 * home, ties decay, and coordination on each link that must work together grows with the ties
 * spanning it (000: networks "that make joint working more consistent"), more when they come from
 * both sides (000: "ensuring experience flows in both directions").
 */
export function tiesPhase(w: World): void {
  const { off, orgs, org, pool, ended, p, tick } = w;
  const T = p.ties;
  const perMonth = T.secondmentStrength[tick] / 12;
  const attachment = T.attachmentStrength[tick];
  for (let q = 0; q < pool.size; q++) {
    const i = pool.official[q];
    if (off.tieLink[i] < 0) continue;
    off.tieStrength[i] += pool.instrument[q] === ATTACHMENT ? (pool.start[q] === tick ? attachment : 0) : perMonth;
  }
  const contacts = T.hostContacts[tick];
  for (let e = 0; e < ended.size; e++) {
    const i = ended.official[e];
    const link = w.linkIndex.get(ended.host[e] * orgs.count + ended.home[e]) ?? -1;
    if (link < 0 || ended.left[e]) continue;
    const strength = 0.5 * off.tieStrength[i];
    const first = orgs.slotStart[ended.host[e]];
    const size = orgs.slotStart[ended.host[e] + 1] - first;
    const d = w.reused.hostContacts.reset(w.keys.ties, tick, i);
    for (let c = 0; c < contacts; c++) {
      const j = first + d.int(size);
      if (!off.occupied[j] || off.placement[j] >= 0) continue;
      if (off.tieLink[j] !== link || off.tieStrength[j] < strength) {
        off.tieLink[j] = link;
        off.tieStrength[j] = strength;
        off.tieFromPlacement[j] = 0;
        w.liveTies.note(j);
      }
    }
  }
  const decay = pow(0.5, 1 / T.halfLifeMonths[tick]);
  const ties = org.linkTies;
  const fromA = org.linkTiesFromA;
  const fromB = org.linkTiesFromB;
  ties.fill(0);
  fromA.fill(0);
  fromB.fill(0);
  const { tieLink, tieStrength, occupied, home, tieFromPlacement } = off;
  // In slot order, as a walk over every slot would be (liveTies.ts): the same sums, bit for bit.
  const live = w.liveTies;
  live.settle(tieLink);
  for (let n = 0; n < live.size; n++) {
    const i = live.official[n];
    const l = tieLink[i];
    if (l < 0 || !occupied[i]) continue;
    // Ties fade without contact; a live placement is contact, so it does not fade.
    const s = off.placement[i] >= 0 ? tieStrength[i] : tieStrength[i] * decay;
    if (s < 0.01) {
      tieLink[i] = -1;
      tieStrength[i] = 0;
      continue;
    }
    tieStrength[i] = s;
    ties[l] += s;
    if (tieFromPlacement[i] === 1) {
      if (home[i] === orgs.linkA[l]) fromA[l] += s;
      else fromB[l] += s;
    }
  }
  const base = T.baseCoordination[tick];
  const penalty = T.crossBoundaryPenalty[tick];
  const perThousand = T.tiesForHalfCoordination[tick];
  const r = T.reciprocityWeight[tick];
  for (let l = 0; l < ties.length; l++) {
    const smaller = Math.min(orgs.establishment[orgs.linkA[l]], orgs.establishment[orgs.linkB[l]]);
    const half = (perThousand * smaller) / 1000;
    const floor = base * (1 - penalty * orgs.linkCrossBoundary[l]);
    // Experience on both sides counts fully; one-sided experience counts (1 − r): 2·√(a·b) of
    // the ties built by each side's own placements equals their total when a = b and falls to 0
    // when one side built them all. Host colleagues' ties count in the total, not the balance.
    const balanced = 2 * Math.sqrt(fromA[l] * fromB[l]);
    const effective = (1 - r) * ties[l] + r * balanced;
    org.linkCoordination[l] = floor + (1 - floor) * (1 - pow(0.5, effective / half));
  }
  for (let o = 0; o < orgs.count; o++) {
    const a = orgs.linkOffset[o];
    const b = orgs.linkOffset[o + 1];
    let sum = 0;
    for (let j = a; j < b; j++) sum += org.linkCoordination[orgs.linkOf[j]];
    org.coordination[o] = b > a ? sum / (b - a) : base;
  }
}
