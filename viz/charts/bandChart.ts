import { area, axisBottom, axisLeft, format, line, max, min, scaleLinear, scaleUtc, utcFormat, type Selection } from 'd3';
import { accessibleSvg } from './accessibleSvg.ts';
import { formatExact, formatInterval, formatValue } from './formatValue.ts';
import { FONT } from './palette.ts';

/** One line with its 95% band, as finished columns (equal lengths; NaN where undefined). */
export interface BandSeries {
  label: string;
  /** What the readout calls it (defaults to the label). */
  short?: string;
  colour: string;
  /** SVG dash array ('' for solid). */
  dash: string;
  /** Calendar months, or years since the start of the run when the two runs do not overlap in time. */
  x: readonly Date[] | readonly number[];
  mean: ArrayLike<number>;
  lo: ArrayLike<number>;
  hi: ArrayLike<number>;
}

/** A small multiple: one group (a tier, a flow) with the series drawn in it. */
export interface BandFacet {
  title: string;
  series: BandSeries[];
}

export interface BandChartOptions {
  title: string;
  description: string;
  unit: string;
  facets: BandFacet[];
  width: number;
  facetHeight?: number;
  /** Include zero in the y domain and draw a zero rule (difference views). */
  zero?: boolean;
  /** What the metric can take (e.g. [0, 1] for an index): bands are clipped to it. */
  bounds?: readonly [number, number];
  /**
   * The y range to show, when the caller fixes it (chartsView: the replicates' own range, which
   * does not jump as replicates arrive); bands beyond it are cut at the axis. Defaults to the
   * bands' and lines' extent.
   */
  domain?: readonly [number, number];
  /**
   * Dated changes of either scenario (calendar axes only): a thin rule at each month with the
   * change's label and source in its <title>, shown on hover, so a cliff in a line is explained.
   */
  markers?: readonly { at: Date; text: string }[];
}

const M = { top: 20, right: 12, bottom: 22, left: 52 };
const monthFormat = utcFormat('%Y-%m');
const yearFormat = format('.3~f');
const label = (v: Date | number) => (v instanceof Date ? monthFormat(v) : `year ${yearFormat(v)} of the run`);

/**
 * Lines with replicate bands in small multiples sharing one y scale. Returns a detached SVG node
 * with a <title>, a <desc> giving every series' start and end, and a readout that follows the
 * pointer or the arrow keys (it dispatches a bubbling "readout" event with the same text, for a
 * live region).
 */
