import { METRICS } from '../../sim/model/metrics.ts';
import { TIERS } from '../../sim/scenario/vocabulary.ts';
import { bandChart, type BandFacet, type BandSeries } from '../charts/bandChart.ts';
import { clipToRange, differenceRange } from '../../sim/stats/clipToRange.ts';
import { chordChart } from '../charts/chordChart.ts';
import { withMinimumSpan } from '../charts/axisSpan.ts';
import { SIDE_STYLE, TIER_COLOURS } from '../charts/palette.ts';
import { CHART_SECTIONS } from '../chartList.ts';
import type { Band } from '../data/band.ts';
import type { ChartStatistics } from '../run/replicateResults.ts';
import { frameQueue } from './frameQueue.ts';
import { endValues } from '../data/endValues.ts';
import { headlines } from '../data/headlines.ts';
import { glossaryEntries, glossaryId, oddSection } from '../data/glossary.ts';
import oddMarkdown from '../../docs/ODD.md?raw';
import { changeMarkers, type DatedChange } from '../data/datedChanges.ts';
import { dateOfTick } from '../../sim/model/compile.ts';
import { flowMatrix } from '../data/flowMatrix.ts';
import { monthDate } from '../data/monthDate.ts';
import { seriesKey, splitKey, type ReplicateSeries } from '../data/replicateSeries.ts';
import { download, svgPng, svgText } from '../exportImage.ts';
import { provenanceLines, type ChartProvenance } from '../chartLabel.ts';
import { groupLabel } from '../groupLabel.ts';
import { labelOf } from '../../sim/scenario/settings.ts';
import { plural } from '../plural.ts';
import { DEFAULT_METRIC, type SideKey, type View } from '../session.ts';
import { summaryTable } from './summaryTable.ts';

export interface ChartsInput {
  runs: Record<SideKey, ReplicateSeries[]>;
  /** Running bands over `runs` (ReplicateResults), so drawing never recomputes over all replicates. */
  stats: ChartStatistics;
  /** Each side's counterfactual replicates (every instrument off); empty unless the toggle is on. */
  baselines: Record<SideKey, ReplicateSeries[]>;
  labels: Record<SideKey, string>;
  /** Dated changes of both sides' scenarios, marked on every calendar time axis. */
  changes: readonly DatedChange[];
  /** What the money figures are in (moneyNote), shown with every GBP chart and the table. */
  money: string;
  view: View;
  /** The base seed the runs were made with (exports name it). */
  seed: number;
  /** Months of trailing mean (1 = raw). */
  smoothing: number;
  /** The "Any metric" chart's metric, from the session (DEFAULT_METRIC when absent). */
  metric?: string;
}

/**
 * The chart area: a section per topic, each chart a figure with caption, SVG/PNG downloads and a
 * live readout; then the chord diagrams, a chart of any metric, and the end-of-horizon table.
 */
