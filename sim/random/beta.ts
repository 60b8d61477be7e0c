import type { Draws } from './streams.ts';
import { ln, pow } from '../math/portable.ts';

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted for shape < 1. */
function gamma(shape: number, d: Draws): number {
  if (shape < 1) return gamma(shape + 1, d) * pow(d.next(), 1 / shape);
  const a = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * a);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = d.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = d.next();
    if (u < 1 - 0.0331 * x * x * x * x || ln(u) < 0.5 * x * x + a * (1 - v + ln(v))) return a * v;
  }
}

/**
 * A Beta draw with a given mean and standard deviation (method of moments); a spread too wide for
 * a Beta is narrowed to the widest unimodal one. Zero spread returns the mean exactly.
 */
export function betaMeanSd(mean: number, sd: number, d: Draws): number {
  if (sd <= 0 || mean <= 0 || mean >= 1) return mean;
  const nu = Math.max(2, (mean * (1 - mean)) / (sd * sd) - 1);
  const x = gamma(mean * nu, d);
  const y = gamma((1 - mean) * nu, d);
  return x / (x + y);
}
