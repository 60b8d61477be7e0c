import { csvText } from '../../sim/output/tidyCsv.ts';
import type { ReferenceMean } from './referenceMeans.ts';

/** One metric and group whose replicate mean moved at some month of a baseline's run. */
export interface SeriesDrift {
  metric: string;
  group: string;
  /** The first month at which the mean differs from the baseline's. */
  firstTick: number;
  firstDate: string;
  /** The month of the largest absolute change, and the means there. */
  largestTick: number;
  largestDate: string;
  before: number;
  after: number;
  /** How many of the series' months differ. */
  ticksMoved: number;
  ticks: number;
  /** The series is new (absent from the baseline) or gone (absent now). */
  presence?: 'new' | 'gone';
}

const key = (metric: string, group: string) => `${metric}\u0000${group}`;

/**
 * Every metric and group whose means differ between the baseline's run and today's, earliest
 * first (an earlier move is more often the cause of later ones), then the largest relative change
 * first, then by name. Means are compared
 * as written, so any change of a mean's bits counts; a mean undefined on one side and not the
 * other counts as moved with an infinite change.
 */
export function driftBetween(baseline: readonly ReferenceMean[], now: readonly ReferenceMean[]): SeriesDrift[] {
  const bySeries = new Map<string, { metric: string; group: string; was: Map<number, ReferenceMean>; is: Map<number, ReferenceMean> }>();
  const entry = (r: ReferenceMean) => {
    const k = key(r.metric, r.group);
    let e = bySeries.get(k);
    if (!e) bySeries.set(k, (e = { metric: r.metric, group: r.group, was: new Map(), is: new Map() }));
    return e;
  };
  for (const r of baseline) entry(r).was.set(r.tick, r);
  for (const r of now) entry(r).is.set(r.tick, r);
  const drifts: SeriesDrift[] = [];
  for (const { metric, group, was, is } of bySeries.values()) {
    if (was.size === 0 || is.size === 0) {
      const only = [...(was.size === 0 ? is : was).values()].sort((a, b) => a.tick - b.tick);
      const last = only[only.length - 1];
      drifts.push({
        metric, group, firstTick: only[0].tick, firstDate: only[0].date, largestTick: last.tick, largestDate: last.date,
        before: was.size === 0 ? NaN : Number(last.mean), after: is.size === 0 ? NaN : Number(last.mean),
        ticksMoved: only.length, ticks: only.length, presence: was.size === 0 ? 'new' : 'gone',
      });
      continue;
    }
    const ticks = [...new Set([...was.keys(), ...is.keys()])].sort((a, b) => a - b);
    let first: ReferenceMean | undefined;
    let largest: { tick: number; date: string; before: number; after: number; size: number } | undefined;
    let moved = 0;
    for (const t of ticks) {
      const w = was.get(t);
      const i = is.get(t);
      if (w?.mean === i?.mean) continue;
      moved++;
      const at = (i ?? w)!;
      first ??= at;
      const before = w === undefined || w.mean === '' ? NaN : Number(w.mean);
      const after = i === undefined || i.mean === '' ? NaN : Number(i.mean);
      const size = Number.isNaN(before) || Number.isNaN(after) ? Infinity : Math.abs(after - before);
      if (!largest || size > largest.size) largest = { tick: t, date: at.date, before, after, size };
    }
    if (!first || !largest) continue;
    drifts.push({
      metric, group, firstTick: first.tick, firstDate: first.date, largestTick: largest.tick, largestDate: largest.date,
      before: largest.before, after: largest.after, ticksMoved: moved, ticks: ticks.length,
    });
  }
  return drifts.sort((a, b) => a.firstTick - b.firstTick || relativeChange(b) - relativeChange(a) || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

/** The largest change as a share of the larger mean: metrics are in different units (indices, counts, pounds). */
function relativeChange(d: SeriesDrift): number {
  const size = Math.abs(d.after - d.before);
  if (Number.isNaN(size)) return Infinity;
  const scale = Math.max(Math.abs(d.before), Math.abs(d.after));
  return scale === 0 ? 0 : size / scale;
}

/** A drift in one line: "capability/local from tick 12 (2027-04-01), largest at tick 24 (2028-04-01): 0.81 -> 0.83 (+0.02), 25 of 25 months". */
export function describeDrift(d: SeriesDrift): string {
  const name = `${d.metric}/${d.group}`;
  if (d.presence === 'new') return `${name}: new, not in the baseline (${months(d.ticks)})`;
  if (d.presence === 'gone') return `${name}: no longer reported (${months(d.ticks)} in the baseline)`;
  const change = Number.isFinite(d.after - d.before) ? ` (${d.after - d.before >= 0 ? '+' : ''}${significant(d.after - d.before)})` : '';
  const at = d.largestTick === d.firstTick ? `at tick ${d.firstTick} (${d.firstDate})` : `from tick ${d.firstTick} (${d.firstDate}), largest at tick ${d.largestTick} (${d.largestDate})`;
  return `${name} ${at}: ${show(d.before)} -> ${show(d.after)}${change}, ${d.ticksMoved} of ${d.ticks} months moved`;
}

const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;
const show = (x: number) => (Number.isNaN(x) ? 'undefined' : significant(x));
const significant = (x: number) => (x === 0 ? '0' : Number(x.toPrecision(4)).toString());

/** The drift as CSV, one row per moved metric and group, for --report. */
export function driftCsv(drifts: readonly SeriesDrift[]): string {
  const cell = (x: number) => (Number.isNaN(x) ? '' : String(x));
  const rows = drifts.map((d) =>
    [csvText(d.metric), csvText(d.group), d.presence ?? 'moved', d.firstTick, d.firstDate, d.largestTick, d.largestDate, cell(d.before), cell(d.after), cell(d.after - d.before), d.ticksMoved, d.ticks].join(','),
  );
  return ['metric,group,status,first_tick,first_date,largest_tick,largest_date,baseline_mean,current_mean,change,months_moved,months', ...rows].join('\n') + '\n';
}
