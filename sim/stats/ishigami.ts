import { sin } from '../math/portable.ts';

/**
 * The Ishigami–Homma (1990) test function, the standard benchmark for
 * variance-based sensitivity analysis: strongly non-linear, with x3 acting
 * only through its interaction with x1. Inputs are uniform on [−π, π].
 */
export function ishigami(x1: number, x2: number, x3: number, a = 7, b = 0.1): number {
  const sin1 = sin(x1);
  const sin2 = sin(x2);
  const x3Squared = x3 * x3;
  return sin1 + a * sin2 * sin2 + b * x3Squared * x3Squared * sin1;
}

/**
 * Analytic first-order and total Sobol' indices of the Ishigami function
 * (Sobol' & Levitan 1999; e.g. Saltelli et al. 2008, "Global Sensitivity
 * Analysis: The Primer", §4.9): V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0,
 * V13 = b²π⁸·8/225, V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½.
 */
export function ishigamiIndices(a = 7, b = 0.1): { variance: number; first: number[]; total: number[] } {
  const pi2 = Math.PI * Math.PI;
  const pi4 = pi2 * pi2;
  const v1 = 0.5 * (1 + (b * pi4) / 5) * (1 + (b * pi4) / 5);
  const v2 = (a * a) / 8;
  const v13 = (b * b * pi4 * pi4 * 8) / 225;
  const variance = v1 + v2 + v13;
  return {
    variance,
    first: [v1 / variance, v2 / variance, 0],
    total: [(v1 + v13) / variance, v2 / variance, v13 / variance],
  };
}
