import { tQuantile } from './tQuantile';

/** A value's spread over a posterior experiment: replicates grouped by the draw they share. */
export interface DrawMoments {
  /** Replicates, and draws (distinct parameter points drawn, each run by one or more replicates). */
  n: number;
  draws: number;
  mean: number;
  /** Pooled variance within draws (the noise at fixed parameters), and its degrees of freedom. */
  noiseVariance: number;
  noiseDf: number;
  /** Variance of the draws' means across draws, and the mean over draws of 1 / replicates in the draw. */
  betweenVariance: number;
  meanInverseSize: number;
}

/**
 * The two intervals of a posterior experiment (docs/ODD.md Appendix C, "Posterior runs"), by the
 * method of moments on a one-way random-effects layout (draws as groups; Searle, Casella and
 * McCulloch 1992, ch. 3):
 * - stochastic: the mean ± t(df_noise) · sqrt(σ²_noise / n), the interval of the mean if the drawn
 *   parameters were known exactly, replicate noise its only source;
 * - parameter-inclusive: a 95% prediction interval of the expected value at a new draw from the
 *   posterior, mean ± t(draws − 1) · sqrt(σ²_param (1 + 1/draws) + σ²_noise / n), where
 *   σ²_param = max(0, between-draw variance − σ²_noise · mean(1/size)) is the part of the spread
 *   the parameters cause. A normal approximation of how the expected value varies over the
 *   posterior: a structural assumption, stated as such. It does not shrink as replicates grow.
 *   Where the parameters do not matter, σ²_param is estimated near zero, and its own sampling
 *   error (about σ²_noise · sqrt(2 / draws) with pairs) is what is left of the width.
 * Undefined (NaN) where there are too few replicates or draws to estimate a variance.
 */
export function posteriorIntervals(m: DrawMoments, level = 0.95) {
  const q = 1 - (1 - level) / 2;
  const stochasticHalf = m.noiseDf > 0 && m.n > 0 ? tQuantile(q, m.noiseDf) * Math.sqrt(m.noiseVariance / m.n) : NaN;
  const parameterVariance = m.draws > 1 && m.noiseDf > 0 ? Math.max(0, m.betweenVariance - m.noiseVariance * m.meanInverseSize) : NaN;
  const parameterHalf = m.draws > 1 && m.noiseDf > 0 ? tQuantile(q, m.draws - 1) * Math.sqrt(parameterVariance * (1 + 1 / m.draws) + m.noiseVariance / m.n) : NaN;
  return { mean: m.mean, stochasticHalf, parameterHalf, parameterVariance };
}

/**
 * The parameter-inclusive half-width the same runs would give if the two scenarios had drawn their
 * parameters independently: the variances of both sides add, where pairing lets their common part
 * cancel in the difference.
 */
export function unpairedParameterHalf(a: DrawMoments, b: DrawMoments, level = 0.95): number {
  const pa = posteriorIntervals(a, level).parameterVariance;
  const pb = posteriorIntervals(b, level).parameterVariance;
  const draws = Math.min(a.draws, b.draws);
  if (!(draws > 1) || !Number.isFinite(pa) || !Number.isFinite(pb)) return NaN;
  return tQuantile(1 - (1 - level) / 2, draws - 1) * Math.sqrt((pa + pb) * (1 + 1 / draws) + a.noiseVariance / a.n + b.noiseVariance / b.n);
}
