import { describe, expect, it } from 'vitest';
import { buildCatalogue, prepareSide } from '../../viz/catalogue.ts';
import { reportEdits } from '../../viz/report/reportEdits.ts';
import { reportHtml, type ReportContent } from '../../viz/report/reportHtml.ts';
import { reportManifest, sha256Hex } from '../../viz/report/reportManifest.ts';
import type { Session } from '../../viz/session.ts';
import { shippedScenarioFiles } from './scenarioFiles.ts';

const catalogue = buildCatalogue(shippedScenarioFiles());
const session: Session = {
  a: { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: { 'funding.renewalProbability': '0.9' } },
  b: { source: { kind: 'shipped', id: 'japan-regional' }, sets: {} },
  seed: 3, replicates: 2, view: 'compare', smoothing: 1, counterfactual: false,
};
const a = prepareSide(catalogue, session.a);
const b = prepareSide(catalogue, session.b);

function content(over: Partial<ReportContent> = {}): ReportContent {
  return {
    title: 'capflow: A against B', generated: '2026-12-02T15:00:00Z', version: '0.0.0',
    lead: 'By 2036-04, the end of the run:', headlines: ['Capability is higher in B.'], contributions: [],
    charts: [{ caption: 'Capability', svg: '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Capability</title></svg>' }],
    tableHtml: '<table class="summary"><tbody><tr><th scope="row">Capability</th></tr></tbody></table>',
    edits: [], manifest: { seed: 3 },
    ...over,
  };
}

describe('the one-click report', () => {
  it('is one file that fetches nothing: inline SVG and style, no script, link, image or remote address', () => {
    const html = reportHtml(content());
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>Capability</title></svg>');
    expect(html).not.toContain('<?xml');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|href="http|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes every text it is given, so a scenario name cannot become markup', () => {
    const html = reportHtml(content({ title: '<script>alert(1)</script>', headlines: ['a & <b>'], edits: [{ side: 'A', scenario: '<i>x</i>', path: 'p', value: '"1"', scenarioValue: '0', provenance: 'p' }] }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('<li>a &#38; &#60;b&#62;</li>');
    expect(html).toContain('<td>&#60;i&#62;x&#60;/i&#62;</td>');
  });

  it('lists every edited parameter with its value, the scenario\'s value and where that came from', () => {
    const edits = reportEdits({ a: { state: session.a, label: a.label, loaded: a.loaded }, b: { state: session.b, label: b.label, loaded: b.loaded } });
    expect(edits).toHaveLength(1);
    const [e] = edits;
    expect(e).toMatchObject({ side: 'A', path: 'funding.renewalProbability', value: '0.9' });
    expect(Number(e.scenarioValue)).not.toBe(0.9);
    expect(e.provenance).toMatch(/^set in the playground; the scenario's value: (source|assumption): \S/);
    expect(reportHtml(content({ edits }))).toContain('<code>funding.renewalProbability</code></td><td>0.9</td>');
    expect(reportHtml(content())).toContain('No parameter was edited');
  });

  it('carries a manifest naming each side\'s scenario, edits and input digest, the seed and replicates', async () => {
    const digest = await sha256Hex('abc');
    expect(digest).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const side = { label: a.label, name: a.scenario!.name, source: 'uk-2026-regional', inputSha256: digest, start: a.scenario!.start, months: 120, replicatesShown: 2 };
    const manifest = reportManifest({ version: '0.0.0', generated: 'now', link: 'http://x/#a=1', session, sides: { a: side, b: { ...side, source: 'japan-regional' } }, cli: 'npx capflow run' });
    expect(manifest).toMatchObject({ seed: 3, replicates: 2, sides: { A: { edits: ['funding.renewalProbability=0.9'], inputSha256: digest }, B: { edits: [] } } });
    const html = reportHtml(content({ manifest }));
    const pre = /<pre id="manifest-json">([\s\S]*?)<\/pre>/.exec(html)![1];
    const unescaped = pre.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
    expect(JSON.parse(unescaped)).toEqual(manifest);
  });
});