export function bandChart(o: BandChartOptions): SVGSVGElement {
  const facetHeight = o.facetHeight ?? 150;
  const cols = Math.max(1, Math.min(o.facets.length, Math.floor(o.width / 230)));
  const rows = Math.ceil(o.facets.length / cols);
  const fw = o.width / cols;
  const legendRows = legendLayout(o.facets.flatMap((f) => f.series), o.width).rows;
  const LEGEND = 6 + 16 * legendRows;
  const height = LEGEND + rows * facetHeight;
  const svg = accessibleSvg({
    width: o.width, height, viewBox: `0 0 ${o.width} ${height}`, idPrefix: 'chart', title: o.title, description: describe(o), focusable: true,
  });
  svg.append('rect').attr('width', o.width).attr('height', height).attr('fill', 'white');

  const all = o.facets.flatMap((f) => f.series);
  const calendar = all.every((s) => s.x.length === 0 || s.x[0] instanceof Date);
  const ends = all.flatMap((s) => (s.x.length ? [+s.x[0], +s.x[s.x.length - 1]] : []));
  const xDomain = [min(ends) ?? 0, max(ends) ?? 1];
  const x = (calendar ? scaleUtc().domain(xDomain.map((v) => new Date(v))) : scaleLinear().domain(xDomain)).range([M.left, fw - M.right]);
  const xAt = (v: Date | number) => x(v as Date & number);
  const xLabel = label;
  const [floor, ceiling] = o.bounds ?? [-Infinity, Infinity];
  const values = o.domain ? [...o.domain] : all.flatMap((s) => [...Array.from(s.lo), ...Array.from(s.hi), ...Array.from(s.mean)]).filter(Number.isFinite);
  let lo = Math.max(floor, min(values) ?? 0);
  let hi = Math.min(ceiling, max(values) ?? 1);
  if (o.zero) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  if (lo === hi) [lo, hi] = [lo - (Math.abs(lo) || 1) * 0.1, hi + (Math.abs(hi) || 1) * 0.1];
  const y = scaleLinear().domain([lo, hi]).nice(4).range([facetHeight - M.bottom, M.top]).clamp(true);
  const yTick = o.unit === 'GBP' ? (v: number) => formatValue(v, o.unit) : y.tickFormat(4);

  legend(svg, all, o.width);

  const facets = o.facets.map((facet, i) => {
    const g = svg.append('g').attr('transform', `translate(${(i % cols) * fw},${LEGEND + Math.floor(i / cols) * facetHeight})`);
    g.append('text').attr('x', M.left).attr('y', 12).attr('font-weight', 600).text(facet.title);
    g.append('g')
      .attr('transform', `translate(0,${facetHeight - M.bottom})`)
      .call(
        axisBottom(x as never)
          .ticks(Math.max(2, Math.floor((fw - M.left) / 70)))
          .tickFormat(calendar ? (null as never) : (v) => `yr ${v}`)
          .tickSizeOuter(0),
      )
      .call((a) => a.selectAll('text').attr('font-family', FONT));
    g.append('g')
      .attr('transform', `translate(${M.left},0)`)
      .call(axisLeft(y).ticks(4).tickFormat((v) => yTick(v as number).replace('-', '−')))
      .call((a) => a.select('.domain').remove())
      .call((a) => a.selectAll('.tick line').clone().attr('x2', fw - M.left - M.right).attr('stroke-opacity', 0.08))
      .call((a) => a.selectAll('text').attr('font-family', FONT));
    if (calendar) {
      for (const m of o.markers ?? []) {
        const mx = xAt(m.at);
        if (!(mx >= M.left && mx <= fw - M.right)) continue;
        const mark = g.append('g').attr('class', 'change-marker').attr('data-at', monthFormat(m.at));
        mark.append('title').text(m.text);
        mark.append('line').attr('x1', mx).attr('x2', mx).attr('y1', M.top).attr('y2', facetHeight - M.bottom).attr('stroke', '#6b4c9a').attr('stroke-dasharray', '2,3').attr('stroke-width', 1);
        mark.append('path').attr('d', `M${mx - 4},${M.top - 6}h8l-4,6z`).attr('fill', '#6b4c9a');
        mark.append('line').attr('x1', mx).attr('x2', mx).attr('y1', M.top - 6).attr('y2', facetHeight - M.bottom).attr('stroke', 'transparent').attr('stroke-width', 8);
      }
    }
    if (o.zero) g.append('line').attr('x1', M.left).attr('x2', fw - M.right).attr('y1', y(0)).attr('y2', y(0)).attr('stroke', '#555');
    for (const s of facet.series) {
      const idx = Array.from({ length: s.x.length }, (_, j) => j);
      g.append('path')
        .attr('fill', s.colour)
        .attr('fill-opacity', 0.18)
        .attr('d', area<number>().defined((j) => Number.isFinite(s.lo[j]) && Number.isFinite(s.hi[j])).x((j) => xAt(s.x[j])).y0((j) => y(s.lo[j])).y1((j) => y(s.hi[j]))(idx));
      g.append('path')
        .attr('fill', 'none')
        .attr('stroke', s.colour)
        .attr('stroke-width', 1.6)
        .attr('stroke-dasharray', s.dash || null)
        .attr('d', line<number>().defined((j) => Number.isFinite(s.mean[j])).x((j) => xAt(s.x[j])).y((j) => y(s.mean[j]))(idx));
    }
    const overlay = g.append('rect')
      .attr('x', M.left).attr('y', M.top)
      .attr('width', Math.max(0, fw - M.left - M.right)).attr('height', Math.max(0, facetHeight - M.top - M.bottom))
      .attr('fill', 'transparent');
    return { g, overlay, facet };
  });

  // The readout: a rule in every facet at the same month, values of the facet under the pointer.
  const hover = svg.append('g').attr('data-hover', '').attr('pointer-events', 'none').attr('display', 'none');
  const rules = facets.map((f) => f.g.append('line').attr('data-hover', '').attr('stroke', '#333').attr('stroke-dasharray', '2 2').attr('display', 'none'));
  const box = hover.append('rect').attr('fill', 'white').attr('stroke', '#333').attr('rx', 3);
  const text = hover.append('text');
  let state: { facet: number; date: Date | number } | undefined;

  const show = () => {
    if (!state || !facets[state.facet]) return;
    const { facet: fi, date } = state;
    const px = xAt(date);
    rules.forEach((r) => r.attr('display', null).attr('x1', px).attr('x2', px).attr('y1', M.top).attr('y2', facetHeight - M.bottom));
    const lines = [`${facets[fi].facet.title}, ${xLabel(date)}`];
    for (const s of facets[fi].facet.series) {
      const j = nearest(s.x, date);
      if (j < 0) continue;
      const ci = formatInterval(s.lo[j], s.hi[j], o.unit, formatExact);
      const when = +s.x[j] === +date ? '' : ` at ${xLabel(s.x[j])}`;
      lines.push(`${s.short ?? s.label}${when}: ${formatExact(s.mean[j], o.unit)}${ci ? ` (95% CI ${ci})` : ''}`);
    }
    text.selectAll('tspan').remove();
    lines.forEach((l, k) => text.append('tspan').attr('x', 8).attr('dy', k === 0 ? 14 : 14).attr('font-weight', k === 0 ? 600 : null).text(l));
    const w = 16 + 6.2 * Math.max(...lines.map((l) => l.length));
    const h = 8 + 14 * lines.length;
    box.attr('width', w).attr('height', h);
    const ox = (fi % cols) * fw;
    const oy = LEGEND + Math.floor(fi / cols) * facetHeight;
    const left = ox + px + 10 + w > o.width ? ox + px - 10 - w : ox + px + 10;
    hover.attr('display', null).attr('transform', `translate(${Math.max(0, left)},${Math.min(oy + M.top, height - h)})`);
    svg.node()!.dispatchEvent(new CustomEvent('readout', { bubbles: true, detail: lines.join('; ') }));
  };
  const hide = () => {
    hover.attr('display', 'none');
    rules.forEach((r) => r.attr('display', 'none'));
  };

  facets.forEach(({ overlay }, fi) => {
    overlay
      .on('pointermove', (event: PointerEvent) => {
        const [mx] = pointerIn(event, overlay);
        state = { facet: fi, date: x.invert(mx) };
        const j = nearest(dates, state.date);
        if (j >= 0) state.date = dates[j];
        show();
      })
      .on('pointerleave', hide);
  });
  const longest = all.reduce<BandSeries | undefined>((a, s) => (!a || s.x.length > a.x.length ? s : a), undefined);
  const dates: readonly (Date | number)[] = longest?.x ?? [];
  svg
    .on('focus', () => {
      state ??= { facet: 0, date: dates[dates.length - 1] ?? 0 };
      show();
    })
    .on('blur', hide)
    .on('keydown', (event: KeyboardEvent) => {
      if (!state || dates.length === 0) return;
      const j = Math.max(0, nearest(dates, state.date));
      const step: Record<string, () => void> = {
        ArrowRight: () => (state!.date = dates[Math.min(dates.length - 1, j + 1)]),
        ArrowLeft: () => (state!.date = dates[Math.max(0, j - 1)]),
        PageUp: () => (state!.date = dates[Math.min(dates.length - 1, j + 12)]),
        PageDown: () => (state!.date = dates[Math.max(0, j - 12)]),
        Home: () => (state!.date = dates[0]),
        End: () => (state!.date = dates[dates.length - 1]),
        ArrowDown: () => (state!.facet = Math.min(facets.length - 1, state!.facet + 1)),
        ArrowUp: () => (state!.facet = Math.max(0, state!.facet - 1)),
        Escape: hide,
      };
      if (!step[event.key]) return;
      event.preventDefault();
      step[event.key]();
      if (event.key !== 'Escape') show();
    });
  return svg.node()!;
}

