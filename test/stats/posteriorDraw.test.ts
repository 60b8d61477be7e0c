import { describe, expect, it } from 'vitest';
import { drawOfReplicate, posteriorParameters, posteriorParticle } from '../../sim/runDesign/posteriorDraw.ts';
import { parsePosteriorCsv } from '../../sim/runDesign/posteriorSample.ts';

const SHA = 'a'.repeat(64);
const text = 'particle,weight,x,y,distance,target:t\n0,0.1,1,10,0.5,3\n1,0.6,2,20,0.2,4\n2,0.3,3,30,0.4,5\n';

describe('drawing parameters from a posterior', () => {
  const sample = parsePosteriorCsv(text, SHA).sample!;

  it('reads the parameters between weight and distance, and ignores the targets after', () => {
    expect(sample.names).toEqual(['x', 'y']);
    expect(sample.points).toEqual([[1, 10], [2, 20], [3, 30]]);
    expect(sample.weights).toEqual([0.1, 0.6, 0.3]);
  });

  it('refuses a file that is not a posterior, with the line and the reason', () => {
    expect(parsePosteriorCsv('a,b\n1,2\n', SHA).problem).toMatch(/header must start particle,weight/);
    expect(parsePosteriorCsv('particle,weight,x,distance\n0,-1,1,0\n', SHA).problem).toMatch(/line 2: the weight/);
    expect(parsePosteriorCsv('particle,weight,x,distance\n0,1,,0\n', SHA).problem).toMatch(/line 2: x must be a finite number/);
    expect(parsePosteriorCsv('particle,weight,x,distance\n0,0,1,0\n', SHA).problem).toMatch(/no particle of positive weight/);
  });

  it('takes particles in proportion to their weights', () => {
    const counts = [0, 0, 0];
    for (let j = 0; j < 20000; j++) counts[posteriorParticle(sample, 1, j)]++;
    expect(counts[0] / 20000).toBeCloseTo(0.1, 1);
    expect(counts[1] / 20000).toBeCloseTo(0.6, 1);
    expect(counts[2] / 20000).toBeCloseTo(0.3, 1);
    expect(Math.abs(counts[1] / 20000 - 0.6)).toBeLessThan(0.015);
  });

  it('gives replicates 2j and 2j + 1 the same draw, and a draw depends on the file\'s content and the seed alone', () => {
    expect([0, 1, 2, 3, 4].map(drawOfReplicate)).toEqual([0, 0, 1, 1, 2]);
    const sequence = (key: string, seed: number) => Array.from({ length: 40 }, (_, k) => posteriorParameters({ ...sample, key }, seed, k).particle);
    expect(sequence(SHA, 1)).toEqual(sequence(SHA, 1));
    expect(sequence(SHA, 1).filter((_, k) => k % 2 === 0)).toEqual(sequence(SHA, 1).filter((_, k) => k % 2 === 1));
    expect(sequence('b'.repeat(64), 1)).not.toEqual(sequence(SHA, 1));
    expect(sequence(SHA, 2)).not.toEqual(sequence(SHA, 1));
    expect(posteriorParameters(sample, 1, 5).parameters).toEqual({ x: sample.points[posteriorParticle(sample, 1, 2)][0], y: sample.points[posteriorParticle(sample, 1, 2)][1] });
  });
});
