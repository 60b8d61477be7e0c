import { exp, ln, log1p } from '../math/portable.ts';
import { regularizedIncompleteBeta } from './regularizedIncompleteBeta';
import { logGamma } from './logGamma';

/**
 * Upper tail P(T > t) of Student's t with `df` degrees of freedom for t ≥ 0,
 * via P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1, 26.5.27).
 * Computing the tail directly, not 1 − CDF, keeps relative accuracy far out.
 * df may be fractional (Welch–Satterthwaite) but must be finite.
 */
export function studentTUpperTail(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0) || df === Infinity) return NaN;
  if (t < 0) return 1 - studentTUpperTail(-t, df);
  if (t === Infinity) return 0;
  const t2 = t * t;
  return 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** P(T ≤ t) for Student's t with finite `df` > 0; NaN otherwise. */
export function studentTCdf(t: number, df: number): number {
  if (t < 0) return studentTUpperTail(-t, df);
  return 1 - studentTUpperTail(t, df);
}

/** Density of Student's t, used as the Newton derivative when inverting. */
export function studentTDensity(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * ln(df * Math.PI);
  return exp(logNorm - ((df + 1) / 2) * log1p((t * t) / df));
}
