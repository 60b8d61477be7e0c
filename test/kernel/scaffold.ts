import { watch } from '../../sim/model/attritionWatch.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import { K, type World } from '../../sim/model/world.ts';
import { directionIndex, INSTRUMENTS, type Instrument } from '../../sim/scenario/vocabulary.ts';
import { loadFixture } from './helpers.ts';

/** A fresh world of a fixture at tick 0 (populated and assessed, not stepped). */
export function worldOf(fixture: string, seed = 7, sets: readonly string[] = []): World {
  return new Simulation(loadFixture(fixture, sets), { seed }).world;
}

/** Moves a world's clock for a unit test; parameter series end at the horizon, so going past it is a mistake. */
export function atTick(w: World, tick: number): World {
  if (tick < 0 || tick > w.ticks) throw new Error(`tick ${tick} is outside 0..${w.ticks} of ${w.scenario.name}`);
  w.tick = tick;
  return w;
}

export function orgNamed(w: World, name: string): number {
  const o = w.orgs.names.indexOf(name);
  if (o < 0) throw new Error(`no organisation "${name}" in ${w.scenario.name}`);
  return o;
}

/** Slots of organisation o, first to last. */
export function slotsOf(w: World, o: number): number[] {
  return Array.from({ length: w.orgs.slotStart[o + 1] - w.orgs.slotStart[o] }, (_, j) => w.orgs.slotStart[o] + j);
}

export function setKnowledge(w: World, i: number, values: readonly number[]): void {
  for (let k = 0; k < K; k++) w.off.know[i * K + k] = values[k];
}

export function knowledgeOf(w: World, i: number): number[] {
  return Array.from(w.off.know.subarray(i * K, i * K + K));
}

/** Writes one value per domain into a per-organisation-and-domain array (demand, code, ...). */
export function setPerDomain(a: Float64Array, o: number, values: readonly number[]): void {
  for (let k = 0; k < K; k++) a[o * K + k] = values[k];
}

/** Empties slot i as a leaver would (without the leaver's side effects). */
export function vacate(w: World, i: number): void {
  w.off.occupied[i] = 0;
  w.org.headcount[w.off.home[i]]--;
  watch(w, i);
}

/** Marks official i as back from a placement nobody recognised, as endPlacement would. */
export function flagUnrecognised(w: World, i: number): void {
  w.off.unrecognised[i] = 1;
  watch(w, i);
}

/** Gives official i a tie on link as the placement and ties phases do: set, and noted on the live-ties list. */
export function tieTo(w: World, i: number, link: number): void {
  w.off.tieLink[i] = link;
  w.liveTies.note(i);
}

/** Puts official i on a live placement at host, as the placement phase's start would. */
export function place(w: World, i: number, host: number, options: { instrument?: Instrument; start?: number; months?: number; quality?: number; senior?: boolean; answersHome?: boolean } = {}): number {
  const { pool, off, org, orgs } = w;
  const start = options.start ?? w.tick;
  const q = pool.add(i);
  pool.instrument[q] = INSTRUMENTS.indexOf(options.instrument ?? 'secondment');
  pool.direction[q] = directionIndex(orgs.tier[off.home[i]], orgs.tier[host]);
  pool.host[q] = host;
  pool.start[q] = start;
  pool.end[q] = start + (options.months ?? 12);
  pool.quality[q] = options.quality ?? 0.4;
  pool.senior[q] = options.senior ? 1 : 0;
  pool.postGrade[q] = off.grade[i];
  pool.answersHome[q] = options.senior && (options.answersHome ?? true) ? 1 : 0;
  for (let k = 0; k < K; k++) pool.knowAtStart[q * K + k] = off.know[i * K + k];
  off.at[i] = host;
  off.postSince[i] = start;
  org.hosted[host]++;
  return q;
}

/** Everything a run's future depends on, copied: two worlds in the same state compare equal. */
export function stateOf(w: World): Record<string, unknown> {
  const { off, org, pool, programme, tally } = w;
  const copy = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => ArrayBuffer.isView(v)).map(([k, v]) => [k, Array.from(v as Float64Array)]));
  return {
    tick: w.tick,
    off: copy(off),
    org: copy(org),
    pool: Object.fromEntries(
      (['official', 'instrument', 'direction', 'host', 'start', 'end', 'quality', 'senior', 'postGrade', 'answersHome'] as const).map((k) => [k, Array.from(pool[k].subarray(0, pool.size))]),
    ),
    poolKnowAtStart: Array.from(pool.knowAtStart.subarray(0, pool.size * K)),
    programme: { ...programme },
    tally: copy(tally),
    adminCost: tally.adminCost,
  };
}
