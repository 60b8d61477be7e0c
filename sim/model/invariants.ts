import { DIRECTION_TIERS, DIRECTIONS, INSTRUMENTS, SENIOR_GRADE, TIERS } from '../scenario/vocabulary.ts';
import { watched } from './attritionWatch.ts';
import { K, type World } from './world.ts';

/** The stocks at the end of a tick that the next tick's flows are checked against. */
export interface Baseline {
  tick: number;
  headcount: Int32Array;
  livePlacements: number;
}

export function baselineOf(w: World): Baseline {
  return { tick: w.tick, headcount: w.org.headcount.slice(), livePlacements: w.pool.size };
}

/** Stops one broken array from producing a message per official. */
const MAX_VIOLATIONS = 50;
/** Float32 knowledge and summed Float64 indices drift by rounding, never by more than this. */
const EPS = 1e-9;

/**
 * Checks what must hold between ticks whatever the parameters: stocks and flows of staff add up,
 * nobody is in two places, placements out equal placements in, and every quantity is a finite
 * number in its range. Returns the violations (empty when all hold). Pass the baseline taken after
 * the previous tick to check this tick's flows against it; without one only stocks are checked.
 * Reads the world only: checking a run never changes it.
 */
export function checkInvariants(w: World, previous?: Baseline): string[] {
  const out: string[] = [];
  let dropped = 0;
  const fail = (message: string) => {
    if (out.length < MAX_VIOLATIONS) out.push(`tick ${w.tick}: ${message}`);
    else dropped++;
  };
  checkOfficials(w, fail);
  checkPool(w, fail);
  checkOrganisations(w, fail);
  checkProgramme(w, fail);
  if (previous) checkFlows(w, previous, fail);
  if (dropped > 0) out.push(`... and ${dropped} more`);
  return out;
}

type Fail = (message: string) => void;

const inUnit = (x: number) => x >= -EPS && x <= 1 + EPS;

function checkOfficials(w: World, fail: Fail): void {
  const { off, orgs, org, pool } = w;
  const links = orgs.linkA.length;
  const placedFrom = new Int32Array(orgs.count);
  for (let q = 0; q < pool.size; q++) {
    const i = pool.official[q];
    if (i >= 0 && i < off.count) placedFrom[off.home[i]]++;
  }
  // The ties phase visits only the live-ties list, so a tie held by anyone not on it would never decay or count.
  const listed = new Uint8Array(off.count);
  for (let n = 0; n < w.liveTies.size; n++) listed[w.liveTies.official[n]] = 1;
  const bridges = new Int32Array(TIERS.length);
  for (let o = 0; o < orgs.count; o++) {
    let occupied = 0;
    let away = 0;
    bridges.fill(0);
    for (let i = orgs.slotStart[o]; i < orgs.slotStart[o + 1]; i++) {
      for (let k = 0; k < K; k++) {
        const x = off.know[i * K + k];
        if (!inUnit(x)) fail(`official ${i} knowledge[${k}] = ${x}, outside [0, 1]`);
      }
      if (off.occupied[i] > 1) fail(`official ${i} occupied = ${off.occupied[i]}, not 0 or 1`);
      // Attrition looks only at watched slots, so a vacancy or unrecognised returner unwatched would be missed.
      if (watched(off.attritionWatch, i) !== (off.occupied[i] === 0 || off.unrecognised[i] === 1)) fail(`slot ${i}: its attrition watch bit disagrees with occupied and unrecognised`);
      if (off.occupied[i] === 0) {
        if (off.placement[i] !== -1) fail(`vacant slot ${i} has placement ${off.placement[i]}`);
        if (off.tiersWorked[i] !== 0) fail(`vacant slot ${i} still records tiers worked (${off.tiersWorked[i]})`);
        continue;
      }
      occupied++;
      for (let t = 0; t < TIERS.length; t++) if ((off.tiersWorked[i] & (1 << t)) !== 0) bridges[t]++;
      if (off.home[i] !== o) fail(`official ${i} in a slot of ${orgs.names[o]} has home ${off.home[i]}`);
      if (off.grade[i] > 4) fail(`official ${i} has grade ${off.grade[i]}`);
      if (off.gradeSince[i] > w.tick || off.postSince[i] > w.tick) fail(`official ${i} took a grade or post in the future`);
      const q = off.placement[i];
      if (q === -1) {
        if (off.at[i] !== o) fail(`official ${i} of ${orgs.names[o]} is not on placement but works at ${off.at[i]}`);
      } else if (q < 0 || q >= pool.size) {
        fail(`official ${i} points at placement ${q}, outside the pool of ${pool.size}`);
      } else {
        away++;
        if (pool.official[q] !== i) fail(`official ${i} points at placement ${q}, which holds official ${pool.official[q]}`);
        if (off.at[i] !== pool.host[q]) fail(`official ${i} is placed at ${pool.host[q]} but works at ${off.at[i]}`);
      }
      const l = off.tieLink[i];
      const s = off.tieStrength[i];
      if (!(s >= 0) || !Number.isFinite(s)) fail(`official ${i} tie strength ${s}`);
      if (l < -1 || l >= links) fail(`official ${i} tie on link ${l}, of ${links}`);
      else if (l >= 0 && orgs.linkA[l] !== o && orgs.linkB[l] !== o) fail(`official ${i} of ${orgs.names[o]} holds a tie on link ${l}, which does not involve it`);
      if (l >= 0 && listed[i] === 0) fail(`official ${i} holds a tie on link ${l} but is not on the live-ties list`);
    }
    if (org.headcount[o] !== occupied) fail(`${orgs.names[o]} headcount ${org.headcount[o]} but ${occupied} occupied slots`);
    if (occupied > orgs.establishment[o]) fail(`${orgs.names[o]} has ${occupied} officials for ${orgs.establishment[o]} posts`);
    if (placedFrom[o] !== away) fail(`${orgs.names[o]} has ${away} officials away but ${placedFrom[o]} placements from it`);
    for (let t = 0; t < TIERS.length; t++) {
      const counted = org.bridges[o * TIERS.length + t];
      if (counted !== bridges[t]) fail(`${orgs.names[o]} counts ${counted} officials who worked in ${TIERS[t]} but ${bridges[t]} are in post`);
    }
  }
}

