import type { QuantitySpec } from './quantitySchema.ts';

/** One month of one metric for one group, as a run reports it (sim/model/run.ts MetricRow). */
export interface SeriesRow {
  date: string;
  metric: string;
  group: string;
  value: number;
}

type Series = { metric: string; groups: readonly string[] };

/**
 * The value a run gives a target's quantity, from its monthly rows and, for a parameter target,
 * the run's value of that parameter. NaN, which a calibration counts as infinitely far
 * (sim/stats/scaledDistance.ts), when the run cannot say: no month of the window in the run, a
 * group the metric never reported (a misspelt group must not read as zero), a share of nothing.
 */
export function quantityValue(q: QuantitySpec, rows: readonly SeriesRow[], parameter: (path: string) => number | undefined): number {
  if (q.kind === 'parameter') return parameter(q.path) ?? NaN;
  if (q.kind === 'stock') return monthlySums(q, rows, q.at, q.at).get(q.at) ?? NaN;
  if (q.kind === 'mean') {
    const sums = monthlySums(q, rows, q.from, q.to);
    if (sums.size === 0) return NaN;
    let total = 0;
    for (const v of sums.values()) total += v;
    return total / sums.size;
  }
  const numerator = total(monthlySums(q.numerator, rows, q.from, q.to));
  const denominator = total(monthlySums(q.denominator, rows, q.from, q.to));
  return denominator > 0 ? numerator / denominator : NaN;
}

const total = (sums: Map<string, number>) => {
  if (sums.size === 0) return NaN;
  let s = 0;
  for (const v of sums.values()) s += v;
  return s;
};

/** The series summed over its groups, month by month, from `from` to `to` ("YYYY-MM" sorts as months); empty if any group never appears. */
function monthlySums(series: Series, rows: readonly SeriesRow[], from: string, to: string): Map<string, number> {
  const wanted = new Set(series.groups);
  const seen = new Set<string>();
  const sums = new Map<string, number>();
  for (const r of rows) {
    if (r.metric !== series.metric || !wanted.has(r.group)) continue;
    seen.add(r.group);
    const month = r.date.slice(0, 7);
    if (month < from || month > to) continue;
    sums.set(month, (sums.get(month) ?? 0) + r.value);
  }
  return seen.size === wanted.size ? sums : new Map();
}
