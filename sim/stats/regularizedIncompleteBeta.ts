import { exp, ln } from '../math/portable.ts';
import { logGamma } from './logGamma';

const EPSILON = 1e-15;
const TINY = 1e-300;
// Lentz's fraction needs O(√max(a, b)) terms; this cap only guards against
// non-convergence for absurd arguments, it is never reached for df ≤ 1e8.
const MAX_TERMS = 100_000;

/**
 * Continued fraction for I_x(a, b), evaluated by the modified Lentz method
 * (W. H. Press et al., Numerical Recipes, 3rd ed., 2007, §6.4 "betacf").
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * Regularized incomplete beta function I_x(a, b), the CDF of a Beta(a, b)
 * variable. `complement` is 1 − x; callers that know it more accurately than
 * the subtraction (e.g. t²/(ν + t²) in the t tail) should pass it, because the
 * symmetry branch I_x(a, b) = 1 − I_{1−x}(b, a) evaluates at 1 − x.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, complement = 1 - x): number {
  if (Number.isNaN(x) || !(a > 0) || !(b > 0)) return NaN;
  // Test the complement, not x: x = ν/(ν + t²) rounds to exactly 1 for small
  // t while the complement t²/(ν + t²) still carries the information.
  if (x <= 0) return 0;
  if (complement <= 0) return 1;
  const logFront =
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * ln(x) + b * ln(complement);
  const front = exp(logFront);
  // The fraction converges fast only left of the mean-ish point (a+1)/(a+b+2);
  // beyond it use the symmetry relation (Numerical Recipes §6.4).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(complement, b, a)) / b;
}
