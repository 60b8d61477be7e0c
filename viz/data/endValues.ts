import { METRICS } from '../../sim/model/metrics.ts';
import { pairedDifference } from '../../sim/stats/pairedDifference.ts';
import { summarise, type Summary } from '../../sim/stats/summarise.ts';
import { column, splitKey, type ReplicateSeries } from './replicateSeries.ts';

/**
 * How a row is read, from the metric's `kind` (docs/ODD.md §4.11): a stock at the final month, a
 * flow as its total over months 1 to the horizon, a rate as its mean over those months — what
 * `capflow run` prints, so the table and the CLI summary agree.
 */
export type Reading = 'final month' | 'total over the run' | 'mean over the run';

/** One row of the summary table: a (metric, group) at the end of the horizon. */
export interface EndValue {
  metric: string;
  group: string;
  reading: Reading;
  a?: Summary;
  b?: Summary;
  /**
   * Paired B − A over the months both runs cover: at the last of them for a stock, totalled or
   * averaged over them for a flow or a rate (the final month, the whole run, when horizons match).
   */
  difference?: { mean: number; ciLow: number; ciHigh: number; pValue: number };
}

export const READING: Record<'stock' | 'flow' | 'rate', Reading> = { stock: 'final month', flow: 'total over the run', rate: 'mean over the run' };

/** End-of-horizon values of every (metric, group), keys in the kernel's order (A's first). */
export function endValues(a: readonly ReplicateSeries[], b: readonly ReplicateSeries[]): EndValue[] {
  const keys = [...new Set([...(a[0]?.keys ?? []), ...(b[0]?.keys ?? [])])];
  const common = a[0] && b[0] ? Math.min(a[0].ticks, b[0].ticks) : -1;
  return keys.map((key) => {
    const [metric, group] = splitKey(key);
    const kind = METRICS[metric]?.kind ?? 'stock';
    const xa = valuesAt(a, key, kind);
    const xb = valuesAt(b, key, kind);
    const row: EndValue = { metric, group, reading: READING[kind] };
    if (xa.size > 0) row.a = summarise([...xa.values()]);
    if (xb.size > 0) row.b = summarise([...xb.values()]);
    const pa = valuesAt(a, key, kind, common);
    const pb = valuesAt(b, key, kind, common);
    const paired = [...pa.keys()].filter((k) => pb.has(k));
    if (paired.length > 0) {
      const d = pairedDifference(paired.map((k) => pa.get(k)!), paired.map((k) => pb.get(k)!));
      row.difference = { mean: d.meanDiff, ciLow: d.ciLow, ciHigh: d.ciHigh, pValue: d.pValue };
    }
    return row;
  });
}

/**
 * A key's reading per replicate number, up to `horizon` (default: each run's final month): the
 * value there for a stock; for a flow the sum, for a rate the mean, over months 1 to the horizon
 * (month 0 is the state before the first step, as the CLI's SummaryCollector counts).
 */
function valuesAt(runs: readonly ReplicateSeries[], key: string, kind: 'stock' | 'flow' | 'rate', horizon?: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of runs) {
    const end = horizon ?? r.ticks;
    if (end < 0 || end > r.ticks) continue;
    const v = readingOf(r, key, kind, end);
    if (v !== undefined) out.set(r.replicate, v);
  }
  return out;
}

/**
 * Each replicate's readings, kept with it: the table is redrawn as replicates arrive, and a
 * replicate's total over the run is then summed once, not once per arrival (issue 15).
 */
const readings = new WeakMap<ReplicateSeries, Map<string, number | undefined>>();

function readingOf(r: ReplicateSeries, key: string, kind: 'stock' | 'flow' | 'rate', end: number): number | undefined {
  let mine = readings.get(r);
  if (!mine) readings.set(r, (mine = new Map()));
  const id = `${key}\t${end}`;
  if (mine.has(id)) return mine.get(id);
  const c = column(r, key);
  let v: number | undefined;
  if (c && kind === 'stock') v = c.present[end] ? c.values[end] : undefined;
  else if (c) {
    let sum = 0;
    let months = 0;
    for (let t = 1; t <= end; t++) {
      if (!c.present[t]) continue;
      sum += c.values[t];
      months++;
    }
    v = months > 0 ? (kind === 'flow' ? sum : sum / months) : undefined;
  }
  mine.set(id, v);
  return v;
}
