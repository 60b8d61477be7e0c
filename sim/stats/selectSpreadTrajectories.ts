function squaredDistance(a: number[][], b: number[][], scale: number): number {
  // Campolongo et al. (2007) eq. 3: sum of Euclidean distances between all
  // pairs of points of the two trajectories.
  let total = 0;
  for (const p of a) {
    for (const q of b) {
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const d = (p[i] - q[i]) * scale;
        s += d * d;
      }
      total += Math.sqrt(s);
    }
  }
  return total * total;
}

/**
 * Of several candidate Morris trajectories (rows of grid levels; `scale`
 * converts levels to unit-cube coordinates), keep the r that maximise the
 * spread Σ d²_ml over kept pairs (Campolongo, Cariboni & Saltelli 2007,
 * Environ. Model. Softw. 22:1509). Greedy backward elimination: dropping
 * trajectory t lowers the spread by exactly Σ_o d²_to, so each step drops the
 * smallest contributor. A cheap stand-in for Campolongo's exhaustive search
 * over all subsets, in the spirit of Ruano, Ewald & Rivas (2012), Environ.
 * Model. Softw. 37:103. Survivors keep their candidate order; ties go to the
 * earlier candidate, so the choice is deterministic.
 */
export function selectSpreadTrajectories(candidates: number[][][], r: number, scale: number): number[][][] {
  const m = candidates.length;
  const d2 = Array.from({ length: m }, () => new Float64Array(m));
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) d2[a][b] = d2[b][a] = squaredDistance(candidates[a], candidates[b], scale);
  }
  const kept = new Set(Array.from({ length: m }, (_, i) => i));
  while (kept.size > r) {
    let worst = -1;
    let worstContribution = Infinity;
    for (const t of kept) {
      let contribution = 0;
      for (const o of kept) contribution += d2[t][o];
      if (contribution < worstContribution) {
        worstContribution = contribution;
        worst = t;
      }
    }
    kept.delete(worst);
  }
  return [...kept].sort((x, y) => x - y).map((i) => candidates[i]);
}
