import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { precision } from '../precision.ts';
import { splitCsvLine } from './readPart.ts';
import { splitKey, type PairedResult, type Pair } from './summaries.ts';
import type { SensitivityRow } from './sensitivityOutput.ts';

/** The metrics a person reads first, by tier (docs/ODD.md §4.11 Observation: capability, coordination, autonomy, outcomes). */
export const HEADLINE = ['capability', 'coordination', 'localAutonomy', 'decisionSpeed', 'deliveryPace', 'outcomes', 'cumulativeCost'];


const fmt = (x: number) => (!Number.isFinite(x) ? 'n/a' : Math.abs(x) >= 1000 ? x.toExponential(3) : x.toFixed(4));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

/** Start and end of the horizon, mean ± 95% half-width across replicates, and whether n suffices. */
export function replicateReport(dir: string, endTick: number): string {
  const [head, ...lines] = readFileSync(join(dir, 'summary.csv'), 'utf8').trim().split('\n').map(splitCsvLine);
  // By name, not position: a sweep's summary has a column per varied parameter after the scenario.
  const column = (name: string) => head.indexOf(name);
  const [cScenario, cTick, cMetric, cGroup, cN, cMean, cSd, cHalf] = ['scenario', 'tick', 'metric', 'group', 'n', 'mean', 'sd', 'half_width'].map(column);
  const num = (cell: string) => (cell === '' ? NaN : Number(cell));
  const rows: string[][] = [['scenario', 'metric/group', 'start', 'end', '± (95%)', 'n', 'enough?']];
  const start = new Map<string, string>();
  let short = 0;
  let worst = 0;
  for (const cells of lines) {
    const [scenario, tick, metric, group, n, mean, sd, half] = [cScenario, cTick, cMetric, cGroup, cN, cMean, cSd, cHalf].map((c) => cells[c]);
    if (!HEADLINE.includes(metric)) continue;
    const key = `${scenario}|${metric}/${group}`;
    if (Number(tick) === 0) start.set(key, mean);
    if (Number(tick) !== endTick) continue;
    const { enough: ok, needed } = precision(metric, { n: Number(n), mean: num(mean), sd: num(sd), halfWidth: num(half) });
    if (!ok) {
      short++;
      worst = Math.max(worst, needed);
    }
    rows.push([scenario, `${metric}/${group}`, fmt(num(start.get(key) ?? '')), fmt(num(mean)), fmt(num(half)), n, ok ? 'yes' : `no: ~${needed}`]);
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
    for (const [key, r] of results[i]) {
      const [tick, metric, group] = splitKey(key);
      if (Number.isFinite(r.ratio) && r.ratio > 0) ratios.push(r.ratio);
      if (Number(tick) !== endTick || !HEADLINE.includes(metric)) continue;
      rows.push(['', `${metric}/${group}`, fmt(r.meanBaseline), fmt(r.meanScenario), fmt(r.mean), `[${fmt(r.low)}, ${fmt(r.high)}]`, fmt(r.effectDz), fmt(r.ratio)]);
    }
    const cost = results[i].get(`${endTick},cumulativeCost,all`);
    const outcomes = ['local', 'combined', 'central'].map((g) => results[i].get(`${endTick},outcomes,${g}`)).filter((x) => x !== undefined);
    out.push(table(rows));
    if (ratios.length > 0) {
      const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
      // Said as narrower or wider in percent, never "0.94 times as narrow" (which means wider).
      const change = Math.round(100 * Math.abs(1 - geo));
      const how = geo < 1 ? `${change}% narrower than` : geo > 1 ? `${change}% wider than` : 'as wide as';
      out.push(`Pairing by replicate (common random numbers): the paired intervals are on average ${how} unpaired ones would be (geometric mean of paired/unpaired half-widths over ${ratios.length} metric values).`);
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
