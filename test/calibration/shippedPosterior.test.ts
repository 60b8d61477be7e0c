import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosteriorCsv } from '../../sim/runDesign/posteriorSample.ts';

const load = (path: string) => parsePosteriorCsv(readFileSync(path, 'utf8'), path).sample!;
const places = 'programme.instruments.secondment.placesPerYear';

describe('the shipped Japan posterior (posteriors/README.md)', () => {
  const regional = load('posteriors/japan-regional.csv');
  const national = load('posteriors/japan.csv');

  it('is the regional calibration with each volume scaled by the national workforce over the case\'s, and the same weights', () => {
    expect(national.names).toEqual(regional.names);
    expect(national.weights).toEqual(regional.weights);
    const factor: Record<string, number> = {
      [`${places}.centralToCombined`]: 236000 / 4000,
      [`${places}.combinedToCentral`]: 236000 / 4000,
      [`${places}.centralToLocal`]: 708000 / 7600,
      [`${places}.localToCentral`]: 708000 / 7600,
    };
    national.points.forEach((p, i) => p.forEach((x, j) => expect(x).toBeCloseTo(regional.points[i][j] * (factor[regional.names[j]] ?? 1), 9)));
  });

  it('keeps the hand-calibrated regional volumes (9, 2, 14, 3 places a year) inside its 5–95% ranges', () => {
    const total = regional.weights.reduce((a, w) => a + w, 0);
    const quantile = (j: number, q: number) => {
      const order = regional.points.map((p, i) => [p[j], regional.weights[i] / total]).sort((a, b) => a[0] - b[0]);
      let c = 0;
      for (const [x, w] of order) if ((c += w) >= q) return x;
      return order[order.length - 1][0];
    };
    for (const [name, hand] of [['centralToCombined', 9], ['centralToLocal', 2], ['combinedToCentral', 14], ['localToCentral', 3]] as const) {
      const j = regional.names.indexOf(`${places}.${name}`);
      expect(quantile(j, 0.05), name).toBeLessThan(hand);
      expect(quantile(j, 0.95), name).toBeGreaterThan(hand);
    }
  });
});
