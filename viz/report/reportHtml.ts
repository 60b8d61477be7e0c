/**
 * The one-click report (issue 15): one self-contained HTML file for a briefing. Charts are inline
 * SVG, the style is inline, and nothing is fetched (no script, font, image or stylesheet from
 * anywhere), so the file opens offline, from an e-mail attachment or a shared drive, as it was made.
 */
export interface ReportEdit {
  side: 'A' | 'B';
  /** The scenario's label. */
  scenario: string;
  path: string;
  value: string;
  /** The scenario's own value before the edit, as text. */
  scenarioValue: string;
  /** Where the edit and the scenario's value come from: "set in the playground", the source or assumption. */
  provenance: string;
}

export interface ReportContent {
  title: string;
  /** ISO date and time the report was made. */
  generated: string;
  version: string;
  /** The headline lead sentence and the sentences under it (viz/data/headlines.ts). */
  lead?: string;
  headlines: string[];
  /** The counterfactual blocks, when the toggle was on. */
  contributions: { heading: string; lead: string; items: string[] }[];
  /** Each chart: its caption and the SVG as a standalone document (svgText). */
  charts: { caption: string; svg: string }[];
  /** The end-of-horizon table, serialised from the page (its text already escaped). */
  tableHtml: string;
  edits: ReportEdit[];
  manifest: unknown;
}

const STYLE = `body{font-family:system-ui,sans-serif;color:#1a1a1a;max-width:72rem;margin:1rem auto;padding:0 1rem;line-height:1.4}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #d0d0d0}
figure{margin:0 0 1.2rem}figcaption{font-size:.9em;margin-bottom:.2rem}svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:.85em}th,td{border:1px solid #d0d0d0;padding:.2rem .4rem;text-align:left;vertical-align:top}
pre{background:#f6f6f4;padding:.6rem;overflow:auto;font-size:.8em}.muted{color:#555}`;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An SVG file's text as an element inside HTML: without its XML declaration. */
function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*\?>\s*/, '');
}

export function reportHtml(r: ReportContent): string {
  const e = escapeHtml;
  const list = (items: string[]) => (items.length ? `<ul>${items.map((s) => `<li>${e(s)}</li>`).join('')}</ul>` : '');
  const edits = r.edits.length
    ? `<table class="edits"><thead><tr><th scope="col">Side</th><th scope="col">Scenario</th><th scope="col">Parameter</th><th scope="col">Value</th><th scope="col">Scenario's value</th><th scope="col">Provenance</th></tr></thead><tbody>${r.edits
        .map((x) => `<tr><td>${x.side}</td><td>${e(x.scenario)}</td><td><code>${e(x.path)}</code></td><td>${e(x.value)}</td><td>${e(x.scenarioValue)}</td><td>${e(x.provenance)}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p>No parameter was edited: both scenarios ran as shipped or loaded.</p>';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(r.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${e(r.title)}</h1><p class="muted">Made with the capflow playground ${e(r.version)} on ${e(r.generated)}. Every number here comes from the runs listed in the manifest at the end.</p></header>
<main>
<section id="headlines"><h2>What changed: B − A</h2>${r.lead ? `<p>${e(r.lead)}</p>` : ''}${list(r.headlines)}${r.contributions
    .map((c) => `<h3>${e(c.heading)}</h3><p>${e(c.lead)}</p>${list(c.items)}`)
    .join('')}</section>
<section id="charts"><h2>Charts</h2>${r.charts.map((c) => `<figure><figcaption>${e(c.caption)}</figcaption>${inlineSvg(c.svg)}</figure>`).join('\n')}</section>
<section id="table"><h2>End of horizon</h2>${r.tableHtml}</section>
<section id="edits"><h2>Edited parameters and their provenance</h2>${edits}</section>
<section id="manifest"><h2>Manifest</h2><pre id="manifest-json">${e(JSON.stringify(r.manifest, null, 2))}</pre></section>
</main>
</body>
</html>
`;
}
