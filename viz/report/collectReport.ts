import { provenanceLines } from '../chartLabel.ts';
import { svgText } from '../exportImage.ts';
import type { ReportContent } from './reportHtml.ts';

/**
 * What the report takes from the page as drawn: the headline sentences, every chart with its
 * caption and provenance footer (the same SVG the chart's own download gives), and the table. The
 * page draws these from the same runs, so the report shows exactly what the analyst saw.
 */
export function collectReportParts(charts: HTMLElement, date: string): Pick<ReportContent, 'lead' | 'headlines' | 'contributions' | 'charts' | 'tableHtml'> {
  const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const section = charts.querySelector('#section-headlines');
  const items = (root: Element | null | undefined, sel: string) => [...(root?.querySelectorAll(sel) ?? [])].map(text);
  const figures = [...charts.querySelectorAll<HTMLElement>('figure.chart')].flatMap((figure) => {
    const svg = figure.querySelector<SVGSVGElement>('.plot svg');
    if (!svg) return [];
    const footer = figure.dataset.provenance ? provenanceLines({ ...JSON.parse(figure.dataset.provenance), date }) : [];
    return [{ caption: text(figure.querySelector('figcaption')), svg: svgText(svg, footer) }];
  });
  return {
    lead: text(section?.querySelector(':scope > p')) || undefined,
    headlines: items(section, ':scope > ul.headline-list > li'),
    contributions: [...(section?.querySelectorAll('.contribution') ?? [])].map((b) => ({ heading: text(b.querySelector('h3')), lead: text(b.querySelector('p')), items: items(b, 'li') })),
    charts: figures,
    tableHtml: charts.querySelector('table.summary')?.outerHTML ?? '<p>No table was drawn.</p>',
  };
}