export function chartsView(root: HTMLElement, hooks: { onDrawn?: (input: ChartsInput) => void; onMetric?: (metric: string) => void } = {}): { render(input: ChartsInput): void; setStale(text: string | undefined): void } {
  root.replaceChildren();
  // Charts are drawn one per task, a few per animation frame (frameQueue), never all in one task.
  let drawing: ChartsInput | undefined;
  const queue = frameQueue({ budgetMs: 24, now: () => performance.now(), requestFrame: (f) => requestAnimationFrame(f), onIdle: () => drawing && hooks.onDrawn?.(drawing) });
  const staleNote = el('p', { class: 'stale-note', role: 'status', hidden: '' });
  root.append(staleNote);
  const figures: { metric: string; plot: HTMLElement; select?: HTMLSelectElement }[] = [];
  const chords: { side: SideKey; plot: HTMLElement }[] = [];

  const headlineSection = el('section', { class: 'headlines', id: 'section-headlines', 'aria-labelledby': 'heading-headlines' });
  headlineSection.append(el('h2', { id: 'heading-headlines' }, 'What changed: B − A'));
  const headlineList = el('ul', { class: 'headline-list' });
  headlineSection.append(headlineList);
  const contribution = el('div', { class: 'contributions' });
  headlineSection.append(contribution);
  root.append(headlineSection);
  const nav = el('nav', { 'aria-label': 'Chart sections', class: 'chart-nav' });
  root.append(nav);
  for (const section of CHART_SECTIONS) {
    const sec = el('section', { class: 'chart-section', id: `section-${section.id}`, 'aria-labelledby': `heading-${section.id}` });
    sec.append(el('h2', { id: `heading-${section.id}` }, section.heading));
    const link = el('a', { href: `#section-${section.id}` }, section.heading);
    nav.append(link);
    for (const metric of section.metrics) {
      const { figure, plot } = chartFigure(metric);
      figures.push({ metric, plot });
      sec.append(figure);
    }
    if (section.chord) {
      const row = el('div', { class: 'chord-row' });
      for (const side of ['a', 'b'] as const) {
        const { figure, plot } = chartFigure(`flows-${side}`, `Scenario ${side.toUpperCase()}`, 'Placements started over the whole run between tiers (all instruments), mean over replicates; ribbons point from sending to receiving tier');
        chords.push({ side, plot });
        row.append(figure);
      }
      sec.append(row);
    }
    root.append(sec);
  }

  const explore = el('section', { class: 'chart-section', id: 'section-explore', 'aria-labelledby': 'heading-explore' });
  explore.append(el('h2', { id: 'heading-explore' }, 'Any metric'));
  const select = el('select', { id: 'explore-metric' }) as HTMLSelectElement;
  for (const [name, m] of Object.entries(METRICS)) select.append(new Option(`${labelOf(name)}: ${m.description}`, name));
  select.value = DEFAULT_METRIC;
  const pick = el('label', { class: 'explore-pick' }, 'Metric ');
  pick.append(select);
  explore.append(pick);
  const exploreFigure = chartFigure('explore');
  explore.append(exploreFigure.figure);
  figures.push({ metric: 'explore', plot: exploreFigure.plot, select });
  root.append(explore);
  nav.append(el('a', { href: '#section-explore' }, 'Any metric'));

  const tableSection = el('section', { class: 'chart-section', id: 'section-summary', 'aria-labelledby': 'heading-summary' });
  tableSection.append(el('h2', { id: 'heading-summary' }, 'End of horizon'));
  // Focusable so the table scrolls from the keyboard; a group, not a second region landmark of the same name as its section.
  const tableHolder = el('div', { class: 'table-holder', tabindex: '0', role: 'group', 'aria-label': 'End-of-horizon table, scrollable' });
  tableSection.append(tableHolder);
  root.append(tableSection);
  nav.append(el('a', { href: '#section-summary' }, 'End of horizon'));
  root.append(glossarySection());
  nav.append(el('a', { href: '#section-glossary' }, 'Glossary'));

  // The URL hash holds the session (viz/session.ts): an in-page link must scroll to its target,
  // not replace the hash, or following it would read "section-…" as a link to open.
  root.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a[href^="#"]');
    const target = a && document.getElementById(a.getAttribute('href')!.slice(1));
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });

  let last: ChartsInput | undefined;
  select.addEventListener('change', () => {
    const f = figures.find((x) => x.select);
    if (last && f) {
      last = { ...last, metric: select.value };
      queue.schedule('explore', () => drawFigure(f, last!));
    }
    hooks.onMetric?.(select.value);
  });

  /** Queues every chart and the table to be redrawn from `input`, at most once per frame each. */
  function render(input: ChartsInput): void {
    last = drawing = input;
    figures.forEach((f, i) => queue.schedule(f.select ? 'explore' : `figure-${i}`, () => drawFigure(f, input)));
    queue.schedule('chords', () => drawChords(input));
    queue.schedule('summary', () => drawSummary(input));
  }

  function setStale(text: string | undefined): void {
    root.classList.toggle('stale', text !== undefined);
    staleNote.hidden = text === undefined;
    staleNote.textContent = text ?? '';
  }

  function drawFigure(f: (typeof figures)[number], input: ChartsInput): void {
    f.plot.closest('figure')!.querySelector('.readout')!.textContent = '';
    if (f.select && input.metric && METRICS[input.metric]) f.select.value = input.metric;
    const metric = f.select ? f.select.value : f.metric;
    const meta = METRICS[metric];
    if (f.select) {
      const cap = f.plot.closest('figure')!.querySelector('figcaption')!;
      cap.replaceChildren(metricLink(metric), ` ${meta.description} (${meta.unit})`, el('span', { class: 'money-note' }));
    }
    const note = f.plot.closest('figure')!.querySelector('.money-note');
    if (note) note.textContent = meta.unit === 'GBP' ? ` ${input.money}` : '';
    const facets = facetsOf(metric, input);
    if (facets.length === 0) {
      f.plot.replaceChildren(el('p', { class: 'empty' }, 'No data for this metric in these scenarios.'));
      return;
    }
    const diff = input.view === 'difference';
    const smooth = input.smoothing > 1 ? `, ${input.smoothing}-month trailing mean` : '';
    const chartTitle = `${labelOf(metric)}${diff ? ': B − A' : ''}${smooth}`;
    label(f.plot, { title: chartTitle, metric, unit: meta.unit }, input);
    f.plot.replaceChildren(
      bandChart({
        title: chartTitle,
        description: (diff
          ? `${meta.description}: ${input.labels.b} minus ${input.labels.a}, paired by replicate${smooth}; 95% intervals clipped to what the difference can be`
          : `${meta.description}: ${input.labels.a} (A) and ${input.labels.b} (B)${smooth}; 95% intervals clipped to the metric's range`) +
          '; the y axis spans the replicates\' own values, and a band wider than them is cut at the axis' +
          (meta.unit === 'GBP' ? `. ${input.money}` : '') +
          (input.changes.length > 0 ? '. Dotted purple rules mark dated changes of either scenario; hover one for what changed and its source' : ''),
        unit: meta.unit,
        facets,
        width: Math.max(260, f.plot.clientWidth || 600),
        zero: diff,
        bounds: diff ? differenceRange(meta.range) : meta.range,
        domain: domainOf(metric, input),
        markers: changeMarkers(input.changes).map((m) => ({ at: monthDate(m.at), text: m.text })),
      }),
    );
  }

  function drawChords(input: ChartsInput): void {
    const matrices = { a: flowMatrix(input.runs.a), b: flowMatrix(input.runs.b) };
    const offDiagonal = (m: number[][]) => m.reduce((s, row, i) => s + row.reduce((t, v, j) => t + (i === j ? 0 : v), 0), 0);
    const largest = Math.max(offDiagonal(matrices.a), offDiagonal(matrices.b));
    for (const c of chords) {
      const runs = input.runs[c.side];
      label(c.plot, { title: `Flows between tiers: ${input.labels[c.side]} (${c.side.toUpperCase()})`, metric: 'placementsStarted', unit: 'placements over the run' }, input);
      c.plot.replaceChildren(
        chordChart({
          title: `Flows between tiers: ${input.labels[c.side]} (${c.side.toUpperCase()})`,
          description: `Placements started over the run between tiers, mean over ${plural(runs.length, 'replicate')}`,
          matrix: matrices[c.side],
          scaleTo: largest,
          names: TIERS,
          colours: TIER_COLOURS,
          unit: 'placements',
          width: Math.max(220, c.plot.clientWidth || 320),
        }),
      );
    }
  }

  function drawSummary(input: ChartsInput): void {
    const ends = endValues(input.runs.a, input.runs.b);
    summaryTable(tableHolder, ends, input.labels, input.money);
    const [a0, b0] = [input.runs.a[0], input.runs.b[0]];
    const [lead, ...sentences] = a0 && b0 ? headlines(ends, dateOfTick(a0.start, Math.min(a0.ticks, b0.ticks))) : [];
    headlineList.replaceChildren(...sentences.map((s) => el('li', {}, s)));
    headlineSection.querySelector('p')?.remove();
    if (lead) headlineList.before(el('p', {}, `${lead} B is ${input.labels.b}, A is ${input.labels.a}.`));
    contribution.replaceChildren();
    for (const side of ['a', 'b'] as const) {
      const base = input.baselines[side];
      const runs = input.runs[side];
      if (base.length === 0 || runs.length === 0) continue;
      const [first, ...said] = headlines(endValues(base, runs), dateOfTick(runs[0].start, Math.min(runs[0].ticks, base[0].ticks)), { b: side.toUpperCase(), a: 'its counterfactual' });
      const block = el('div', { class: 'contribution', 'data-side': side });
      block.append(el('h3', {}, `Contribution of mobility in ${side.toUpperCase()} (${input.labels[side]}): against the same scenario with every instrument off`));
      block.append(el('p', {}, first));
      const list = el('ul', { class: 'headline-list' });
      list.append(...said.map((s) => el('li', {}, s)));
      block.append(list);
      contribution.append(block);
    }
  }

  return { render, setStale };
}

