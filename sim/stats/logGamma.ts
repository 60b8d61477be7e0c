import { ln, sin } from '../math/portable.ts';

/**
 * ln Γ(x) for x > 0 by the Lanczos approximation with g = 7, n = 9
 * (C. Lanczos 1964, SIAM J. Numer. Anal. B 1:86–96; coefficients as tabulated
 * by P. Godfrey, https://en.wikipedia.org/wiki/Lanczos_approximation).
 * Relative error is about 1e-15, ample for the t and beta densities here.
 */
const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.9189385332046728;

export function logGamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return NaN;
  if (x === Infinity) return Infinity;
  // The series is accurate for x ≥ 1/2; below that the reflection formula
  // Γ(x)Γ(1 − x) = π / sin(πx) moves the argument into range.
  if (x < 0.5) return ln(Math.PI / sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = COEFFICIENTS[0];
  for (let i = 1; i < COEFFICIENTS.length; i++) sum += COEFFICIENTS[i] / (z + i);
  const t = z + G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * ln(t) - t + ln(sum);
}
