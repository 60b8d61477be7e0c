import { pairedDifference } from '../../sim/stats/pairedDifference.ts';
import { summarise, type Summary } from '../../sim/stats/summarise.ts';
import { column, splitKey, type ReplicateSeries } from './replicateSeries.ts';

/** One row of the summary table: a (metric, group) at the end of the horizon. */
export interface EndValue {
  metric: string;
  group: string;
  a?: Summary;
  b?: Summary;
  /** Paired B − A at the last month of the run both cover (the final month when horizons match). */
  difference?: { mean: number; ciLow: number; ciHigh: number; pValue: number };
}

/** End-of-horizon values of every (metric, group), keys in the kernel's order (A's first). */
export function endValues(a: readonly ReplicateSeries[], b: readonly ReplicateSeries[]): EndValue[] {
  const keys = [...new Set([...(a[0]?.keys ?? []), ...(b[0]?.keys ?? [])])];
  const common = a[0] && b[0] ? Math.min(a[0].ticks, b[0].ticks) : -1;
  return keys.map((key) => {
    const [metric, group] = splitKey(key);
    const xa = valuesAt(a, key);
    const xb = valuesAt(b, key);
    const row: EndValue = { metric, group };
    if (xa.size > 0) row.a = summarise([...xa.values()]);
    if (xb.size > 0) row.b = summarise([...xb.values()]);
    const pa = valuesAt(a, key, common);
    const pb = valuesAt(b, key, common);
    const paired = [...pa.keys()].filter((k) => pb.has(k));
    if (paired.length > 0) {
      const d = pairedDifference(paired.map((k) => pa.get(k)!), paired.map((k) => pb.get(k)!));
      row.difference = { mean: d.meanDiff, ciLow: d.ciLow, ciHigh: d.ciHigh, pValue: d.pValue };
    }
    return row;
  });
}

/** A key's value at `tick` (default: each run's final month) by replicate number. */
function valuesAt(runs: readonly ReplicateSeries[], key: string, tick?: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of runs) {
    const t = tick ?? r.ticks;
    const c = column(r, key);
    if (c && t >= 0 && t <= r.ticks && c.present[t]) out.set(r.replicate, c.values[t]);
  }
  return out;
}
