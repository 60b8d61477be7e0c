import { uniformAt } from '../../random/hash.ts';
import { Draws } from '../../random/streams.ts';
import { DIRECTION_TIERS, DIRECTIONS, INSTRUMENTS, TIERS } from '../../scenario/vocabulary.ts';
import { endPlacement } from '../lifecycle.ts';
import { K, type World } from '../world.ts';
import { chooseCandidate } from './placementCandidate.ts';
import { assignPost } from './seniorPost.ts';
import { chooseHost, chooseSender, tierPickers, type TierPicker } from './placementChoice.ts';
import { pow } from '../../math/portable.ts';

const draws = new Draws();
const EXCHANGE = INSTRUMENTS.indexOf('exchange');
const monthly = (perYear: number) => 1 - pow(1 - Math.min(1, perYear), 1 / 12);

/**
 * Placement: live placements end (on time or early); then, while the programme is funded, each
 * instrument's places per direction become proposals that happen or fail on willingness,
 * commitment against practical friction (002) and host capacity.
 */
export function placementPhase(w: World): void {
  endDuePlacements(w);
  if (w.programme.active) proposeAll(w);
  // After starts and ends, so an m-month placement is charged for exactly m months.
  chargeLivePlacements(w);
}

function proposeAll(w: World): void {
  const pickers = tierPickers(w);
  INSTRUMENTS.forEach((name, inst) => {
    const spec = w.p.programme.instruments[name];
    if (!spec.enabled) return;
    const orchestrated = spec.selection === 'orchestrated';
    const month = monthOfYear(w);
    DIRECTIONS.forEach((dir, di) => {
      const perYear = spec.placesPerYear[dir][w.tick];
      if (perYear <= 0) return;
      let proposals: number;
      if (orchestrated) proposals = month === spec.calendarMonth ? Math.round(perYear) : 0;
      else {
        const expected = perYear / 12;
        proposals = Math.floor(expected) + (uniformAt(w.keys.placement, w.tick, inst * 8 + di) < expected % 1 ? 1 : 0);
      }
      for (let k = 0; k < proposals; k++) propose(w, inst, di, k, pickers);
    });
  });
}

function monthOfYear(w: World): number {
  const m = Number(w.scenario.start.slice(5, 7)) - 1 + w.tick - w.warmUp;
  return (((m % 12) + 12) % 12) + 1;
}

function endDuePlacements(w: World): void {
  const { pool, tick, p } = w;
  const monitoring = p.programme.framework.monitoring[tick];
  for (let q = pool.size - 1; q >= 0; q--) {
    if (pool.end[q] <= tick) {
      endPlacement(w, q, false, false);
      continue;
    }
    const spec = p.programme.instruments[INSTRUMENTS[pool.instrument[q]]];
    // Monitoring and review (002) catches most problems before they end a placement; a poor match
    // is likelier to end early.
    const hazard = monthly(spec.earlyEndPerYear[tick]) * (1 - 0.75 * monitoring) * (1.5 - pool.quality[q]);
    if (uniformAt(w.keys.placement ^ 0x68e31da4, tick, pool.official[q]) < hazard) endPlacement(w, q, true, false);
  }
}

/**
 * What placements cost this month: the sender backfills the post; the host reimburses its share of
 * the salary (a transfer between tiers, so it adds to the host's bill and takes from the sender's).
 */
function chargeLivePlacements(w: World): void {
  const { pool, tick, p, off, orgs, tally } = w;
  for (let q = 0; q < pool.size; q++) {
    const spec = p.programme.instruments[INSTRUMENTS[pool.instrument[q]]];
    const senderTier = orgs.tier[off.home[pool.official[q]]];
    const salary = p.tiers[TIERS[senderTier]].salaryPerMonth[tick];
    const backfill = salary * spec.backfillShare[tick];
    const reimbursed = salary * spec.hostPaysShare[tick];
    tally.cost[pool.instrument[q]] += backfill;
    tally.costBorne[senderTier] += backfill - reimbursed;
    tally.costBorne[orgs.tier[pool.host[q]]] += reimbursed;
  }
}

