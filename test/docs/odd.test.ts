import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHASES } from '../../sim/model/schedule.ts';
import { METRICS } from '../../sim/model/metrics.ts';
import { renderOdd } from '../../docs/render/renderOdd.ts';
import { rangeText } from '../../sim/stats/rangeText.ts';

describe('docs/ODD.md', () => {
  const rendered = renderOdd();

  it('is exactly what the template and the code generate (run `npx tsx scripts/writeDocs.ts` after changing either)', () => {
    expect(readFileSync('docs/ODD.md', 'utf8')).toBe(rendered);
  });

  it('lists the phases in the order PHASES runs them', () => {
    const rows = rendered.split('\n').filter((l) => /^\| \d+ \| `/.test(l));
    expect(rows.map((l) => /^\| \d+ \| `([^`]+)`/.exec(l)![1])).toEqual(PHASES.map((p) => p.name));
  });

  it('documents every metric with its unit, range and how it reads over a window', () => {
    for (const [name, m] of Object.entries(METRICS)) expect(rendered).toContain(`| \`${name}\` | ${m.description.replace(/\|/g, '\\|')} | ${m.unit} | ${rangeText(m.range)} | ${m.kind} |`);
  });

  it('has no marker left unfilled', () => {
    expect(rendered).not.toMatch(/^<!-- generated:[a-z0-9-]+ -->$/m);
  });
});
