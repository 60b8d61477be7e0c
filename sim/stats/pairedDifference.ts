import { studentTUpperTail } from './studentTCdf';
import { summarise } from './summarise';
import { tQuantile } from './tQuantile';

export interface UnpairedComparison {
  /** √(s_a²/n + s_b²/n): the standard error if the runs were independent. */
  se: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  halfWidth: number;
  ciLow: number;
  ciHigh: number;
}

export interface PairedDifference {
  n: number;
  meanA: number;
  meanB: number;
  /** Mean of b[i] − a[i] (equal to meanB − meanA). */
  meanDiff: number;
  sdDiff: number;
  seDiff: number;
  df: number;
  halfWidth: number;
  ciLow: number;
  ciHigh: number;
  /** Two-sided p-value of the paired t test of "no difference". */
  pValue: number;
  /** Pearson correlation of a and b: what common random numbers buy. */
  correlation: number;
  /** Cohen's d_z = meanDiff / sdDiff, the paired effect size. */
  cohenDz: number;
  /** Cohen's d = meanDiff / √((s_a² + s_b²)/2), comparable across designs. */
  cohenD: number;
  unpaired: UnpairedComparison;
  /**
   * Paired half-width / unpaired (Welch) half-width. Below 1 means pairing
   * helped: "the paired interval is 1/ratio times narrower".
   */
  halfWidthRatio: number;
  level: number;
}

function safeRatio(numerator: number, denominator: number): number {
  if (denominator !== 0) return numerator / denominator;
  return numerator === 0 ? 0 : Math.sign(numerator) * Infinity;
}

/**
 * Compare scenario b against baseline a when replicate i of both used the
 * same seed (common random numbers). The paired t interval works on the
 * per-seed differences b[i] − a[i], whose variance is s_a² + s_b² − 2·cov,
 * so positive correlation between the runs narrows it (Law 2015, §10.2;
 * effect sizes from Lakens 2013, Front. Psychol. 4:863). The Welch interval
 * (Welch 1947, Biometrika 34:28) on the same numbers is reported alongside
 * to show what pairing gained.
 *
 * Arrays must have equal length (a mismatch is a programming error and
 * throws). Degenerate cases never throw: with n < 2 half-widths are Infinity
 * (see summarise) and the ratio is 1; when a spread is zero the effect sizes
 * are ±Infinity, or 0 if the mean difference is also 0.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): PairedDifference {
  if (a.length !== b.length) {
    throw new RangeError(`pairedDifference: arrays differ in length (${a.length} vs ${b.length})`);
  }
  const n = a.length;
  const diffs = new Float64Array(n);
  for (let i = 0; i < n; i++) diffs[i] = b[i] - a[i];
  const sa = summarise(a, level);
  const sb = summarise(b, level);
  const sd = summarise(diffs, level);

  const varA = sa.sd * sa.sd;
  const varB = sb.sd * sb.sd;
  const unpairedSe = n < 2 ? Infinity : Math.sqrt((varA + varB) / n);
  // Welch–Satterthwaite with n_a = n_b = n; when both variances vanish the
  // formula is 0/0, and its limit range [n − 1, 2n − 2] is moot since se = 0.
  const varSum = varA + varB;
  const welchDf = varSum === 0 ? 2 * (n - 1) : (varSum * varSum * (n - 1)) / (varA * varA + varB * varB);
  const unpairedHalfWidth = n < 2 ? Infinity : tQuantile((1 + level) / 2, welchDf) * unpairedSe;

  let covariance = 0;
  for (let i = 0; i < n; i++) covariance += (a[i] - sa.mean) * (b[i] - sb.mean);
  covariance /= n - 1;
  const correlation = n < 2 || sa.sd === 0 || sb.sd === 0 ? 0 : covariance / (sa.sd * sb.sd);

  const tStatistic = safeRatio(sd.mean, sd.se);
  const pValue = n < 2 ? 1 : Math.min(1, 2 * studentTUpperTail(Math.abs(tStatistic), n - 1));

  return {
    n,
    meanA: sa.mean,
    meanB: sb.mean,
    meanDiff: sd.mean,
    sdDiff: sd.sd,
    seDiff: sd.se,
    df: n - 1,
    halfWidth: sd.halfWidth,
    ciLow: sd.ciLow,
    ciHigh: sd.ciHigh,
    pValue,
    correlation,
    cohenDz: safeRatio(sd.mean, sd.sd),
    cohenD: safeRatio(sd.mean, Math.sqrt((varA + varB) / 2)),
    unpaired: {
      se: unpairedSe,
      df: welchDf,
      halfWidth: unpairedHalfWidth,
      ciLow: sd.mean - unpairedHalfWidth,
      ciHigh: sd.mean + unpairedHalfWidth,
    },
    // Zero unpaired width means both samples are constant, hence so are the
    // differences: the two intervals coincide.
    halfWidthRatio: n < 2 || unpairedHalfWidth === 0 ? 1 : sd.halfWidth / unpairedHalfWidth,
    level,
  };
}
