import { METRICS } from '../../sim/model/metrics.ts';
import { clipToRange, differenceRange } from '../../sim/stats/clipToRange.ts';
import { formatInterval, formatValue } from '../charts/formatValue.ts';
import type { EndValue } from '../data/endValues.ts';
import { glossaryId } from '../data/glossary.ts';
import { groupLabel } from '../groupLabel.ts';
import { labelOf } from '../../sim/scenario/settings.ts';
import type { SideKey } from '../session.ts';

/** The end-of-horizon values of every metric: A, B and the paired B − A, each with its 95% interval. */
export function summaryTable(holder: HTMLElement, rows: EndValue[], labels: Record<SideKey, string>, money: string): void {
  const table = document.createElement('table');
  table.className = 'summary';
  const caption = table.createCaption();
  caption.textContent =
    `Mean over replicates with 95% interval: levels in the final month, flows as totals over the run (months 1 to the horizon, as capflow run prints them), rates as means over the run. ` +
    `Intervals are clipped to what a metric can be, and say so. A: ${labels.a}. B: ${labels.b}. B − A is paired by replicate, over the months both runs cover. ${money}`;
  const head = table.createTHead().insertRow();
  for (const h of ['Metric', 'Group', 'Read as', 'Unit', 'A', 'B', 'B − A']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  let previous = '';
  for (const r of rows) {
    const meta = METRICS[r.metric];
    const unit = meta?.unit ?? '';
    const range = meta?.range ?? [-Infinity, Infinity];
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    if (r.metric !== previous) th.append(Object.assign(document.createElement('a'), { href: `#${glossaryId(r.metric)}`, textContent: labelOf(r.metric) }));
    // A repeated metric's header still names it (for screen readers and table navigation), unseen.
    if (r.metric === previous) th.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: labelOf(r.metric) }));
    th.title = METRICS[r.metric]?.description ?? '';
    previous = r.metric;
    tr.append(th);
    cell(tr, groupLabel(r.group));
    cell(tr, r.reading);
    cell(tr, unit);
    cell(tr, r.a ? withInterval(r.a.mean, r.a.ciLow, r.a.ciHigh, unit, range) : '–', 'num');
    cell(tr, r.b ? withInterval(r.b.mean, r.b.ciLow, r.b.ciHigh, unit, range) : '–', 'num');
    cell(tr, r.difference ? withInterval(r.difference.mean, r.difference.ciLow, r.difference.ciHigh, unit, differenceRange(range)) : '–', 'num');
  }
  holder.replaceChildren(table);
}

/** "mean (lo to hi)", the interval cut to the metric's range and marked "clipped" when it was. */
export function withInterval(mean: number, lo: number, hi: number, unit: string, range: readonly [number, number]): string {
  const c = clipToRange(lo, hi, range);
  const ci = formatInterval(c.lo, c.hi, unit);
  return ci ? `${formatValue(mean, unit)} (${ci}${c.clipped ? ', clipped to range' : ''})` : formatValue(mean, unit);
}

function cell(tr: HTMLTableRowElement, text: string, className?: string): void {
  const td = tr.insertCell();
  td.textContent = text;
  if (className) td.className = className;
}
