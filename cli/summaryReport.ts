import { METRICS } from '../sim/model/metrics.ts';
import { clipToRange } from '../sim/stats/clipToRange.ts';
import { precision } from './precision.ts';
import { TIERS } from '../sim/scenario/vocabulary.ts';
import type { SummaryCollector } from './summaryCollector.ts';
import { count, gbp, index, percent } from './format.ts';
import { table } from './table.ts';

/** Tier indicators read at the start and end of the horizon (docs/ODD.md §4.11 Observation names them). */
const INDICATORS: readonly [string, string][] = [
  ['capability', 'capability'],
  ['capacityGap', 'capacity gap'],
  ['coordination', 'coordination'],
  ['localAutonomy', 'local autonomy'],
  ['outcomes', 'outcomes'],
  ['decisionSpeed', 'decision speed'],
  ['deliveryPace', 'delivery pace'],
];

const FLOWS: readonly [string, string][] = [
  ['placementsStarted', 'started'],
  ['placementsCompleted', 'completed'],
  ['placementsEndedEarly', 'ended early'],
  ['failed', 'failed'],
];

const FAILURES: readonly [string, string][] = [
  ['placementsFailedUnwilling', 'found no one willing'],
  ['placementsFailedFriction', 'foundered on practical obstacles'],
  ['placementsFailedNoHost', 'found no funded host with room'],
  ['placementsFailedHorizon', 'would have outlasted the funded settlement'],
];

const WORKFORCE: readonly [string, string][] = [
  ['leavers', 'leavers'],
  ['leaversOnPlacement', '  of whom on placement'],
  ['returnersLeaving', 'returners leaving within 12 months'],
];

/** What mobility adds to a metric at the end of the horizon: the paired difference from the counterfactual. */
export interface Contribution {
  mean: number;
  /** Half-width of its 95% interval (infinite with one replicate). */
  halfWidth: number;
}

/** The contribution of mobility to a metric and group at the end of the horizon, if a counterfactual ran. */
export type ContributionOf = (metric: string, group: string) => Contribution | undefined;

/**
 * The stdout summary of a run: readable first, exact values are in metrics.csv. With a
 * counterfactual the tiers table also shows what mobility contributes at the end, paired under
 * common random numbers: start to end alone mixes that with any trend of the baseline itself
 * (docs/ODD.md §5, item 4). `money` is the scenario's statement of what its amounts are in (GBP
 * unless it says it converted).
 */
export function summaryReport(s: SummaryCollector, contribution?: ContributionOf, money?: string): string {
  const mean = s.replicates > 1 ? ` (mean of ${s.replicates} replicates)` : '';
  return [
    `Tiers at the start (${s.startDate}) and end (${s.endDate}) of the horizon${mean}${contribution ? ', and what mobility adds at the end against the same run without it' : ''}`,
    tiers(s, contribution),
    contribution
      ? `"mobility" is the scenario minus its counterfactual (every instrument off, same random numbers)${s.replicates > 1 ? ' with its 95% interval' : ''}.`
      : 'Start to end includes any trend the scenario has without mobility; --counterfactual adds what mobility itself contributes.',
    '',
    ...(s.replicates > 1 ? [precisionTable(s), ''] : []),
    `Placements over the run, by instrument:direction${mean}`,
    placements(s),
    '',
    `Workforce over the run${mean}`,
    workforce(s),
    '',
    cost(s, mean, money),
    '',
  ].join('\n');
}

function tiers(s: SummaryCollector, contribution?: ContributionOf): string {
  const columns = contribution ? ['start', 'end', 'mobility'] : ['start', 'end'];
  const rows: string[][] = [['', ...TIERS.flatMap((t) => [t, ...columns.slice(1).map(() => '')])], ['', ...TIERS.flatMap(() => columns)]];
  for (const [metric, label] of INDICATORS) {
    rows.push([
      label,
      ...TIERS.flatMap((t) => {
        const cells = [index(s.mean(metric, t, 'start')), index(s.mean(metric, t, 'end'))];
        if (contribution) cells.push(added(contribution(metric, t)));
        return cells;
      }),
    ]);
  }
  return table(rows);
}

