import { Moments } from '../sim/runDesign/moments.ts';
import type { MetricRow } from '../sim/model/run.ts';
import { meanInterval } from './experimentRunner/intervals.ts';

type Reading = 'start' | 'end' | 'total';

/**
 * What the stdout summary needs from a run, gathered as rows stream past (rows are not kept):
 * for every metric and group, each replicate's value at tick 0 (the start), at the horizon, and
 * summed over ticks 1 to the horizon, kept as running moments across replicates so the summary
 * can show means with 95% intervals.
 */
export class SummaryCollector {
  private readonly moments = { start: new Moments(), end: new Moments(), total: new Moments() };
  private readonly groupsOf = new Map<string, Set<string>>();
  /** The current replicate's running totals, flushed when the next replicate starts. */
  private totals = new Map<string, number>();
  private replicate = -1;
  startDate = '';
  endDate = '';

  constructor(
    readonly ticks: number,
    readonly replicates: number,
  ) {}

  add(replicate: number, rows: readonly MetricRow[]): void {
    if (replicate !== this.replicate) {
      this.flush();
      this.replicate = replicate;
    }
    for (const r of rows) {
      const key = `${r.metric}\u0000${r.group}`;
      let groups = this.groupsOf.get(r.metric);
      if (!groups) this.groupsOf.set(r.metric, (groups = new Set()));
      groups.add(r.group);
      if (r.tick > 0) this.totals.set(key, (this.totals.get(key) ?? 0) + r.value);
      else {
        this.moments.start.add(key, r.value);
        this.startDate = r.date;
      }
      if (r.tick === this.ticks) {
        this.moments.end.add(key, r.value);
        this.endDate = r.date;
      }
    }
  }

  /** Call after the last replicate. */
  finish(): void {
    this.flush();
  }

  private flush(): void {
    for (const [key, total] of this.totals) this.moments.total.add(key, total);
    this.totals = new Map();
  }

  /** Groups a metric was reported for, in the order the kernel emits them. */
  groups(metric: string): string[] {
    return [...(this.groupsOf.get(metric) ?? [])];
  }

  /** Mean over replicates of the value at the start, at the end, or summed over the run. */
  mean(metric: string, group: string, reading: Reading): number | undefined {
    return this.moments[reading].get(`${metric}\u0000${group}`)?.mean;
  }

  /** The mean with its 95% t interval across replicates (undefined, NaN, with one replicate). */
  interval(metric: string, group: string, reading: Reading) {
    const m = this.moments[reading].get(`${metric}\u0000${group}`);
    return m === undefined ? undefined : meanInterval(m.n, m.mean, m.sd);
  }
}
