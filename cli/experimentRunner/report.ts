import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRICS } from '../../sim/model/metrics.ts';
import { clipToRange, differenceRange } from '../../sim/stats/clipToRange.ts';
import { precision } from '../precision.ts';
import { splitCsvLine } from './readPart.ts';
import { splitKey, type PairedResult, type Pair } from './summaries.ts';
import type { SensitivityRow } from './sensitivityOutput.ts';

/** The metrics a person reads first, by tier (docs/ODD.md §4.11 Observation: capability, coordination, autonomy, outcomes). */
export const HEADLINE = ['capability', 'coordination', 'localAutonomy', 'decisionSpeed', 'deliveryPace', 'outcomes', 'cumulativeCost'];


const fmt = (x: number) => (!Number.isFinite(x) ? String(x) : Math.abs(x) >= 1000 ? x.toExponential(3) : x.toFixed(4));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

/** Start and end of the horizon, mean ± 95% half-width across replicates, and whether n suffices. */
export function replicateReport(dir: string, endTick: number): string {
  const lines = readFileSync(join(dir, 'summary.csv'), 'utf8').trim().split('\n').slice(1).map(splitCsvLine);
  const rows: string[][] = [['scenario', 'metric/group', 'start', 'end', '± (95%)', 'n', 'enough?']];
  const start = new Map<string, string>();
  let short = 0;
  let worst = 0;
  for (const [scenario, tick, metric, group, n, mean, sd, , , half] of lines) {
    if (!HEADLINE.includes(metric)) continue;
    const key = `${scenario}|${metric}/${group}`;
    if (Number(tick) === 0) start.set(key, mean);
    if (Number(tick) !== endTick) continue;
    const { enough: ok, needed } = precision(metric, { n: Number(n), mean: Number(mean), sd: Number(sd), halfWidth: Number(half) });
    if (!ok) {
      short++;
      worst = Math.max(worst, needed);
    }
    rows.push([scenario, `${metric}/${group}`, fmt(Number(start.get(key) ?? NaN)), fmt(Number(mean)), fmt(Number(half)), n, ok ? 'yes' : `no: ~${needed}`]);
  }
  const verdict =
    short === 0
      ? 'Every headline interval is within 5% of its mean (or 0.005): the number of replicates is enough.'
      : `${short} headline interval(s) are wider than 5% of the mean: about ${worst} replicates would narrow them all.`;
  return `${table(rows)}\n\n${verdict}\n`;
}

/** End-of-horizon paired differences of headline metrics, and what pairing gained. */
export function comparisonReport(pairs: readonly Pair[], results: Map<string, PairedResult>[], endTick: number): string {
  const out: string[] = [];
  pairs.forEach((pair, i) => {
    const rows: string[][] = [[`${pair.scenario} − ${pair.baseline}`, 'metric/group', 'baseline', 'scenario', 'difference', '95% CI', 'd_z', 'paired/unpaired']];
    const ratios: number[] = [];
    let clipped = 0;
    for (const [key, r] of results[i]) {
      const [tick, metric, group] = splitKey(key);
      if (Number.isFinite(r.ratio) && r.ratio > 0) ratios.push(r.ratio);
      if (Number(tick) !== endTick || !HEADLINE.includes(metric)) continue;
      // B − A of a bounded metric is bounded too (docs/ODD.md §4.11): show the interval clipped to it.
      const ci = clipToRange(r.low, r.high, differenceRange(METRICS[metric].range));
      if (ci.clipped) clipped++;
      rows.push(['', `${metric}/${group}`, fmt(r.meanBaseline), fmt(r.meanScenario), fmt(r.mean), `[${fmt(ci.lo)}, ${fmt(ci.hi)}]${ci.clipped ? '*' : ''}`, fmt(r.effectDz), fmt(r.ratio)]);
    }
    const cost = results[i].get(`${endTick},cumulativeCost,all`);
    const outcomes = ['local', 'combined', 'central'].map((g) => results[i].get(`${endTick},outcomes,${g}`)).filter((x) => x !== undefined);
    out.push(table(rows));
    if (clipped > 0) out.push('* clipped to what the difference can be: the t interval reached beyond it.');
    if (ratios.length > 0) {
      const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
      out.push(`Pairing by replicate (common random numbers): intervals are on average ${(1 / geo).toFixed(2)} times as narrow as unpaired ones would be (geometric mean over ${ratios.length} metric values).`);
    }
    if (cost && outcomes.length > 0 && pair.baseline.endsWith(':counterfactual')) {
      const gain = outcomes.reduce((a, o) => a + o!.mean, 0) / outcomes.length;
      out.push(`Contribution of mobility: outcomes ${gain >= 0 ? '+' : ''}${fmt(gain)} (mean over tiers) for ${fmt(cost.mean)} GBP; cost per 0.01 of outcome index: ${gain > 0 ? fmt((cost.mean / gain) * 0.01) : 'no gain'}.`);
    }
    out.push('');
  });
  return out.join('\n');
}

export function sensitivityReport(rows: readonly SensitivityRow[]): string {
  return table([['factor', 'index', 'estimate', '95% low', '95% high'], ...rows.map((r) => [r.factor, r.index, fmt(r.estimate), fmt(r.low), fmt(r.high)])]) + '\n';
}
