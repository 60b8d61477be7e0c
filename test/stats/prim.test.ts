import { describe, expect, it } from 'vitest';
import { latinHypercubeUnit, primPaste, primPeel, primSelect, primTrim } from '../../sim/stats';
import { mulberry32 } from './seededRandom';

/**
 * A function whose box is known: in 5 uniform dimensions, the cases of interest are the points
 * with x1 in [0.2, 0.5] and x3 in [0.6, 0.9] (a box of mass 0.09), with 1% of the labels flipped
 * at random so that neither coverage nor density of the true box is exactly 1.
 */
function knownBox(seed: number, n = 1000) {
  const rand = mulberry32(seed);
  const x = latinHypercubeUnit(5, n, rand);
  const inBox = x.map((p) => p[1] >= 0.2 && p[1] <= 0.5 && p[3] >= 0.6 && p[3] <= 0.9);
  const y = inBox.map((b) => (rand() < 0.01 ? !b : b));
  const total = y.filter(Boolean).length;
  const hitsInBox = inBox.filter((b, i) => b && y[i]).length;
  return { x, y, trueCoverage: hitsInBox / total, trueDensity: hitsInBox / inBox.filter(Boolean).length };
}

describe('PRIM on a function whose box is known', () => {
  for (const seed of [1, 2, 3]) {
    it(`finds x1 in [0.2, 0.5] and x3 in [0.6, 0.9], and nothing else, with seed ${seed}`, () => {
      const { x, y, trueCoverage, trueDensity } = knownBox(seed);
      const t = primPeel(x, y);
      const box = primTrim(x, y, t, primSelect(t, { minCoverage: 0.8 })!);
      expect(box.restricted).toEqual([1, 3]);
      // Within 0.03 of each true face: about a third of a 0.09-wide stratum of points per face.
      expect(Math.abs(box.limits[1].lo - 0.2)).toBeLessThan(0.03);
      expect(Math.abs(box.limits[1].hi - 0.5)).toBeLessThan(0.03);
      expect(Math.abs(box.limits[3].lo - 0.6)).toBeLessThan(0.03);
      expect(Math.abs(box.limits[3].hi - 0.9)).toBeLessThan(0.03);
      // The unrestricted dimensions keep the data's whole range.
      for (const j of [0, 2, 4]) expect(box.limits[j]).toEqual(t.range[j]);
      expect(Math.abs(box.coverage - trueCoverage)).toBeLessThan(0.05);
      expect(Math.abs(box.density - trueDensity)).toBeLessThan(0.02);
      expect(Math.abs(box.mass - 0.09)).toBeLessThan(0.015);
    });
  }

  it('peels from the whole data set down to the minimum mass, shrinking at every step', () => {
    const { x, y } = knownBox(1);
    const t = primPeel(x, y, { peelAlpha: 0.05, minMass: 0.05 });
    expect(t.boxes[0]).toMatchObject({ step: 0, restricted: [], coverage: 1, mass: 1, count: 1000 });
    expect(t.boxes[0].density).toBe(t.totalInteresting / 1000);
    for (let s = 1; s < t.boxes.length; s++) {
      expect(t.boxes[s].step).toBe(s);
      expect(t.boxes[s].count).toBeLessThan(t.boxes[s - 1].count);
      // Each peel takes 5% of the box: floor(0.05 · count) points, as a Latin hypercube has no tied values.
      expect(t.boxes[s - 1].count - t.boxes[s].count).toBe(Math.max(1, Math.floor(0.05 * t.boxes[s - 1].count)));
    }
    const last = t.boxes[t.boxes.length - 1];
    expect(last.mass).toBeGreaterThanOrEqual(0.05);
    // One more peel would have gone below the minimum mass.
    expect(last.count - Math.max(1, Math.floor(0.05 * last.count))).toBeLessThan(50);
    // The densest box of the trajectory is the true box's density, not more: peeling found it.
    expect(Math.max(...t.boxes.map((b) => b.density))).toBe(1);
  });

  it('a larger peel fraction takes fewer, coarser steps', () => {
    const { x, y } = knownBox(1);
    expect(primPeel(x, y, { peelAlpha: 0.1 }).boxes.length).toBeLessThan(primPeel(x, y, { peelAlpha: 0.05 }).boxes.length);
  });

  it('pasting widens a box peeled too deep back towards the true box, without losing density', () => {
    const { x, y } = knownBox(1);
    const t = primPeel(x, y);
    const deep = t.boxes.find((b) => b.coverage < 0.6 && b.density === 1)!;
    expect(deep).toBeDefined();
    const pasted = primPaste(x, y, t, deep);
    expect(pasted.coverage).toBeGreaterThan(deep.coverage + 0.2);
    expect(pasted.density).toBe(1);
    expect(Math.abs(pasted.limits[1].lo - 0.2)).toBeLessThan(0.03);
    expect(Math.abs(pasted.limits[3].hi - 0.9)).toBeLessThan(0.03);
  });

  it('selects a user-chosen step, and refuses a step that does not exist', () => {
    const { x, y } = knownBox(1);
    const t = primPeel(x, y);
    expect(primSelect(t, { step: 10 })).toBe(t.boxes[10]);
    expect(() => primSelect(t, { step: t.boxes.length })).toThrow(RangeError);
  });

  it('a stricter coverage threshold picks an earlier, wider box', () => {
    const { x, y } = knownBox(2);
    const t = primPeel(x, y);
    const loose = primSelect(t, { minCoverage: 0.5 })!;
    const strict = primSelect(t, { minCoverage: 0.95 })!;
    expect(strict.step).toBeLessThan(loose.step);
    expect(strict.coverage).toBeGreaterThanOrEqual(0.95);
    expect(loose.density).toBeGreaterThanOrEqual(strict.density);
  });
});

