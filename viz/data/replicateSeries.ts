import type { MetricRow } from '../../sim/model/run.ts';

/**
 * One replicate's metric rows as columns: for each (metric, group) key in the order the kernel
 * emits them, a value per tick. Columns move between worker and page as transferable buffers; the
 * tidy rows are rebuilt from them in the kernel's order for CSV.
 */
export interface ReplicateSeries {
  scenario: string;
  replicate: number;
  seed: number;
  start: string;
  ticks: number;
  /** `metric\tgroup`, in emission order. */
  keys: string[];
  /** keys.length × (ticks + 1), key-major: values[k * (ticks + 1) + tick]. */
  values: Float64Array;
  /** 1 where the kernel emitted a value (a metric may skip a group at some ticks). */
  present: Uint8Array;
}

export const seriesKey = (metric: string, group: string) => `${metric}\t${group}`;

export function splitKey(key: string): [metric: string, group: string] {
  const tab = key.indexOf('\t');
  return [key.slice(0, tab), key.slice(tab + 1)];
}

/** Collects `runReplicate`'s rows (its `onRows`) into columns. */
export class SeriesCollector {
  private index = new Map<string, number>();
  private columns: { values: Float64Array; present: Uint8Array }[] = [];

  constructor(private readonly info: Omit<ReplicateSeries, 'keys' | 'values' | 'present'>) {}

  readonly add = (rows: readonly MetricRow[]): void => {
    const n = this.info.ticks + 1;
    for (const row of rows) {
      const key = seriesKey(row.metric, row.group);
      let k = this.index.get(key);
      if (k === undefined) {
        k = this.columns.length;
        this.index.set(key, k);
        this.columns.push({ values: new Float64Array(n), present: new Uint8Array(n) });
      }
      const col = this.columns[k];
      col.values[row.tick] = row.value;
      col.present[row.tick] = 1;
    }
  };

  finish(): ReplicateSeries {
    const n = this.info.ticks + 1;
    const values = new Float64Array(this.columns.length * n);
    const present = new Uint8Array(this.columns.length * n);
    this.columns.forEach((c, k) => {
      values.set(c.values, k * n);
      present.set(c.present, k * n);
    });
    return { ...this.info, keys: [...this.index.keys()], values, present };
  }
}

/** A key's column of one replicate, or undefined when the replicate has no such series. */
export function column(r: ReplicateSeries, key: string): { values: Float64Array; present: Uint8Array } | undefined {
  const k = r.keys.indexOf(key);
  if (k < 0) return undefined;
  const n = r.ticks + 1;
  return { values: r.values.subarray(k * n, (k + 1) * n), present: r.present.subarray(k * n, (k + 1) * n) };
}
