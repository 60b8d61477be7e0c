import { describe, expect, it } from 'vitest';
import {
  logGamma,
  normalQuantile,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTUpperTail,
  tQuantile,
} from '../../sim/stats';

// Reference values from scipy 1.17 (stats.t.ppf, stats.norm.ppf, special.betainc).
describe('normalQuantile (Wichura AS 241)', () => {
  it('gives 1.959963985 at 0.975, to full double precision', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
  });

  it('is accurate far in the tail and antisymmetric about 0.5', () => {
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(0.025)).toBeCloseTo(-normalQuantile(0.975), 14);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('returns ±Infinity at the ends and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });
});

describe('tQuantile', () => {
  it('gives the textbook 95% multipliers: 2.228138852 for 10 df and 12.7062047 for 1 df', () => {
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 9);
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 8);
  });

  it.each([
    [0.975, 2, 4.302652729749462],
    [0.975, 4, 2.7764451051977934],
    [0.975, 7, 2.364624251592784],
    [0.995, 2, 9.924843200918287],
    [0.95, 30, 1.697260886593957],
    [0.999, 3, 10.214531852407383],
    [0.025, 5, -2.5705818356363155],
    [0.9, 2.5, 1.7302509288071766],
    [0.975, 7.986135181975738, 2.3067011804143513],
    [0.975, 1e6, 1.959966356814107],
  ])('matches scipy: t(%f, %f df) = %f to 1e-9 relative', (p, df, expected) => {
    expect(Math.abs(tQuantile(p, df) / expected - 1)).toBeLessThan(1e-9);
  });

  it('copes with extreme tails of the Cauchy case (1 df): tan(π(p − ½))', () => {
    expect(tQuantile(1 - 1e-12, 1) / 318316927901.77966).toBeCloseTo(1, 4);
    const p = 0.9;
    expect(tQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 10);
  });

  it('agrees with the closed form for 4 df (Hill 1970)', () => {
    for (const p of [0.6, 0.8, 0.95, 0.999]) {
      const alpha = 4 * p * (1 - p);
      const q = Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha);
      expect(tQuantile(p, 4)).toBeCloseTo(2 * Math.sqrt(q - 1), 10);
    }
  });

  it('inverts studentTCdf', () => {
    for (const df of [1, 3, 9.5, 40, 500]) {
      for (const p of [0.01, 0.3, 0.7, 0.975]) expect(studentTCdf(tQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });

  it('falls back to the normal quantile for infinite df and rejects nonsense with NaN', () => {
    expect(tQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(tQuantile(0.975, 0)).toBeNaN();
    expect(tQuantile(0.975, NaN)).toBeNaN();
    expect(tQuantile(2, 5)).toBeNaN();
    expect(tQuantile(1, 5)).toBe(Infinity);
    expect(tQuantile(0.5, 5)).toBe(0);
  });
});

describe('studentTCdf and its building blocks', () => {
  it('matches scipy: P(T ≤ 2 | 3 df) = 0.93033702 and P(T > 10 | 1 df) = 0.0317255', () => {
    expect(studentTCdf(2, 3)).toBeCloseTo(0.9303370157205785, 12);
    expect(studentTUpperTail(10, 1)).toBeCloseTo(0.03172551743055357, 14);
    expect(studentTCdf(-2, 3)).toBeCloseTo(1 - 0.9303370157205785, 12);
  });

  it('has I_0.3(2.5, 0.5) = 0.0189271241 and ln Γ(10) = ln 9!', () => {
    expect(regularizedIncompleteBeta(0.3, 2.5, 0.5)).toBeCloseTo(0.018927124071945658, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
  });
});
