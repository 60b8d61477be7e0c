import type { AbcPopulation, AbcSettings } from './abcTypes';
import { effectiveSampleSize } from './effectiveSampleSize';
import { weightedMoments } from './weightedMoments';
import { weightedQuantile } from './weightedQuantile';

export interface AbcParameterDiagnostics {
  name: string;
  mean: number;
  sd: number;
  low: number;
  high: number;
  /** Width of the posterior's 5–95% range over the prior's width: 1 = the targets say nothing about it. */
  narrowing: number;
}

export interface AbcTargetDiagnostics {
  /** Weighted mean over the particles of |simulated − observed| / scale. */
  meanError: number;
  /** Weighted share of particles within 3 scales of the observation (Pukelsheim's 3σ rule, as in Vernon et al. 2010). */
  matched: number;
}

export interface AbcDiagnostics {
  epsilon: number;
  effectiveSampleSize: number;
  parameters: AbcParameterDiagnostics[];
  targets: AbcTargetDiagnostics[];
  /** Weighted correlation of each pair of parameters (row-major k × k): a strong one is a trade-off the targets cannot resolve. */
  correlations: number[];
}

/** What a population says about the calibration: how it matches each target and what it learned of each parameter. */
export function abcDiagnostics(settings: AbcSettings, population: AbcPopulation): AbcDiagnostics {
  const { points, weights, summaries } = population;
  const k = settings.ranges.length;
  const { mean, cov } = weightedMoments(points, weights);
  const parameters = settings.ranges.map((r, d) => {
    const values = points.map((p) => p[d]);
    const low = weightedQuantile(values, weights, 0.05);
    const high = weightedQuantile(values, weights, 0.95);
    return { name: r.name, mean: mean[d], sd: Math.sqrt(cov[d * k + d]), low, high, narrowing: (high - low) / (r.hi - r.lo) };
  });
  const targets = settings.observed.map((o, t) => {
    let meanError = 0;
    let matched = 0;
    summaries.forEach((s, i) => {
      const e = Math.abs(s[t] - o) / settings.scale[t];
      meanError += weights[i] * e;
      if (e <= 3) matched += weights[i];
    });
    return { meanError, matched };
  });
  const correlations = cov.map((c, i) => {
    const a = Math.floor(i / k);
    const b = i % k;
    const denominator = Math.sqrt(cov[a * k + a] * cov[b * k + b]);
    return denominator > 0 ? c / denominator : a === b ? 1 : 0;
  });
  return { epsilon: population.epsilon, effectiveSampleSize: effectiveSampleSize(weights), parameters, targets, correlations };
}
