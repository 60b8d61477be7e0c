/**
 * A weighted posterior sample as `capflow calibrate` writes it (posterior.csv): one row per
 * particle, its weight, then one column per parameter up to `distance`; the target columns after
 * it are not needed to draw from it. `key` is the file's SHA-256, so a draw depends on the
 * posterior's content, never on where the file lies (docs/ODD.md Appendix C).
 */
export interface PosteriorSample {
  key: string;
  names: string[];
  points: number[][];
  weights: number[];
}

/** Reads posterior.csv text into a sample, or says on which line and why it cannot. */
export function parsePosteriorCsv(text: string, key: string): { sample?: PosteriorSample; problem?: string } {
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines.length < 2) return { problem: 'has no particles (a header and at least one row are needed)' };
  const header = lines[0].split(',').map(unquote);
  const w = header.indexOf('weight');
  const d = header.indexOf('distance');
  if (header[0] !== 'particle' || w !== 1 || d <= w + 1) return { problem: 'is not a posterior.csv of capflow calibrate: its header must start particle,weight, then the parameters, then distance' };
  const names = header.slice(w + 1, d);
  const points: number[][] = [];
  const weights: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(',');
    const weight = Number(cells[w]);
    const point = cells.slice(w + 1, d).map(Number);
    if (cells[w] === '' || !(weight >= 0) || !Number.isFinite(weight)) return { problem: `line ${i + 1}: the weight must be a finite number, at least 0, got "${cells[w]}"` };
    const bad = point.findIndex((x, j) => cells[w + 1 + j] === '' || !Number.isFinite(x));
    if (bad >= 0) return { problem: `line ${i + 1}: ${names[bad]} must be a finite number, got "${cells[w + 1 + bad] ?? ''}"` };
    points.push(point);
    weights.push(weight);
  }
  if (!(weights.reduce((a, x) => a + x, 0) > 0)) return { problem: 'has no particle of positive weight' };
  return { sample: { key, names, points, weights } };
}

const unquote = (cell: string) => (cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