function checkPool(w: World, fail: Fail): void {
  const { off, orgs, org, pool } = w;
  const seen = new Set<number>();
  const hosted = new Int32Array(orgs.count);
  for (let q = 0; q < pool.size; q++) {
    const i = pool.official[q];
    const where = `placement ${q} (official ${i})`;
    if (i < 0 || i >= off.count) {
      fail(`${where}: no such official`);
      continue;
    }
    if (seen.has(i)) fail(`${where}: official placed twice`);
    seen.add(i);
    if (off.occupied[i] !== 1) fail(`${where}: the slot is vacant`);
    if (off.placement[i] !== q) fail(`${where}: the official points at placement ${off.placement[i]}`);
    const host = pool.host[q];
    if (host < 0 || host >= orgs.count) {
      fail(`${where}: no such host ${host}`);
      continue;
    }
    hosted[host]++;
    if (host === off.home[i]) fail(`${where}: placed at home`);
    if (pool.instrument[q] >= INSTRUMENTS.length) fail(`${where}: instrument ${pool.instrument[q]}`);
    const dir = DIRECTIONS[pool.direction[q]];
    if (!dir) fail(`${where}: direction ${pool.direction[q]}`);
    else {
      const [from, to] = DIRECTION_TIERS[dir];
      if (orgs.tier[off.home[i]] !== from || orgs.tier[host] !== to) {
        fail(`${where}: direction ${dir} but ${TIERS[orgs.tier[off.home[i]]]} to ${TIERS[orgs.tier[host]]}`);
      }
    }
    if (pool.start[q] > w.tick) fail(`${where}: starts in the future (${pool.start[q]})`);
    if (pool.end[q] <= pool.start[q]) fail(`${where}: ends (${pool.end[q]}) no later than it starts (${pool.start[q]})`);
    if (pool.end[q] <= w.tick && w.tick > 0) fail(`${where}: due at ${pool.end[q]} but still live`);
    if (!(pool.quality[q] > 0 && pool.quality[q] <= 1)) fail(`${where}: quality ${pool.quality[q]}`);
    if (pool.senior[q] > 1) fail(`${where}: senior flag ${pool.senior[q]}`);
    if (pool.answersHome[q] > pool.senior[q]) fail(`${where}: answers home without a senior post`);
    if (pool.postGrade[q] < SENIOR_GRADE && pool.senior[q] === 1) fail(`${where}: senior post at grade ${pool.postGrade[q]}`);
    for (let k = 0; k < K; k++) if (!inUnit(pool.knowAtStart[q * K + k])) fail(`${where}: knowledge at start ${pool.knowAtStart[q * K + k]}`);
  }
  let total = 0;
  for (let o = 0; o < orgs.count; o++) {
    total += org.hosted[o];
    if (org.hosted[o] !== hosted[o]) fail(`${orgs.names[o]} counts ${org.hosted[o]} hosted but the pool places ${hosted[o]} there`);
  }
  if (total !== pool.size) fail(`${total} officials hosted but ${pool.size} placements live`);
}

