import { exp, ln } from '../math/portable.ts';
import { normalQuantile } from './normalQuantile';
import { studentTDensity, studentTUpperTail } from './studentTCdf';

/**
 * Cornish–Fisher expansion of the t quantile in powers of 1/ν
 * (Abramowitz & Stegun 1964, 26.7.5). Used as the starting point of the
 * Newton search and, for ν > 1e5 where the omitted O(ν⁻⁵) term is far below
 * double precision, as the answer itself.
 */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

const LARGE_DF = 1e5;

/**
 * Student t quantile: the t with P(T ≤ t) = p for `df` > 0 degrees of freedom
 * (fractional df allowed, df = Infinity gives the normal quantile).
 *
 * Method: solve ½ I_{ν/(ν+t²)}(ν/2, ½) = tail for t by Newton's method on
 * log(tail) against log(t), safeguarded by bisection on a bracket. In those
 * coordinates the tail is nearly linear (slope ≈ −ν for heavy tails), so the
 * iteration converges in a handful of steps even for df = 1 and p = 1 − 1e-12,
 * where the plain Newton iteration on t crawls. Agrees with scipy to about
 * 1e-10 relative (the log-gamma prefactor of the incomplete beta limits it
 * at large ν; near p = ½ the error is ~1e-16 absolute). Quantiles beyond
 * ~1e154 (e.g. ν < 0.1, or tails below 1e-150 at ν = 1) saturate because t²
 * overflows.
 */
export function tQuantile(p: number, df: number): number {
  // Intervals ask for the same few (level, replicates − 1) pairs thousands of times (a band per
  // month, metric and group), and each answer is a root search: remember them.
  let byP = remembered.get(df);
  if (byP === undefined) {
    if (remembered.size >= REMEMBERED_DFS) remembered.clear();
    remembered.set(df, (byP = new Map()));
  }
  let t = byP.get(p);
  if (t === undefined) {
    if (byP.size >= REMEMBERED_PS) byP.clear();
    byP.set(p, (t = solveTQuantile(p, df)));
  }
  return t;
}

/** Bounds on the memo, so odd callers (a sweep over p or fractional df) cannot grow it without end. */
const REMEMBERED_DFS = 256;
const REMEMBERED_PS = 64;
const remembered = new Map<number, Map<number, number>>();

function solveTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  const sign = p > 0.5 ? 1 : -1;
  const tail = p > 0.5 ? 1 - p : p;
  // −Φ⁻¹(tail) rather than Φ⁻¹(1 − tail): the subtraction would lose digits far out.
  const z = -normalQuantile(tail);
  const guess = cornishFisher(z, df);
  if (df > LARGE_DF) return sign * guess;

  const logTail = ln(tail);
  const residual = (u: number): number => ln(studentTUpperTail(exp(u), df)) - logTail;
  // Bracket the root in u = log t, starting from the expansion (or from z when
  // the expansion misbehaves for tiny ν); residual(u) decreases in u.
  let u = ln(guess > 0 && Number.isFinite(guess) ? guess : z);
  let lo = u;
  let hi = u;
  while (residual(lo) < 0) lo -= 1;
  while (residual(hi) > 0) hi += 1;
  for (let iteration = 0; iteration < 200; iteration++) {
    const t = exp(u);
    const upper = studentTUpperTail(t, df);
    const r = ln(upper) - logTail;
    if (r === 0) break;
    if (r > 0) lo = u;
    else hi = u;
    const slope = (-studentTDensity(t, df) * t) / upper;
    let next = u - r / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - u) < 1e-15 * Math.max(1, Math.abs(u)) || hi - lo < 1e-15) {
      u = next;
      break;
    }
    u = next;
  }
  return sign * exp(u);
}