const NOTE = 'band: 95% interval over replicates';

/** Legend items (distinct labels) placed left to right, wrapping at the chart's width. */
function legendLayout(series: BandSeries[], width: number) {
  const seen = new Map<string, BandSeries>();
  for (const s of series) if (!seen.has(s.label)) seen.set(s.label, s);
  const items: { s?: BandSeries; text: string; full?: string; x: number; row: number }[] = [];
  let x = 4;
  let row = 0;
  const banded = series.some((s) => Array.from(s.lo).some(Number.isFinite));
  const entries = [...seen.values()].map((s): { s?: BandSeries; text: string } => ({ s, text: s.label }));
  if (banded) entries.push({ text: NOTE });
  for (const raw of entries) {
    // A label longer than the chart is cut with an ellipsis (its full text in a <title>), never
    // clipped by the chart's edge as "(Greater Manchester" was on a phone.
    const fit = Math.max(6, Math.floor((width - 8 - (raw.s ? 30 : 0) - 14) / 6.6));
    const entry = raw.text.length > fit ? { ...raw, text: `${raw.text.slice(0, fit - 1)}…`, full: raw.text } : raw;
    const w = (entry.s ? 30 : 0) + 6.2 * entry.text.length + 14;
    if (x > 4 && x + w > width) {
      x = 4;
      row++;
    }
    items.push({ ...entry, x, row });
    x += w;
  }
  return { items, rows: row + 1 };
}

