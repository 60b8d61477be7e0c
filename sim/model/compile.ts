import type { Param } from '../scenario/param.ts';
import type { Scenario } from '../scenario/schema.ts';

/** A parameter's value at each tick of the run (dated changes applied), read outside hot loops. */
export type Series = Float64Array;

/** The resolved scenario with every parameter replaced by its series. */
export type Compiled<T> = T extends Param
  ? Series
  : T extends readonly (infer U)[]
    ? Compiled<U>[]
    : T extends object
      ? { [K in keyof T]: Compiled<T[K]> }
      : T;

export function isParam(v: unknown): v is Param {
  return v !== null && typeof v === 'object' && 'value' in v && 'changes' in v && Array.isArray((v as Param).changes);
}

/** Months since the start month for a "YYYY-MM" date; negative before the start. */
export function monthsFrom(start: string, at: string): number {
  const [y0, m0] = start.split('-').map(Number);
  const [y1, m1] = at.split('-').map(Number);
  return (y1 - y0) * 12 + (m1 - m0);
}

/** "YYYY-MM" of a tick. */
export function dateOfTick(start: string, tick: number): string {
  const [y, m] = start.split('-').map(Number);
  const months = y * 12 + (m - 1) + tick;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
}

/**
 * A parameter's value at every internal tick. Internal tick t is month t − warmUp of the run: the
 * warm-up months take the values in force before the start (a change dated at the start applies
 * from the start).
 */
export function seriesOf(p: Param, start: string, ticks: number, warmUp = 0): Series {
  const out = new Float64Array(ticks + 1).fill(p.value);
  for (const c of p.changes) out.fill(c.value, Math.max(0, monthsFrom(start, c.at) + warmUp));
  return out;
}

export function compileScenario(s: Scenario, ticks: number, warmUp = 0): Compiled<Scenario> {
  const walk = (v: unknown): unknown => {
    if (isParam(v)) return seriesOf(v, s.start, ticks, warmUp);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(s) as Compiled<Scenario>;
}
