import { PairedBands, SideBands } from '../data/runningBand.ts';
import type { Band } from '../data/band.ts';
import type { ReplicateSeries } from '../data/replicateSeries.ts';
import type { SideKey } from '../session.ts';

/** Which runs a result belongs to: a side, and whether it is that side's counterfactual. */
export type Stream = `${SideKey}` | `${SideKey}0`;
export const streamOf = (side: SideKey, counterfactual: boolean): Stream => (counterfactual ? `${side}0` : side);

/** What the charts read: bands and y extents per side and for B − A, over the shown replicates. */
export interface ChartStatistics {
  band(side: SideKey, key: string): Band | undefined;
  difference(key: string): Band | undefined;
  /** Every replicate's range of the series (B − A's for `difference`), for a y axis that does not jump. */
  extent(side: SideKey | 'difference', key: string): [number, number] | undefined;
}

/**
 * The replicates of one set of inputs (scenarios with their edits, seed, counterfactual toggle),
 * whatever the replicate count: raising the count from 5 to 50 keeps the 5 and asks only for the
 * other 45 (issue 15). Results arrive from the workers in any order; only the unbroken run of
 * replicates from 0 counts as shown, so what is drawn and its bits do not depend on which worker
 * finished first (docs/ODD.md §7: same scenario and seed, same bytes).
 */
export class ReplicateResults {
  private readonly byStream = new Map<Stream, ReplicateSeries[]>();
  private stats: { window: number; a: SideBands; b: SideBands; pairs: PairedBands } | undefined;

  /** `key` names the inputs; results of other inputs are never mixed in. */
  constructor(readonly key: string) {}

  put(stream: Stream, series: ReplicateSeries): void {
    let list = this.byStream.get(stream);
    if (!list) this.byStream.set(stream, (list = []));
    list[series.replicate] = series;
  }

  has(stream: Stream, replicate: number): boolean {
    return this.byStream.get(stream)?.[replicate] !== undefined;
  }

  /** The first replicates 0, 1, … of a stream with none missing, at most `limit` of them. */
  prefix(stream: Stream, limit: number): ReplicateSeries[] {
    const list = this.byStream.get(stream) ?? [];
    const out: ReplicateSeries[] = [];
    for (let i = 0; i < Math.min(limit, list.length) && list[i]; i++) out.push(list[i]);
    return out;
  }

  /**
   * Running statistics over the first `limit` replicates (fewer while they arrive), for `window`
   * months of trailing mean. Brought up to date by adding only the replicates new since the last
   * call; rebuilt only when the window changes or the limit falls below what was added.
   */
  statistics(window: number, limit: number): ChartStatistics {
    let s = this.stats;
    if (!s || s.window !== window || s.a.added > limit || s.b.added > limit) {
      s = this.stats = { window, a: new SideBands(window), b: new SideBands(window), pairs: new PairedBands(window) };
    }
    const a = this.prefix('a', limit);
    const b = this.prefix('b', limit);
    for (let i = s.a.added; i < a.length; i++) s.a.add(a[i]);
    for (let i = s.b.added; i < b.length; i++) s.b.add(b[i]);
    for (let i = s.pairs.added; i < Math.min(a.length, b.length); i++) s.pairs.add(a[i], b[i]);
    const { a: sa, b: sb, pairs } = s;
    return {
      band: (side, key) => (side === 'a' ? sa : sb).band(key),
      difference: (key) => pairs.band(key),
      extent: (side, key) => (side === 'difference' ? pairs : side === 'a' ? sa : sb).extent(key),
    };
  }
}