/**
 * The y range of a chart: every shown replicate's values in every facet (of B − A in the
 * difference view), not the bands. Bands are widest with the fewest replicates (t = 12.7 at two),
 * so an axis fitted to them would shrink as replicates arrive; the replicates' own range only
 * grows, a little, and settles. A band wider than it is cut at the axis.
 */
function domainOf(metric: string, input: ChartsInput): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  const sides = input.view === 'difference' ? (['difference'] as const) : (['a', 'b'] as const);
  for (const key of keysOf(metric, input)) {
    for (const side of sides) {
      const e = input.stats.extent(side, key);
      if (!e) continue;
      lo = Math.min(lo, e[0]);
      hi = Math.max(hi, e[1]);
    }
  }
  if (!(lo <= hi)) return undefined;
  const range = METRICS[metric].range;
  return withMinimumSpan([lo, hi], range, input.view === 'difference' ? differenceRange(range) : range);
}

function keysOf(metric: string, input: ChartsInput): string[] {
  const keys: string[] = [];
  for (const side of ['a', 'b'] as const) {
    for (const key of input.runs[side][0]?.keys ?? []) if (splitKey(key)[0] === metric && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * Calendar months when the two runs overlap in time; otherwise (a 1992 scenario against a 2026
 * one) years since each run's start, so both share one axis.
 */
function calendarAxis(input: ChartsInput): boolean {
  const a = input.runs.a[0];
  const b = input.runs.b[0];
  if (!a || !b) return true;
  return Math.abs(monthDate(a.start).getTime() - monthDate(b.start).getTime()) <= 366 * 24 * 3600 * 1000;
}

function facetsOf(metric: string, input: ChartsInput): BandFacet[] {
  const calendar = calendarAxis(input);
  const range = METRICS[metric].range;
  const groups: string[] = [];
  for (const side of ['a', 'b'] as const) {
    for (const key of input.runs[side][0]?.keys ?? []) {
      const [m, g] = splitKey(key);
      if (m === metric && !groups.includes(g)) groups.push(g);
    }
  }
  return groups.map((group) => {
    const key = seriesKey(metric, group);
    const series: BandSeries[] = [];
    if (input.view === 'difference') {
      const d = input.stats.difference(key);
      if (d) series.push(toSeries(d, `B − A (${plural(d.n, 'pair')})`, 'B − A', SIDE_STYLE.difference, calendar, differenceRange(range)));
    } else {
      for (const side of ['a', 'b'] as const) {
        const band = input.stats.band(side, key);
        if (band) series.push(toSeries(band, `${side.toUpperCase()}: ${input.labels[side]} (${band.n})`, side.toUpperCase(), SIDE_STYLE[side], calendar, range));
      }
    }
    const only = series.length === 0 ? ' (not in both)' : '';
    return { title: groupLabel(group) + only, series };
  });
}

/** A band as the chart draws it, its interval clipped to `range` so readouts never show an impossible value. */
function toSeries(b: Band, label: string, short: string, style: { colour: string; dash: string }, calendar: boolean, range: readonly [number, number]): BandSeries {
  const x = calendar ? b.dates.map(monthDate) : b.dates.map((_, t) => t / 12);
  const lo = new Float64Array(b.lo.length);
  const hi = new Float64Array(b.hi.length);
  for (let t = 0; t < lo.length; t++) {
    const c = clipToRange(b.lo[t], b.hi[t], range);
    lo[t] = c.lo;
    hi[t] = c.hi;
  }
  return { label, short, colour: style.colour, dash: style.dash, x, mean: b.mean, lo, hi };
}

function chartFigure(name: string, title?: string, description?: string): { figure: HTMLElement; plot: HTMLElement } {
  const meta = METRICS[name];
  const figure = el('figure', { class: 'chart', 'data-chart': name });
  const caption = el('figcaption');
  if (meta) caption.append(metricLink(name), ` ${meta.description} (${meta.unit})`);
  else if (title) caption.append(el('strong', {}, title), description ? ` ${description}` : '');
  const plot = el('div', { class: 'plot' });
  const readout = el('p', { class: 'readout', 'aria-live': 'polite' });
  plot.addEventListener('readout', (e) => (readout.textContent = (e as CustomEvent<string>).detail));
  const tools = el('div', { class: 'chart-tools' });
  const svgButton = el('button', { type: 'button', 'data-download': 'svg' }, 'SVG');
  const pngButton = el('button', { type: 'button', 'data-download': 'png' }, 'PNG');
  const svgOf = () => plot.querySelector<SVGSVGElement>('svg');
  const footer = () => (figure.dataset.provenance ? provenanceLines({ ...JSON.parse(figure.dataset.provenance), date: new Date().toISOString().slice(0, 10) }) : []);
  const fileName = () => `capflow-${figure.dataset.chart === 'explore' ? (figure.querySelector('figcaption strong')?.textContent ?? 'metric').replace(/\s+/g, '-').toLowerCase() : name}`;
  svgButton.setAttribute('aria-label', `Download ${title ?? labelOf(name)} chart as SVG`);
  pngButton.setAttribute('aria-label', `Download ${title ?? labelOf(name)} chart as PNG`);
  svgButton.addEventListener('click', () => {
    const svg = svgOf();
    if (svg) download(`${fileName()}.svg`, svgText(svg, footer()), 'image/svg+xml');
  });
  pngButton.addEventListener('click', async () => {
    const svg = svgOf();
    if (svg) download(`${fileName()}.png`, await svgPng(svg, footer()));
  });
  tools.append(svgButton, pngButton);
  caption.append(el('span', { class: 'money-note' }));
  figure.append(caption, tools, plot, readout);
  return { figure, plot };
}

/** What an export of the chart in `plot` says about itself, kept on its figure (the date is added at export). */
function label(plot: HTMLElement, chart: { title: string; metric: string; unit: string }, input: ChartsInput): void {
  const provenance: Omit<ChartProvenance, 'date'> = { ...chart, scenarios: input.labels, seed: input.seed, replicates: { a: input.runs.a.length, b: input.runs.b.length } };
  plot.closest('figure')!.dataset.provenance = JSON.stringify(provenance);
}

/** A metric's name in a caption, linked to its glossary entry. */
function metricLink(metric: string): HTMLElement {
  const strong = el('strong');
  strong.append(el('a', { href: `#${glossaryId(metric)}`, class: 'metric-link' }, labelOf(metric)));
  return strong;
}

/** Every metric defined in the page: docs/ODD.md §4.11's prose, then the registry's entries. */
function glossarySection(): HTMLElement {
  const sec = el('section', { class: 'chart-section glossary', id: 'section-glossary', 'aria-labelledby': 'heading-glossary' });
  sec.append(el('h2', { id: 'heading-glossary' }, 'Glossary of metrics'));
  const intro = el('details', { class: 'glossary-intro' });
  intro.append(el('summary', {}, 'How metrics are observed (docs/ODD.md §4.11)'));
  for (const p of oddSection(oddMarkdown, '4.11')) intro.append(el('p', {}, p));
  sec.append(intro);
  const dl = el('dl');
  for (const e of glossaryEntries()) {
    dl.append(el('dt', { id: e.id }, `${labelOf(e.metric)} (${e.metric})`));
    dl.append(el('dd', {}, `${e.description}. Unit: ${e.unit}; range ${e.range}; ${e.reading}.`));
  }
  sec.append(dl);
  return sec;
}

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
