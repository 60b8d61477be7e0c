import { create } from 'd3';
import { chartId } from './chartId.ts';
import { FONT } from './palette.ts';

export interface AccessibleSvgOptions {
  width: number;
  height: number;
  viewBox: string;
  /** Prefix of the title's and description's element ids (unique per chart). */
  idPrefix: string;
  title: string;
  /** What a screen reader hears: the chart in words, values included. */
  description: string;
  /** Reachable with Tab, for charts that read out values from the keyboard. */
  focusable?: boolean;
}

/** A detached SVG root every chart starts from: an image with a title and a text alternative. */
export function accessibleSvg(o: AccessibleSvgOptions) {
  const titleId = chartId(`${o.idPrefix}-title`);
  const descId = chartId(`${o.idPrefix}-desc`);
  const svg = create('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', o.width)
    .attr('height', o.height)
    .attr('viewBox', o.viewBox)
    .attr('role', 'img');
  if (o.focusable) svg.attr('tabindex', 0);
  svg
    .attr('aria-labelledby', titleId)
    .attr('aria-describedby', descId)
    .attr('font-family', FONT)
    .attr('font-size', 11)
    .style('max-width', '100%')
    .style('height', 'auto');
  svg.append('title').attr('id', titleId).text(o.title);
  svg.append('desc').attr('id', descId).text(o.description);
  return svg;
}
