/**
 * The Ishigami–Homma (1990) test function, the standard benchmark for
 * variance-based sensitivity analysis: strongly non-linear, with x3 acting
 * only through its interaction with x1. Inputs are uniform on [−π, π].
 */
export function ishigami(x1: number, x2: number, x3: number, a = 7, b = 0.1): number {
  return Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
}

/**
 * Analytic first-order and total Sobol' indices of the Ishigami function
 * (Sobol' & Levitan 1999; e.g. Saltelli et al. 2008, "Global Sensitivity
 * Analysis: The Primer", §4.9): V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0,
 * V13 = b²π⁸·8/225, V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½.
 */
export function ishigamiIndices(a = 7, b = 0.1): { variance: number; first: number[]; total: number[] } {
  const pi4 = Math.PI ** 4;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const v2 = (a * a) / 8;
  const v13 = (b * b * pi4 * pi4 * 8) / 225;
  const variance = v1 + v2 + v13;
  return {
    variance,
    first: [v1 / variance, v2 / variance, 0],
    total: [(v1 + v13) / variance, v2 / variance, v13 / variance],
  };
}