function legend(svg: Selection<SVGSVGElement, undefined, null, undefined>, series: BandSeries[], width: number): void {
  const g = svg.append('g').attr('class', 'legend').attr('transform', 'translate(0,4)');
  for (const { s, text, full, x, row } of legendLayout(series, width).items) {
    const item = g.append('g').attr('transform', `translate(${x},${row * 16})`);
    if (s) {
      item.append('rect').attr('y', 2).attr('width', 22).attr('height', 10).attr('fill', s.colour).attr('fill-opacity', 0.18);
      item.append('line').attr('x2', 22).attr('y1', 7).attr('y2', 7).attr('stroke', s.colour).attr('stroke-width', 2).attr('stroke-dasharray', s.dash || null);
    }
    const label = item.append('text').attr('x', s ? 27 : 0).attr('y', 11).attr('fill', s ? null : '#555').text(text);
    if (full) label.append('title').text(full);
  }
}

/** Index of the date nearest `d` in a sorted array, or -1 when empty. */
function nearest(dates: readonly (Date | number)[], d: Date | number): number {
  if (dates.length === 0) return -1;
  let lo = 0;
  let hi = dates.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (+dates[mid] < +d) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && +d - +dates[lo - 1] < +dates[lo] - +d) lo--;
  return lo;
}

function pointerIn(event: PointerEvent, overlay: Selection<SVGRectElement, undefined, null, undefined>): [number, number] {
  const node = overlay.node()!;
  const ctm = (node.parentNode as SVGGElement).getScreenCTM();
  if (!ctm) return [0, 0];
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
  return [p.x, p.y];
}

function describe(o: BandChartOptions): string {
  const parts = [o.description + (o.unit ? ` (${o.unit}).` : '.')];
  for (const f of o.facets) {
    const seriesText = f.series.map((s) => {
      const n = s.mean.length;
      if (n === 0) return `${s.label}: no data`;
      const ci = formatInterval(s.lo[n - 1], s.hi[n - 1], o.unit);
      return `${s.label} from ${formatValue(s.mean[0], o.unit)} in ${label(s.x[0])} to ${formatValue(s.mean[n - 1], o.unit)} in ${label(s.x[n - 1])}${ci ? ` (95% CI ${ci})` : ''}`;
    });
    parts.push(`${f.title}: ${seriesText.join('; ')}.`);
  }
  return parts.join(' ');
}
