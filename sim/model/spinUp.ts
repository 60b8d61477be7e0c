import { streamKey } from '../random/streams.ts';
import { INSTRUMENTS } from '../scenario/vocabulary.ts';
import type { Compiled } from './compile.ts';
import type { Scenario } from '../scenario/schema.ts';
import { PHASES } from './schedule.ts';
import { STREAMS, type StreamName, type World } from './world.ts';

/**
 * Spin-up (docs/ODD.md §5, item 4): before the warm-up, the world is stepped for `spinUpYears` with every
 * mobility instrument off and every parameter held at its value at the warm-up's first month, so
 * knowledge, codes, tenure and grades start from the scenario's own long-run state rather than from
 * the tier profiles that populate() writes. Without mobility nothing links organisations, so the
 * state reached is the same for a scenario and its counterfactual: pairing under common random
 * numbers starts from one state. The spin-up draws from its own streams and its months are not
 * internal ticks, so it shifts no draw of the warm-up or of the reported run.
 */
export function spinUp(w: World, months: number): void {
  if (months <= 0) return;
  const saved = { p: w.p, keys: w.keys, ticks: w.ticks, warmUp: w.warmUp };
  w.p = heldWithoutMobility(w.p, months);
  w.keys = Object.fromEntries(STREAMS.map((s) => [s, streamKey(w.seed, w.replicate, `spinUp/${s}`)])) as Record<StreamName, number>;
  w.ticks = months;
  w.warmUp = 0;
  while (w.tick < months) {
    w.tick++;
    w.tally.clear();
    w.ended.clear();
    for (const phase of PHASES) phase.run(w);
  }
  // The clock restarts at 0: dates of grades and posts move back by the months spun up.
  const { off } = w;
  for (let i = 0; i < off.count; i++) {
    off.gradeSince[i] -= months;
    off.postSince[i] -= months;
  }
  Object.assign(w, saved, { tick: 0 });
  Object.assign(w.programme, { active: true, cumulativeCost: 0, experience: 0, lapses: 0, cycleEnd: 0 });
  w.tally.clear();
  w.ended.clear();
}

/** Every series held at its first value for `months` ticks, and every instrument switched off. */
function heldWithoutMobility(p: Compiled<Scenario>, months: number): Compiled<Scenario> {
  const walk = (v: unknown): unknown => {
    if (v instanceof Float64Array) return new Float64Array(months + 1).fill(v[0]);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const held = walk(p) as Compiled<Scenario>;
  for (const name of INSTRUMENTS) held.programme.instruments[name].enabled = false;
  return held;
}
