import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRICS } from '../../sim/model/metrics.ts';
import { clipToRange, differenceRange } from '../../sim/stats/clipToRange.ts';
import { precision } from '../precision.ts';
import { wrap } from '../wrap.ts';
import { splitCsvLine } from './readPart.ts';
import { splitKey, type PairedResult, type Pair } from './summaries.ts';
import type { SensitivityDetails } from './experiment.ts';
import type { SensitivityRow } from './sensitivityOutput.ts';

/** The metrics a person reads first, by tier (docs/ODD.md §4.11 Observation: capability, coordination, autonomy, outcomes). */
export const HEADLINE = ['capability', 'coordination', 'localAutonomy', 'decisionSpeed', 'deliveryPace', 'outcomes', 'cumulativeCost'];


const fmt = (x: number) => (!Number.isFinite(x) ? 'n/a' : Math.abs(x) >= 1000 ? x.toExponential(3) : x.toFixed(4));

/** The metrics whose interval decides whether there are replicates enough: the indices, not money. */
const ADVISED = HEADLINE.filter((m) => METRICS[m]?.unit !== 'GBP');

/** A value in its metric's unit: indices to 4 places, money as £ with k/M, others as numbers. */
function valueIn(metric: string, x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (METRICS[metric]?.unit !== 'GBP') return fmt(x);
  const a = Math.abs(x);
  const sign = x < 0 ? '-' : '';
  return a >= 1e6 ? `${sign}£${(a / 1e6).toFixed(2)}M` : a >= 1e3 ? `${sign}£${(a / 1e3).toFixed(1)}k` : `${sign}£${a.toFixed(0)}`;
}

/** The date of a tick as summary.csv writes it (YYYY-MM-01), shown as YYYY-MM. */
const month = (date: string | undefined) => (date ? date.slice(0, 7) : '');

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/**
 * Start and end of the horizon, mean ± 95% half-width across replicates, a table per scenario,
 * and whether n suffices for the headline indices (money is shown but does not drive the advice:
 * its relative precision says little about the findings).
 */
export function replicateReport(dir: string, endTick: number): string {
  const [head, ...lines] = readFileSync(join(dir, 'summary.csv'), 'utf8').trim().split('\n').map(splitCsvLine);
  // By name, not position: a sweep's summary has a column per varied parameter after the scenario.
  const column = (name: string) => head.indexOf(name);
  const [cScenario, cTick, cDate, cMetric, cGroup, cN, cMean, cSd, cHalf] = ['scenario', 'tick', 'date', 'metric', 'group', 'n', 'mean', 'sd', 'half_width'].map(column);
  const num = (cell: string) => (cell === '' ? NaN : Number(cell));
  const tables = new Map<string, string[][]>();
  const start = new Map<string, string>();
  const dates = { start: '', end: '' };
  let n = '';
  const wide: { what: string; half: number; needed: number }[] = [];
  for (const cells of lines) {
    const [scenario, tick, date, metric, group, rn, mean, sd, half] = [cScenario, cTick, cDate, cMetric, cGroup, cN, cMean, cSd, cHalf].map((c) => cells[c]);
    if (!HEADLINE.includes(metric)) continue;
    const key = `${scenario}|${metric}/${group}`;
    if (Number(tick) === 0) [start.set(key, mean), (dates.start = date)];
    if (Number(tick) !== endTick) continue;
    dates.end = date;
    n = rn;
    const { enough, needed } = precision(metric, { n: Number(rn), mean: num(mean), sd: num(sd), halfWidth: num(half) });
    const advised = ADVISED.includes(metric);
    if (advised && !enough) wide.push({ what: `${scenario} ${metric}/${group}`, half: num(half), needed });
    if (!tables.has(scenario)) tables.set(scenario, [['metric/group', `start ${month(dates.start)}`, `end ${month(date)}`, '± 95%', 'enough?']]);
    tables.get(scenario)!.push([`${metric}/${group}`, valueIn(metric, num(start.get(key) ?? '')), valueIn(metric, num(mean)), valueIn(metric, num(half)), !advised ? '' : enough ? 'yes' : 'no']);
  }
  const out = [...tables].map(([scenario, rows]) => `${scenario} (mean of ${n} replicates; ± is the 95% t half-width)\n${table(rows)}`);
  wide.sort((a, b) => b.needed - a.needed);
  const verdict =
    wide.length === 0
      ? 'Every headline index is within 5% of its mean (or ±0.005): the number of replicates is enough.'
      : `${wide.length} headline index interval(s) are wider than 5% of the mean (or ±0.005), the widest ${wide
          .slice(0, 3)
          .map((w) => `${w.what} (±${fmt(w.half)})`)
          .join(', ')}; about ${wide[0].needed} replicates would narrow them all (money is not counted).`;
  return `${out.join('\n\n')}\n\n${wrap(verdict)}\n`;
}

