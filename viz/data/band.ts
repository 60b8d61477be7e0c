import { dateOfTick } from '../../sim/model/compile.ts';
import { pairedDifference } from '../../sim/stats/pairedDifference.ts';
import { summarise } from '../../sim/stats/summarise.ts';
import { column, type ReplicateSeries } from './replicateSeries.ts';

/**
 * A series across replicates, per month: the mean and its 95% t interval (summarise), or for a
 * difference the paired B − A mean and interval (pairedDifference). With one replicate the
 * interval is unbounded; lo and hi are then NaN and charts draw the mean alone.
 */
export interface Band {
  dates: string[];
  mean: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** Replicates behind each point. */
  n: number;
}

/**
 * Mean and 95% interval of one (metric, group) key over a side's replicates; with `window` > 1,
 * of each replicate's trailing mean over that many months (monthly counts are noisy).
 */
export function bandOf(runs: readonly ReplicateSeries[], key: string, window = 1): Band | undefined {
  const cols = runs.map((r) => column(r, key)).filter((c) => c !== undefined).map((c) => trailingMean(c, window));
  if (cols.length === 0) return undefined;
  const r0 = runs[0];
  const n = r0.ticks + 1;
  const band = emptyBand(Array.from({ length: n }, (_, t) => dateOfTick(r0.start, t)), cols.length);
  const xs: number[] = [];
  for (let t = 0; t < n; t++) {
    xs.length = 0;
    for (const c of cols) if (c.present[t]) xs.push(c.values[t]);
    setPoint(band, t, xs.length === 0 ? undefined : summarise(xs));
  }
  return band;
}

/**
 * B − A of one key, paired by replicate number (replicate k of both sides drew the same random
 * numbers) and by month of the run (tick), over the months both runs cover. Dates are A's.
 */
export function differenceOf(a: readonly ReplicateSeries[], b: readonly ReplicateSeries[], key: string, window = 1): Band | undefined {
  const pairs: { a: Column; b: Column }[] = [];
  for (const ra of a) {
    const rb = b.find((x) => x.replicate === ra.replicate);
    const ca = column(ra, key);
    const cb = rb && column(rb, key);
    if (ca && cb) pairs.push({ a: trailingMean(ca, window), b: trailingMean(cb, window) });
  }
  if (pairs.length === 0) return undefined;
  const n = Math.min(a[0].ticks, b[0].ticks) + 1;
  const band = emptyBand(Array.from({ length: n }, (_, t) => dateOfTick(a[0].start, t)), pairs.length);
  const xa: number[] = [];
  const xb: number[] = [];
  for (let t = 0; t < n; t++) {
    xa.length = 0;
    xb.length = 0;
    for (const p of pairs) {
      if (p.a.present[t] && p.b.present[t]) {
        xa.push(p.a.values[t]);
        xb.push(p.b.values[t]);
      }
    }
    if (xa.length === 0) {
      setPoint(band, t, undefined);
      continue;
    }
    const d = pairedDifference(xa, xb);
    setPoint(band, t, { mean: d.meanDiff, ciLow: d.ciLow, ciHigh: d.ciHigh });
  }
  return band;
}

type Column = NonNullable<ReturnType<typeof column>>;

/** Each month's mean over itself and the window − 1 months before it (fewer at the start). */
export function trailingMean(c: Column, window: number): Column {
  if (window <= 1) return c;
  const n = c.values.length;
  const values = new Float64Array(n);
  const present = new Uint8Array(n);
  let sum = 0;
  let count = 0;
  for (let t = 0; t < n; t++) {
    if (c.present[t]) {
      sum += c.values[t];
      count++;
    }
    const out = t - window;
    if (out >= 0 && c.present[out]) {
      sum -= c.values[out];
      count--;
    }
    if (c.present[t] && count > 0) {
      values[t] = sum / count;
      present[t] = 1;
    }
  }
  return { values, present };
}

function emptyBand(dates: string[], n: number): Band {
  const m = dates.length;
  return { dates, mean: new Float64Array(m), lo: new Float64Array(m), hi: new Float64Array(m), n };
}

function setPoint(band: Band, i: number, s: { mean: number; ciLow: number; ciHigh: number } | undefined): void {
  band.mean[i] = s ? s.mean : NaN;
  band.lo[i] = s && Number.isFinite(s.ciLow) ? s.ciLow : NaN;
  band.hi[i] = s && Number.isFinite(s.ciHigh) ? s.ciHigh : NaN;
}
