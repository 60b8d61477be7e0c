import { describe, expect, it } from 'vitest';
import { morrisDesign, morrisIndices } from '../../sim/stats';
import { mulberry32 } from './seededRandom';

function evaluate(points: number[][], f: (x: number[]) => number): number[] {
  return points.map(f);
}

describe('morrisDesign', () => {
  const k = 4;
  const r = 10;
  const levels = 4;
  const design = morrisDesign(k, r, levels, mulberry32(17));

  it('has r trajectories of k + 1 points on the levels grid with Δ = p / (2(p − 1))', () => {
    expect(design.points).toHaveLength(r * (k + 1));
    expect(design.delta).toBeCloseTo(2 / 3, 15);
    for (const point of design.points) {
      for (const x of point) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(Math.abs(x * (levels - 1) - Math.round(x * (levels - 1)))).toBeLessThan(1e-12);
      }
    }
  });

  it('moves exactly one factor by ±Δ per step and every factor once per trajectory', () => {
    for (let t = 0; t < r; t++) {
      const moved: number[] = [];
      for (let s = 0; s < k; s++) {
        const before = design.points[t * (k + 1) + s];
        const after = design.points[t * (k + 1) + s + 1];
        const changed = before.map((x, i) => (x !== after[i] ? i : -1)).filter((i) => i >= 0);
        expect(changed).toHaveLength(1);
        expect(Math.abs(after[changed[0]] - before[changed[0]])).toBeCloseTo(design.delta, 12);
        moved.push(changed[0]);
      }
      expect([...moved].sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it('is reproducible from the seed', () => {
    expect(morrisDesign(k, r, levels, mulberry32(17))).toEqual(design);
  });

  it('with candidates, keeps r trajectories that are more spread out than r random ones', () => {
    const spread = (points: number[][]): number => {
      // Sum over trajectory pairs of the squared summed point distances (Campolongo 2007).
      const trajectories = Array.from({ length: r }, (_, t) => points.slice(t * (k + 1), (t + 1) * (k + 1)));
      let total = 0;
      for (let a = 0; a < r; a++) {
        for (let b = a + 1; b < r; b++) {
          let d = 0;
          for (const p of trajectories[a]) for (const q of trajectories[b]) d += Math.hypot(...p.map((x, i) => x - q[i]));
          total += d * d;
        }
      }
      return total;
    };
    const optimised = morrisDesign(k, r, levels, mulberry32(17), { candidates: 60 });
    expect(optimised.points).toHaveLength(r * (k + 1));
    expect(spread(optimised.points)).toBeGreaterThan(spread(design.points));
  });

  it('rejects an odd number of levels', () => {
    expect(() => morrisDesign(3, 5, 5, mulberry32(1))).toThrow(RangeError);
  });
});

describe('morrisIndices', () => {
  it('recovers the coefficients of a linear function: mu = c, mu* = |c|, sigma = 0', () => {
    const c = [3, -2, 0.5, 0];
    const design = morrisDesign(4, 12, 4, mulberry32(99));
    const y = evaluate(design.points, (x) => 1 + x.reduce((s, xi, i) => s + c[i] * xi, 0));
    const indices = morrisIndices(design, y);
    indices.forEach((f, i) => {
      expect(f.factor).toBe(i);
      expect(f.effects).toHaveLength(12);
      expect(f.mu).toBeCloseTo(c[i], 10);
      expect(f.muStar).toBeCloseTo(Math.abs(c[i]), 10);
      expect(f.sigma).toBeLessThan(1e-10);
    });
  });

  it('flags the interacting factors of y = x0 + 4·x1·x2 + 2·x3 with sigma > 0', () => {
    const design = morrisDesign(4, 20, 6, mulberry32(5));
    const y = evaluate(design.points, (x) => x[0] + 4 * x[1] * x[2] + 2 * x[3]);
    const [x0, x1, x2, x3] = morrisIndices(design, y);
    expect(x1.sigma).toBeGreaterThan(0.5);
    expect(x2.sigma).toBeGreaterThan(0.5);
    expect(x0.sigma).toBeLessThan(1e-10);
    expect(x3.sigma).toBeLessThan(1e-10);
    expect(x0.muStar).toBeCloseTo(1, 10);
    expect(x3.muStar).toBeCloseTo(2, 10);
  });

  it('reports bootstrap intervals for mu* that contain mu*, reproducibly', () => {
    const design = morrisDesign(3, 15, 4, mulberry32(8));
    const y = evaluate(design.points, (x) => Math.sin(6 * x[0]) + x[1] * x[2]);
    const first = morrisIndices(design, y, { bootstrap: 500, rand: mulberry32(1) });
    const second = morrisIndices(design, y, { bootstrap: 500, rand: mulberry32(1) });
    expect(second).toEqual(first);
    for (const f of first) {
      expect(f.muStarCi!.low).toBeLessThanOrEqual(f.muStar);
      expect(f.muStarCi!.high).toBeGreaterThanOrEqual(f.muStar);
    }
    expect(first[0].muStarCi!.high - first[0].muStarCi!.low).toBeGreaterThan(0);
  });

  it('refuses outputs that do not match the design', () => {
    const design = morrisDesign(2, 3, 4, mulberry32(1));
    expect(() => morrisIndices(design, [1, 2, 3])).toThrow(RangeError);
    expect(() => morrisIndices({ k: 2, points: [[0, 0], [1, 1], [1, 0]] }, [0, 1, 2])).toThrow(RangeError);
  });
});
