/**
 * The lower-triangular L with L Lᵀ = A for a symmetric positive-definite k × k matrix (row-major),
 * by the Cholesky–Banachiewicz order. A pivot that is not positive (a parameter whose particles
 * all agree, or two that move in lockstep) is replaced by `floor`, so the perturbation kernel stays
 * proper instead of collapsing onto a line.
 */
export function choleskyLower(a: readonly number[], k: number, floor: number): number[] {
  const l = new Array<number>(k * k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * k + j];
      for (let m = 0; m < j; m++) s -= l[i * k + m] * l[j * k + m];
      if (i === j) l[i * k + i] = Math.sqrt(s > floor ? s : floor);
      else l[i * k + j] = s / l[j * k + j];
    }
  }
  return l;
}

/** Solves L y = b for y by forward substitution (L from choleskyLower). */
export function forwardSolve(l: readonly number[], k: number, b: readonly number[]): number[] {
  const y = new Array<number>(k);
  for (let i = 0; i < k; i++) {
    let s = b[i];
    for (let m = 0; m < i; m++) s -= l[i * k + m] * y[m];
    y[i] = s / l[i * k + i];
  }
  return y;
}