function propose(w: World, inst: number, di: number, k: number, pickers: TierPicker[]): void {
  const { p, tick, org, orgs, tally } = w;
  const id = inst * 6 + di;
  const [fromTier, toTier] = DIRECTION_TIERS[DIRECTIONS[di]];
  const spec = p.programme.instruments[INSTRUMENTS[inst]];
  const fw = p.programme.framework;
  const d = draws.reset(w.keys.placement, tick, (inst * 6 + di) * 1_000_003 + k);
  const voluntary = spec.selection === 'voluntary';
  const sender = chooseSender(pickers[fromTier], voluntary, d);
  if (sender < 0) return void tally.failedNoHost[id]++;
  const host = chooseHost(w, sender, toTier, pickers[toTier], voluntary, spec.maxHostShare[tick], d);
  if (host < 0) return void tally.failedNoHost[id]++;
  const official = chooseCandidate(w, sender, host, spec, voluntary, d);
  if (official < 0) return void tally.failedUnwilling[id]++;
  let counterpart = -1;
  if (inst === EXCHANGE) {
    counterpart = chooseCandidate(w, host, sender, spec, voluntary, d);
    if (counterpart < 0) return void tally.failedUnwilling[id]++;
  }
  // Each practical obstacle is overcome with certainty at full commitment and founders with its
  // own probability at none (002: "without this other difficulties may become insuperable").
  const commitment = Math.sqrt(org.commitment[sender] * org.commitment[host]);
  const know = 1 - 0.5 * w.programme.experience;
  const c = p.context;
  const obstacles = [
    c.responsibilityFriction[tick] * (1 - fw.strategy[tick]),
    c.financeFriction[tick] * (1 - fw.logistics[tick]),
    c.careerMismatchFriction[tick] * (1 - fw.definedWork[tick]),
    orgs.region[sender] !== orgs.region[host] ? c.geographyFriction[tick] : 0,
  ];
  let happens = 1;
  for (const f of obstacles) happens *= 1 - f * know * (1 - commitment);
  // An exchange has to be arranged on both sides at once (002: "very different to achieve").
  if (counterpart >= 0) happens *= happens;
  if (d.next() >= happens) return void tally.failedFriction[id]++;
  let months = duration(spec.minMonths[tick], spec.maxMonths[tick], !voluntary, d);
  // A term running past the funded settlement needs both sides to commit beyond it (002, 000).
  const funded = w.programme.cycleEnd - tick;
  if (months > funded && d.next() >= p.funding.commitBeyondSettlement[tick]) {
    if (funded < spec.minMonths[tick]) return void tally.failedHorizon[id]++;
    months = funded;
  }
  const quality = (0.4 + 0.3 * fw.objectives[tick] + 0.3 * fw.definedWork[tick]) * (0.8 + 0.2 * w.programme.experience);
  start(w, official, sender, host, inst, di, months, quality);
  if (counterpart >= 0) {
    const back = DIRECTIONS.findIndex((x) => DIRECTION_TIERS[x][0] === toTier && DIRECTION_TIERS[x][1] === fromTier);
    start(w, counterpart, host, sender, inst, back, months, quality);
  }
}

function duration(min: number, max: number, orchestrated: boolean, d: Draws): number {
  // Rotations start in the calendar month and run whole years within the instrument's limits, so
  // they end in it too; where no whole year fits the limits, the term is drawn as for volunteers.
  const firstYear = Math.ceil(min / 12);
  const lastYear = Math.floor(max / 12);
  if (orchestrated && firstYear >= 1 && lastYear >= firstYear) return 12 * (firstYear + d.int(lastYear - firstYear + 1));
  return min + d.int(max - min + 1);
}

function start(w: World, i: number, sender: number, host: number, inst: number, di: number, months: number, quality: number): void {
  const { pool, off, org, orgs, tally, tick, p } = w;
  const q = pool.add(i);
  pool.instrument[q] = inst;
  pool.direction[q] = di;
  pool.host[q] = host;
  pool.start[q] = tick;
  pool.end[q] = tick + months;
  pool.quality[q] = quality;
  for (let k = 0; k < K; k++) pool.knowAtStart[q * K + k] = off.know[i * K + k];
  assignPost(w, q, i, sender, host, inst, di);
  off.at[i] = host;
  off.postSince[i] = tick;
  const link = w.linkIndex.get(sender * orgs.count + host) ?? -1;
  if (off.tieLink[i] !== link) off.tieStrength[i] = 0;
  off.tieLink[i] = link;
  off.tieFromPlacement[i] = 1;
  w.liveTies.note(i);
  org.hosted[host]++;
  org.startsFrom[sender]++;
  tally.started[inst * 6 + di]++;
  tally.startsByRegion[orgs.region[sender]]++;
  const arrangement = p.programme.instruments[INSTRUMENTS[inst]].costPerPlacement[tick];
  tally.cost[inst] += arrangement;
  // Arrangements are shared by the two sides (002 recommends joint funding).
  tally.costBorne[orgs.tier[sender]] += arrangement / 2;
  tally.costBorne[orgs.tier[host]] += arrangement / 2;
}