function added(c: Contribution | undefined): string {
  if (!c) return '-';
  const sign = c.mean > 0 ? '+' : c.mean < 0 ? '-' : ' ';
  const size = Math.abs(c.mean).toFixed(3);
  return Number.isFinite(c.halfWidth) ? `${sign}${size} ± ${c.halfWidth.toFixed(3)}` : `${sign}${size}`;
}

/**
 * End-of-horizon means with 95% intervals across replicates, and whether n is enough for them. An
 * interval that leaves the metric's declared range (docs/ODD.md §4.11) is shown clipped, as
 * "mean (low to high)*", rather than as a symmetric ± that reaches impossible values.
 */
function precisionTable(s: SummaryCollector): string {
  const rows: string[][] = [['at the end, 95% interval', ...TIERS]];
  let clipped = 0;
  let short = 0;
  let needed = s.replicates;
  for (const [metric, label] of INDICATORS) {
    rows.push([
      label,
      ...TIERS.map((t) => {
        const ci = s.interval(metric, t, 'end');
        if (!ci) return '';
        const verdict = precision(metric, ci);
        if (!verdict.enough) {
          short++;
          needed = Math.max(needed, verdict.needed);
        }
        const c = clipToRange(ci.low, ci.high, METRICS[metric].range);
        if (!c.clipped) return `${index(ci.mean)} ± ${index(ci.halfWidth)}`;
        clipped++;
        return `${index(ci.mean)} (${index(c.lo)} to ${index(c.hi)})*`;
      }),
    ]);
  }
  const verdict =
    short === 0
      ? `${s.replicates} replicates are enough: every interval above is within 5% of its mean (or ±0.005).`
      : `${short} interval(s) above are wider than 5% of the mean (or ±0.005): about ${needed} replicates would narrow them all.`;
  const note = clipped > 0 ? `\n* clipped to what the metric can be: the t interval reached beyond its range.` : '';
  return `${table(rows)}${note}
${verdict}`;
}

function placements(s: SummaryCollector): string {
  const flows = s.groups('placementsStarted');
  if (flows.length === 0) return '  none: no instrument has places in this scenario';
  const total = (metric: string, flow: string) =>
    metric === 'failed' ? FAILURES.reduce((a, [m]) => a + (s.mean(m, flow, 'total') ?? 0), 0) : (s.mean(metric, flow, 'total') ?? 0);
  const rows: string[][] = [['', ...FLOWS.map(([, label]) => label), 'live at end']];
  for (const flow of flows) rows.push([flow, ...FLOWS.map(([m]) => count(total(m, flow))), count(s.mean('placementsLive', flow, 'end') ?? 0)]);
  const sum = (f: (flow: string) => number) => flows.reduce((a, flow) => a + f(flow), 0);
  rows.push(['all', ...FLOWS.map(([m]) => count(sum((flow) => total(m, flow)))), count(sum((flow) => s.mean('placementsLive', flow, 'end') ?? 0))]);
  const failed = FAILURES.map(([m, why]) => `${count(sum((flow) => s.mean(m, flow, 'total') ?? 0))} ${why}`);
  return `${table(rows)}\nFailed proposals: ${failed.join(', ')}.`;
}

function workforce(s: SummaryCollector): string {
  const rows: string[][] = [['', ...TIERS]];
  for (const [metric, label] of WORKFORCE) rows.push([label, ...TIERS.map((t) => count(s.mean(metric, t, 'total') ?? 0))]);
  rows.push(['attrition (mean annual rate)', ...TIERS.map((t) => percent((s.mean('attritionRate', t, 'total') ?? NaN) / s.ticks))]);
  return table(rows);
}

function cost(s: SummaryCollector, mean: string, money = 'GBP'): string {
  const all = s.mean('cumulativeCost', 'all', 'end') ?? 0;
  const parts = s
    .groups('cost')
    .filter((g) => g !== 'all')
    .map((g) => [g, s.mean('cost', g, 'total') ?? 0] as const)
    .filter(([, v]) => v !== 0)
    .map(([g, v]) => `${g} ${gbp(v)}`);
  const borne = TIERS.map((t) => `${t} ${gbp(s.mean('costBorne', t, 'total') ?? 0)}`);
  return `Cost over the run${mean}, in ${money}: ${gbp(all)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}\nPlacement costs borne by: ${borne.join(', ')}`;
}
