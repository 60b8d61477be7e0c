import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../sim/model/metrics.ts';
import { glossaryEntries, oddSection } from '../../viz/data/glossary.ts';

describe('the in-page glossary', () => {
  it('defines every metric of the registry, with its unit, range and how summaries read it', () => {
    const entries = glossaryEntries();
    expect(entries.map((e) => e.metric)).toEqual(Object.keys(METRICS));
    expect(entries.find((e) => e.metric === 'knowledgeRetained')).toEqual({
      id: 'glossary-knowledgeRetained',
      metric: 'knowledgeRetained',
      description: METRICS.knowledgeRetained.description,
      unit: 'knowledge units per organisation',
      range: '[0, ∞)',
      reading: 'stock: summaries show the final month',
    });
    expect(entries.find((e) => e.metric === 'leavers')!.reading).toBe('flow: summaries show the total over the run');
  });

  it('opens with the prose of docs/ODD.md §4.11, without its table', () => {
    const prose = oddSection(readFileSync('docs/ODD.md', 'utf8'), '4.11');
    expect(prose[0]).toMatch(/^Metrics are a named map of pure reducers \(METRICS, sim\/model\/metrics\.ts\)/);
    expect(prose).toContain('- a pair of tiers for reciprocity (central~local);');
    expect(prose.some((p) => p.startsWith('|'))).toBe(false);
    expect(prose.some((p) => p.includes('range') && p.includes('flow'))).toBe(true);
  });

  it('finds nothing for a section that is not there', () => {
    expect(oddSection('## 1 Purpose\ntext', '9.9')).toEqual([]);
  });
});
