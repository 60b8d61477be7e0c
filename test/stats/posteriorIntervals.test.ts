import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { DrawSpread } from '../../cli/posterior/drawSpread.ts';
import { normalQuantile } from '../../sim/stats/normalQuantile.ts';
import { posteriorIntervals, unpairedParameterHalf } from '../../sim/stats/posteriorIntervals.ts';

/** Draws of a random-effects layout: draw j has effect θ_j ~ N(0, sdParameter²), each replicate adds N(0, sdNoise²). */
function layout(draws: number, perDraw: number, sdParameter: number, sdNoise: number, seed: string) {
  const rand = seedrandom.alea(seed);
  const normal = () => normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, rand())));
  const spread = new DrawSpread();
  for (let j = 0; j < draws; j++) {
    const theta = sdParameter * normal();
    for (let k = 0; k < perDraw; k++) spread.add('y', j, 10 + theta + sdNoise * normal());
  }
  return spread.get('y')!;
}

describe('posterior intervals from replicate pairs sharing a draw', () => {
  it('recover the noise and the parameter variance of a known random-effects layout', () => {
    const m = layout(4000, 2, 2, 1, 'recover');
    expect(m.n).toBe(8000);
    expect(m.draws).toBe(4000);
    expect(m.noiseDf).toBe(4000);
    expect(m.noiseVariance).toBeGreaterThan(0.93);
    expect(m.noiseVariance).toBeLessThan(1.07);
    const r = posteriorIntervals(m);
    expect(r.parameterVariance).toBeGreaterThan(3.7);
    expect(r.parameterVariance).toBeLessThan(4.3);
    // The parameter-inclusive half-width is about 1.96 × 2, and does not shrink with replicates; the stochastic one is 1.96 × sqrt(1 / 8000).
    expect(r.parameterHalf).toBeGreaterThan(3.7);
    expect(r.parameterHalf).toBeLessThan(4.2);
    expect(r.stochasticHalf).toBeGreaterThan(0.020);
    expect(r.stochasticHalf).toBeLessThan(0.024);
  });

  it('estimate next to no parameter variance when the parameters do not matter, within its sampling error of about sqrt(2 / draws)', () => {
    const r = posteriorIntervals(layout(2000, 2, 0, 1, 'flat'));
    expect(r.parameterVariance).toBeLessThan(2 * Math.sqrt(2 / 2000));
    // What is left of the width is that sampling error, far below the 1.96 × 2 of a parameter sd of 2.
    expect(r.parameterHalf).toBeLessThan(0.5);
    expect(r.parameterHalf).toBeGreaterThanOrEqual(r.stochasticHalf * 0.9);
  });

  it('pool the noise over draws of unequal size (an odd replicate count leaves the last draw with one)', () => {
    const spread = new DrawSpread();
    [[0, 1], [0, 3], [1, 10], [1, 14], [2, 7]].forEach(([draw, y]) => spread.add('y', draw, y));
    const m = spread.get('y')!;
    // Within draws: (1−3)²/2 + (10−14)²/2 over 2 degrees of freedom; the draw of one adds none.
    expect(m.noiseVariance).toBe(5);
    expect(m.noiseDf).toBe(2);
    expect(m.draws).toBe(3);
    expect(m.mean).toBe(7);
    expect(m.meanInverseSize).toBeCloseTo((0.5 + 0.5 + 1) / 3, 12);
    expect(m.positive).toBe(3);
  });

  it('are undefined, not zero, without a second draw or without a pair', () => {
    const one = new DrawSpread();
    one.add('y', 0, 1);
    one.add('y', 0, 2);
    expect(Number.isNaN(posteriorIntervals(one.get('y')!).parameterHalf)).toBe(true);
    const singles = new DrawSpread();
    [0, 1, 2].forEach((d) => singles.add('y', d, d));
    expect(Number.isNaN(posteriorIntervals(singles.get('y')!).stochasticHalf)).toBe(true);
  });

  it('narrow a paired difference whose sides share the parameter effect, against independent draws on each side', () => {
    const rand = seedrandom.alea('paired');
    const normal = () => normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, rand())));
    const [a, b, d] = [new DrawSpread(), new DrawSpread(), new DrawSpread()];
    for (let j = 0; j < 200; j++) {
      const theta = 2 * normal();
      for (let k = 0; k < 2; k++) {
        const common = normal();
        const [va, vb] = [theta + common, theta + 0.5 + common + 0.1 * normal()];
        a.add('y', j, va);
        b.add('y', j, vb);
        d.add('y', j, vb - va);
      }
    }
    const paired = posteriorIntervals(d.get('y')!).parameterHalf;
    const unpaired = unpairedParameterHalf(a.get('y')!, b.get('y')!);
    expect(paired).toBeLessThan(0.1);
    expect(unpaired).toBeGreaterThan(5);
  });
});