/** End-of-horizon paired differences of headline metrics, and what pairing gained. */
export function comparisonReport(pairs: readonly Pair[], results: Map<string, PairedResult>[], endTick: number): string {
  const out: string[] = [];
  pairs.forEach((pair, i) => {
    const rows: string[][] = [['metric/group', 'A', 'B', 'B − A', '95% CI of B − A', 'd_z', 'paired/unpaired']];
    const ratios: number[] = [];
    let n = 0;
    let clipped = 0;
    for (const [key, r] of results[i]) {
      const [tick, metric, group] = splitKey(key);
      if (Number.isFinite(r.ratio) && r.ratio > 0) ratios.push(r.ratio);
      if (Number(tick) !== endTick || !HEADLINE.includes(metric)) continue;
      n = r.n;
      const v = (x: number) => valueIn(metric, x);
      // B − A of a bounded metric is bounded too (docs/ODD.md §4.11): show the interval clipped to it.
      const ci = clipToRange(r.low, r.high, differenceRange(METRICS[metric].range));
      if (ci.clipped) clipped++;
      rows.push([`${metric}/${group}`, v(r.meanBaseline), v(r.meanScenario), v(r.mean), `${v(ci.lo)} to ${v(ci.hi)}${ci.clipped ? '*' : ''}`, Number.isFinite(r.effectDz) ? r.effectDz.toFixed(2) : 'n/a', Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : 'n/a']);
    }
    const cost = results[i].get(`${endTick},cumulativeCost,all`);
    const outcomes = ['local', 'combined', 'central'].map((g) => results[i].get(`${endTick},outcomes,${g}`)).filter((x) => x !== undefined);
    out.push(wrap(`A = ${pair.baseline}, B = ${pair.scenario}: at the end of the horizon, paired by replicate (n = ${n})`));
    out.push(table(rows));
    out.push(
      wrap(
        'd_z is the mean difference over the spread of the paired differences (|d_z| above about 0.8 is large). ' +
          'paired/unpaired is the paired interval\'s half-width over the unpaired one: below 1, pairing by replicate narrowed it.',
      ),
    );
    if (clipped > 0) out.push('* clipped to what the difference can be: the t interval reached beyond it.');
    if (ratios.length > 0) {
      const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
      // Said as narrower or wider in percent, never "0.94 times as narrow" (which means wider).
      const change = Math.round(100 * Math.abs(1 - geo));
      const how = geo < 1 ? `${change}% narrower than` : geo > 1 ? `${change}% wider than` : 'as wide as';
      out.push(wrap(`Pairing by replicate (common random numbers): the paired intervals are on average ${how} unpaired ones would be (geometric mean of paired/unpaired half-widths over ${ratios.length} metric values).`));
    }
    if (cost && outcomes.length > 0 && pair.baseline.endsWith(':counterfactual')) {
      const gain = outcomes.reduce((a, o) => a + o!.mean, 0) / outcomes.length;
      out.push(wrap(`Contribution of mobility: outcomes ${gain >= 0 ? '+' : ''}${fmt(gain)} (index, mean over tiers) for ${valueIn('cumulativeCost', cost.mean)}; cost per 0.01 of outcome index: ${gain > 0 ? valueIn('cumulativeCost', (cost.mean / gain) * 0.01) : 'no gain'}.`));
    }
    out.push('');
  });
  return out.join('\n');
}


/**
 * The sensitivity indices, headed by what they are of (metric, group, tick, number of runs), with
 * a warning for each index whose bootstrap interval is wider than the estimate itself: too wide to
 * rank factors by, so more --samples are needed before reading it.
 */
export function sensitivityReport(rows: readonly SensitivityRow[], d: SensitivityDetails, runs: number): string {
  const method = d.method === 'morris' ? `Morris elementary effects (${d.baseSamples} trajectories)` : `Sobol indices (${d.baseSamples} base samples)`;
  const what = d.counterfactual ? `the contribution of mobility to ${d.metric}/${d.group} (each run minus the same run with mobility off)` : `${d.metric}/${d.group}`;
  const head = wrap(`${method} of ${what} at tick ${d.tick}, over ${runs} runs (${d.replicates} replicate${d.replicates === 1 ? '' : 's'} a point); intervals are bootstrap 95%.`);
  const body = table([['factor', 'index', 'estimate', '95% low', '95% high'], ...rows.map((r) => [r.factor, r.index, fmt(r.estimate), fmt(r.low), fmt(r.high)])]);
  const wide = rows.filter((r) => Number.isFinite(r.low) && Number.isFinite(r.high) && r.high - r.low > Math.abs(r.estimate));
  const warning =
    wide.length === 0
      ? ''
      : `\n${wrap(`Too wide to read: ${wide.map((r) => `${r.index} of ${r.factor}`).join(', ')} (the interval is wider than the estimate); run more --samples before ranking by them.`)}`;
  return `${head}\n${body}${warning}\n`;
}
