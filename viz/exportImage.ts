import { CAPFLOW_VERSION, pngWithText } from './chartLabel.ts';

/**
 * A chart as a standalone file: the SVG serialised without its hover readout (charts style
 * themselves with attributes, so no stylesheet is needed), or rasterised to PNG at twice its size.
 */
export function svgText(svg: SVGSVGElement, footer: readonly string[] = []): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  if (footer.length > 0) addFooter(copy, footer);
  copy.querySelectorAll('[data-hover]').forEach((n) => n.remove());
  copy.removeAttribute('style');
  copy.removeAttribute('tabindex');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

/**
 * The provenance lines under the chart, in the file itself (title, metric, unit, scenarios, seed,
 * replicates, version, date: chartLabel.ts), so an exported chart is never separated from them.
 */
function addFooter(svg: SVGSVGElement, lines: readonly string[]): void {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const extra = 8 + 15 * lines.length;
  svg.setAttribute('height', String(height + extra));
  svg.setAttribute('viewBox', `0 0 ${width} ${height + extra}`);
  const ns = 'http://www.w3.org/2000/svg';
  const g = document.createElementNS(ns, 'g');
  g.setAttribute('class', 'export-footer');
  const bg = document.createElementNS(ns, 'rect');
  Object.entries({ x: '0', y: String(height), width: String(width), height: String(extra), fill: 'white' }).forEach(([k, v]) => bg.setAttribute(k, v));
  g.append(bg);
  lines.forEach((line, i) => {
    const t = document.createElementNS(ns, 'text');
    Object.entries({ x: '8', y: String(height + 16 + 15 * i), 'font-size': '11', 'font-family': 'system-ui, sans-serif', fill: '#333' }).forEach(([k, v]) => t.setAttribute(k, v));
    t.textContent = line;
    g.append(t);
  });
  svg.append(g);
}

/** The chart as PNG at `scale`, with the footer drawn in and the same lines as PNG text chunks. */
export async function svgPng(svg: SVGSVGElement, footer: readonly string[] = [], scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height')) + (footer.length > 0 ? 8 + 15 * footer.length : 0);
  const url = URL.createObjectURL(new Blob([svgText(svg, footer)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const plain = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
    if (footer.length === 0) return plain;
    const bytes = pngWithText(new Uint8Array(await plain.arrayBuffer()), [['Title', footer[0]], ['Description', footer.slice(1).join('\n')], ['Software', `capflow ${CAPFLOW_VERSION}`]]);
    return new Blob([bytes as BlobPart], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a name, through the browser's download. */
export function download(name: string, data: Blob | string, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
