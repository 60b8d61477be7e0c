import { METRICS } from '../../sim/model/metrics.ts';
import { rangeText } from '../../sim/stats/rangeText.ts';
import { READING } from './endValues.ts';

/** One metric as the in-page glossary defines it. */
export interface GlossaryEntry {
  /** The element id every chart caption and table row links to. */
  id: string;
  metric: string;
  description: string;
  unit: string;
  range: string;
  reading: string;
}

export const glossaryId = (metric: string) => `glossary-${metric}`;

/** Every metric of the registry (`METRICS`), in its order, with what a summary reads of it. */
export function glossaryEntries(): GlossaryEntry[] {
  return Object.entries(METRICS).map(([metric, m]) => ({
    id: glossaryId(metric),
    metric,
    description: m.description,
    unit: m.unit,
    range: rangeText(m.range),
    reading: `${m.kind}: summaries show the ${READING[m.kind]}`,
  }));
}

/**
 * The prose of one section of docs/ODD.md ("4.11"), as plain paragraphs: up to the next heading,
 * without tables or generated markers, with Markdown emphasis and code marks removed and list
 * items kept as lines. The glossary opens with §4.11 so groups and windows read as the model
 * description defines them.
 */
export function oddSection(markdown: string, number: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^#{2,4} ${number.replace('.', '\\.')} `).test(l));
  if (start < 0) return [];
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' ').replace(/\*\*|`/g, '').replace(/\*([^*]+)\*/g, '$1'));
    current = [];
  };
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,4} /.test(line)) break;
    if (line.startsWith('|') || line.startsWith('<!--')) continue;
    if (line.trim() === '' || line.startsWith('- ')) flush();
    if (line.trim() !== '') current.push(line.trim());
  }
  flush();
  return paragraphs;
}
