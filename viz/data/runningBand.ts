import { dateOfTick } from '../../sim/model/compile.ts';
import { tQuantile } from '../../sim/stats/tQuantile.ts';
import type { Band } from './band.ts';
import { trailingMean } from './band.ts';
import { column, type ReplicateSeries } from './replicateSeries.ts';

/**
 * Per-month statistics of one series over replicates, updated one replicate at a time, so a new
 * replicate costs one pass over its own columns and never a pass over all replicates so far
 * (issue 15, "fast and calm"). The mean is the plain sum over the count, as summarise takes it;
 * the spread is Welford's running sum of squared deviations (Welford 1962, Technometrics 4:419),
 * equal to summarise's two-pass sum of squares up to rounding. Callers add replicates in replicate
 * order, so the same replicates give the same bits however the workers' results arrived.
 */
export class RunningColumn {
  readonly count: Float64Array;
  private readonly sum: Float64Array;
  private readonly welfordMean: Float64Array;
  private readonly squares: Float64Array;
  /** Smallest and largest value any replicate took in any month: what the y axis spans. */
  min = Infinity;
  max = -Infinity;
  /** Replicates that had this series at all. */
  replicates = 0;

  constructor(readonly months: number) {
    this.count = new Float64Array(months);
    this.sum = new Float64Array(months);
    this.welfordMean = new Float64Array(months);
    this.squares = new Float64Array(months);
  }

  add(values: ArrayLike<number>, present: ArrayLike<number>): void {
    this.replicates++;
    const n = Math.min(this.months, values.length);
    for (let t = 0; t < n; t++) {
      if (!present[t]) continue;
      const x = values[t];
      const k = ++this.count[t];
      this.sum[t] += x;
      const d = x - this.welfordMean[t];
      this.welfordMean[t] += d / k;
      this.squares[t] += d * (x - this.welfordMean[t]);
      if (x < this.min) this.min = x;
      if (x > this.max) this.max = x;
    }
  }

  /** Mean and 95% t interval per month, as bandOf gives them; NaN bounds below two replicates. */
  band(dates: string[]): Band {
    const m = this.months;
    const band: Band = { dates, mean: new Float64Array(m), lo: new Float64Array(m), hi: new Float64Array(m), n: this.replicates };
    for (let t = 0; t < m; t++) {
      const k = this.count[t];
      band.mean[t] = k > 0 ? this.sum[t] / k : NaN;
      if (k < 2) {
        band.lo[t] = band.hi[t] = NaN;
        continue;
      }
      const half = tMultiplier(k - 1) * (Math.sqrt(this.squares[t] / (k - 1)) / Math.sqrt(k));
      band.lo[t] = band.mean[t] - half;
      band.hi[t] = band.mean[t] + half;
    }
    return band;
  }

  /** [min, max] over every replicate and month, or undefined before any value. */
  extent(): [number, number] | undefined {
    return this.min <= this.max ? [this.min, this.max] : undefined;
  }
}

const multipliers = new Map<number, number>();
/** t_{0.975, df}, cached: each band asks for the same few degrees of freedom every month. */
function tMultiplier(df: number): number {
  let q = multipliers.get(df);
  if (q === undefined) multipliers.set(df, (q = tQuantile(0.975, df)));
  return q;
}

/**
 * Running bands by (metric, group) key over one set of dates: what SideBands and PairedBands
 * share. Each adds a replicate's column per key; the first replicate's months fix the dates.
 */
abstract class KeyedBands {
  private readonly columns = new Map<string, RunningColumn>();
  protected dates: string[] | undefined;
  /** Replicates added so far (the first `added` of the side, in replicate order). */
  added = 0;

  constructor(readonly window: number) {}

  /** Folds one replicate's values of a key (present where a month has one) into its running column. */
  protected accumulate(key: string, values: ArrayLike<number>, present: ArrayLike<number>): void {
    let acc = this.columns.get(key);
    if (!acc) this.columns.set(key, (acc = new RunningColumn(this.dates!.length)));
    acc.add(values, present);
  }

  band(key: string): Band | undefined {
    const c = this.columns.get(key);
    return c && this.dates ? c.band(this.dates) : undefined;
  }

  extent(key: string): [number, number] | undefined {
    return this.columns.get(key)?.extent();
  }
}

/** One side's running bands, every (metric, group) key, for one smoothing window. */
export class SideBands extends KeyedBands {
  add(r: ReplicateSeries): void {
    const months = r.ticks + 1;
    this.dates ??= Array.from({ length: months }, (_, t) => dateOfTick(r.start, t));
    for (const key of r.keys) {
      const c = trailingMean(column(r, key)!, this.window);
      this.accumulate(key, c.values, c.present);
    }
    this.added++;
  }
}

/**
 * Running B − A per key, paired by replicate number and month (replicate k of both sides drew the
 * same random numbers), over the months both runs cover; dates are A's, as differenceOf gives.
 */
export class PairedBands extends KeyedBands {
  add(a: ReplicateSeries, b: ReplicateSeries): void {
    const months = Math.min(a.ticks, b.ticks) + 1;
    this.dates ??= Array.from({ length: months }, (_, t) => dateOfTick(a.start, t));
    const diff = new Float64Array(months);
    const both = new Uint8Array(months);
    for (const key of a.keys) {
      const cb = column(b, key);
      if (!cb) continue;
      const ca = trailingMean(column(a, key)!, this.window);
      const sb = trailingMean(cb, this.window);
      for (let t = 0; t < months; t++) {
        both[t] = ca.present[t] && sb.present[t] ? 1 : 0;
        diff[t] = both[t] ? sb.values[t] - ca.values[t] : 0;
      }
      this.accumulate(key, diff, both);
    }
    this.added++;
  }
}
