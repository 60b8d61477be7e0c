import { arc, chordDirected, descending, ribbonArrow } from 'd3';
import { accessibleSvg } from './accessibleSvg.ts';
import { formatValue } from './formatValue.ts';

export interface ChordChartOptions {
  title: string;
  description: string;
  /** matrix[i][j]: flow from names[i] to names[j]. */
  matrix: number[][];
  names: readonly string[];
  colours: readonly string[];
  unit: string;
  width: number;
  /**
   * The largest total among the diagrams shown side by side: this one's ring is scaled so its
   * area is in proportion to its own total (radius ∝ √(total / scaleTo)), and ~93 placements no
   * longer look as big as ~479. Without it the ring fills the space.
   */
  scaleTo?: number;
}

/** Ring radius for `total` against `scaleTo`: area in proportion, never below a legible minimum. */
export function ringRadius(full: number, total: number, scaleTo?: number, minimum = 24): number {
  if (!scaleTo || scaleTo <= 0 || total >= scaleTo) return full;
  return Math.max(minimum, full * Math.sqrt(total / scaleTo));
}

/**
 * Directed flows between groups (d3.chordDirected): each ribbon leaves its source's arc and points
 * at its target, coloured by source. A detached SVG node; every arc and ribbon carries a <title>
 * with its exact value, and <desc> lists all flows.
 */
export function chordChart(o: ChordChartOptions): SVGSVGElement {
  const size = Math.max(220, Math.min(o.width, 380));
  const flows = o.matrix.flatMap((row, i) => row.map((v, j) => ({ i, j, v }))).filter((f) => f.v > 0 && f.i !== f.j);
  const total = flows.reduce((a, f) => a + f.v, 0);
  // Room for horizontal tier labels and their totals beside the ring.
  const outer = ringRadius(size / 2 - 66, total, o.scaleTo);
  const inner = outer - Math.min(12, outer / 3);

  const flowText = flows
    .sort((a, b) => descending(a.v, b.v))
    .map((f) => `${o.names[f.i]} to ${o.names[f.j]}: ${formatValue(f.v, o.unit)}`);
  const svg = accessibleSvg({
    width: size, height: size, viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`, idPrefix: 'chord', title: o.title,
    description: `${o.description}. ${flowText.length ? flowText.join('; ') + '.' : 'No flows.'}`,
  });
  svg.append('rect').attr('x', -size / 2).attr('y', -size / 2).attr('width', size).attr('height', size).attr('fill', 'white');

  if (total === 0) {
    svg.append('text').attr('text-anchor', 'middle').attr('fill', '#555').text('No placements between tiers');
    return svg.node()!;
  }
  const chords = chordDirected().padAngle(0.06).sortSubgroups(descending)(o.matrix);
  const groupArc = arc<{ startAngle: number; endAngle: number }>().innerRadius(inner).outerRadius(outer);
  const ribbon = ribbonArrow<unknown, unknown>().radius(inner - 1).padAngle(1 / inner);

  const groups = svg.append('g').selectAll('g').data(chords.groups).join('g');
  groups.append('path').attr('fill', (d) => o.colours[d.index]).attr('stroke', 'white').attr('d', (d) => groupArc(d));
  groups
    .append('text')
    .each(function (d) {
      const a = (d.startAngle + d.endAngle) / 2;
      const r = outer + 6;
      this.setAttribute('x', String(Math.sin(a) * r));
      this.setAttribute('y', String(-Math.cos(a) * r));
      this.setAttribute('text-anchor', Math.sin(a) > 0.1 ? 'start' : Math.sin(a) < -0.1 ? 'end' : 'middle');
      this.setAttribute('dominant-baseline', Math.cos(a) > 0.5 ? 'auto' : Math.cos(a) < -0.5 ? 'hanging' : 'middle');
    })
    .attr('font-weight', 600)
    .text((d) => o.names[d.index])
    .append('tspan')
    .attr('font-weight', 400)
    .attr('x', function () {
      return (this.parentNode as SVGTextElement).getAttribute('x');
    })
    .attr('dy', '1.1em')
    .text((d) => `${formatValue(o.matrix[d.index].reduce((a, v, j) => a + (j === d.index ? 0 : v), 0), o.unit)} out`);
  groups.append('title').text((d) => {
    const out = o.matrix[d.index].reduce((a, v, j) => a + (j === d.index ? 0 : v), 0);
    const inn = o.matrix.reduce((a, row, i) => a + (i === d.index ? 0 : row[d.index]), 0);
    return `${o.names[d.index]}: ${formatValue(out, o.unit)} out, ${formatValue(inn, o.unit)} in`;
  });

  svg
    .append('g')
    .attr('fill-opacity', 0.7)
    .selectAll('path')
    .data(chords)
    .join('path')
    .attr('d', (d) => ribbon(d as never) as unknown as string)
    .attr('fill', (d) => o.colours[d.source.index])
    .attr('stroke', 'white')
    .attr('stroke-width', 0.5)
    .on('pointerenter', (event: PointerEvent) => (event.currentTarget as SVGPathElement).setAttribute('fill-opacity', '1'))
    .on('pointerleave', (event: PointerEvent) => (event.currentTarget as SVGPathElement).removeAttribute('fill-opacity'))
    .append('title')
    .text((d) => `${o.names[d.source.index]} → ${o.names[d.target.index]}: ${formatValue(o.matrix[d.source.index][d.target.index], o.unit)}`);
  svg
    .append('text')
    .attr('class', 'chord-total')
    .attr('text-anchor', 'middle')
    .attr('y', size / 2 - 8)
    .attr('fill', '#333')
    .text(`${formatValue(total, o.unit)} ${o.unit} in all${o.scaleTo && o.scaleTo > total ? ` (ring area to scale: ${formatValue(o.scaleTo, o.unit)} is the largest shown)` : ''}`);
  return svg.node()!;
}