describe('PRIM edge cases', () => {
  const x = latinHypercubeUnit(3, 200, mulberry32(7));

  it('with no cases of interest, peels but reports no box (coverage is undefined)', () => {
    const t = primPeel(x, x.map(() => false));
    expect(t.totalInteresting).toBe(0);
    expect(t.boxes[0].coverage).toBeNaN();
    expect(t.boxes[0].density).toBe(0);
    expect(primSelect(t)).toBeUndefined();
  });

  it('with every case of interest, the best box is the whole data set, restricting nothing', () => {
    const t = primPeel(x, x.map(() => true));
    const box = primSelect(t)!;
    expect(box).toMatchObject({ step: 0, restricted: [], coverage: 1, density: 1, mass: 1 });
  });

  it('breaks ties between equally good faces by the lower dimension', () => {
    // Dimension 1 repeats dimension 0, so every peel of one is as good as the same peel of the other.
    const twin = x.map((p) => [p[0], p[0], p[2]]);
    const t = primPeel(twin, twin.map((p) => p[0] < 0.3));
    expect(t.boxes.length).toBeGreaterThan(5);
    for (const b of t.boxes.slice(1)) expect(b.restricted).not.toContain(1);
    expect(t.boxes[t.boxes.length - 1].restricted).toContain(0);
  });

  it('peels a grid whose levels hold more points than one peel takes, a whole level at a time', () => {
    // 10 levels × 20 points: 5% of 200 is 10 points, half a level; equal values cannot be split.
    const grid = Array.from({ length: 200 }, (_, i) => [(i % 10) / 10, Math.floor(i / 10) / 20]);
    const t = primPeel(grid, grid.map((p) => p[0] < 0.2));
    expect(t.boxes[1].count).toBe(180);
    expect(t.boxes[1].limits[0]).toEqual({ lo: 0, hi: 0.8 });
    const box = primSelect(t)!;
    expect(box.limits[0]).toEqual({ lo: 0, hi: 0.1 });
    expect(box.density).toBe(1);
  });

  it('cannot peel a dimension whose values are all equal', () => {
    const flat = x.map((p) => [0.5, p[1]]);
    const t = primPeel(flat, flat.map((p) => p[1] > 0.7));
    for (const b of t.boxes) expect(b.restricted).not.toContain(0);
    expect(t.boxes[t.boxes.length - 1].restricted).toEqual([1]);
  });

  it('refuses a peel fraction or minimum mass outside its range, and labels that do not match', () => {
    expect(() => primPeel(x, x.map(() => true), { peelAlpha: 0 })).toThrow(RangeError);
    expect(() => primPeel(x, x.map(() => true), { minMass: 1 })).toThrow(RangeError);
    expect(() => primPeel(x, [true])).toThrow(RangeError);
  });
});