/** Per-organisation indices and their ranges; `staffing` may exceed 1 by what the organisation hosts. */
function checkOrganisations(w: World, fail: Fail): void {
  const { orgs, org } = w;
  const unitIndices = ['mandate', 'resourcing', 'commitment', 'attractiveness', 'capability', 'coordination', 'autonomy', 'decisionSpeed', 'deliveryPace', 'outcome'] as const;
  for (let o = 0; o < orgs.count; o++) {
    const name = orgs.names[o];
    for (const key of unitIndices) if (!inUnit(org[key][o])) fail(`${name} ${key} = ${org[key][o]}, outside [0, 1]`);
    const staffingBound = 1 + org.hosted[o] / orgs.establishment[o];
    if (!(org.staffing[o] >= 0 && org.staffing[o] <= staffingBound + EPS)) fail(`${name} staffing = ${org.staffing[o]}, outside [0, ${staffingBound}]`);
    if (org.funded[o] > 1) fail(`${name} funded = ${org.funded[o]}`);
    if (org.seniorHeldByCentre[o] > org.seniorPosts[o]) fail(`${name}: centre holds ${org.seniorHeldByCentre[o]} of ${org.seniorPosts[o]} senior posts`);
    if (!(org.startsFrom[o] >= 0)) fail(`${name} startsFrom = ${org.startsFrom[o]}`);
    for (let k = 0; k < K; k++) {
      const j = o * K + k;
      for (const key of ['demand', 'code', 'know', 'imported'] as const) if (!inUnit(org[key][j])) fail(`${name} ${key}[${k}] = ${org[key][j]}, outside [0, 1]`);
      if (org.imported[j] > org.code[j] + EPS) fail(`${name} imported[${k}] = ${org.imported[j]} exceeds code ${org.code[j]}`);
    }
  }
  for (let l = 0; l < orgs.linkA.length; l++) {
    if (!(org.linkTies[l] >= 0) || !Number.isFinite(org.linkTies[l])) fail(`link ${l} ties = ${org.linkTies[l]}`);
    if (!inUnit(org.linkCoordination[l])) fail(`link ${l} coordination = ${org.linkCoordination[l]}, outside [0, 1]`);
  }
}

function checkProgramme(w: World, fail: Fail): void {
  const { programme, tally } = w;
  if (!inUnit(programme.experience)) fail(`programme experience = ${programme.experience}`);
  if (!(programme.cumulativeCost >= 0) || !Number.isFinite(programme.cumulativeCost)) fail(`cumulative cost = ${programme.cumulativeCost}`);
  if (programme.cycleEnd <= w.tick) fail(`funding cycle ended at ${programme.cycleEnd} but no boundary was taken`);
  for (const [name, value] of Object.entries(tally)) {
    if (typeof value === 'number') {
      if (!(value >= 0) || !Number.isFinite(value)) fail(`tally.${name} = ${value}`);
    } else if (value instanceof Float64Array) {
      for (let j = 0; j < value.length; j++) if (!(value[j] >= 0) || !Number.isFinite(value[j])) fail(`tally.${name}[${j}] = ${value[j]}`);
    }
  }
}

/** This tick's flows against the previous tick's stocks: start + hires − leavers = end, per organisation. */
function checkFlows(w: World, previous: Baseline, fail: Fail): void {
  const { orgs, org, tally, pool, ended } = w;
  if (previous.tick !== w.tick - 1) {
    fail(`baseline is from tick ${previous.tick}, not the previous tick`);
    return;
  }
  for (let o = 0; o < orgs.count; o++) {
    const before = previous.headcount[o];
    if (before + tally.hiresByOrg[o] - tally.leaversByOrg[o] !== org.headcount[o]) {
      fail(`${orgs.names[o]}: headcount ${before} + ${tally.hiresByOrg[o]} hires - ${tally.leaversByOrg[o]} leavers != ${org.headcount[o]}`);
    }
  }
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  const started = sum(tally.started);
  const finished = sum(tally.completed) + sum(tally.endedEarly);
  if (previous.livePlacements + started - finished !== pool.size) {
    fail(`placements: ${previous.livePlacements} live + ${started} started - ${finished} ended != ${pool.size} live`);
  }
  if (ended.size !== finished) fail(`${ended.size} ended placements recorded, ${finished} counted`);
  const returned = sum(tally.returned);
  if (returned !== finished - sum(tally.leaversOnPlacement)) {
    fail(`${returned} returned, but ${finished} ended of which ${sum(tally.leaversOnPlacement)} by leaving`);
  }
}
