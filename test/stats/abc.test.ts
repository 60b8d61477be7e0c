import { describe, expect, it } from 'vitest';
import { uniformAt } from '../../sim/random/hash.ts';
import { abcDiagnostics, abcProposals, abcSmc, normalQuantile, type AbcProposal, type AbcSettings, type AbcSimulate } from '../../sim/stats/index.ts';

/** A standard normal determined by a proposal's seed and a slot. */
const normalOf = (seed: number, slot: number) => normalQuantile(uniformAt(seed, 0, slot) + 2 ** -33);

/**
 * Normal mean with known sd: the summary is a sample mean, x̄ ~ N(μ, 0.5²). Under a flat prior on
 * [−10, 10] (wide enough that truncation is ~10⁻⁷⁰) the posterior is N(x̄_obs, 0.5²).
 */
const normalMean: AbcSimulate = (proposals) => proposals.map((p) => [p.point[0] + 0.5 * normalOf(p.seed, 0)]);

/** Binomial: successes in 40 trials. With a uniform prior, Beta(1, 1), 12 successes give the posterior Beta(13, 29). */
const binomial: AbcSimulate = (proposals) =>
  proposals.map((p) => {
    let k = 0;
    for (let i = 0; i < 40; i++) if (uniformAt(p.seed, 1, i) < p.point[0]) k++;
    return [k];
  });

/**
 * Two means seen through s = A μ + e, A = [[1, 1], [0, 1]], e ~ N(0, 0.3² I). Under a flat prior
 * the posterior is normal with mean A⁻¹ s_obs and covariance 0.3² (AᵀA)⁻¹ = 0.09 [[2, −1], [−1, 1]]:
 * sds 0.424 and 0.3, correlation −1/√2, a trade-off the diagnostics should show.
 */
const linear: AbcSimulate = (proposals) =>
  proposals.map((p) => [p.point[0] + p.point[1] + 0.3 * normalOf(p.seed, 0), p.point[1] + 0.3 * normalOf(p.seed, 1)]);

const normalSettings: AbcSettings = {
  ranges: [{ name: 'mu', lo: -10, hi: 10 }],
  observed: [1],
  scale: [0.5],
  particles: 1000,
  batch: 1000,
  maxCandidates: 50_000,
  quantile: 0.5,
  generations: 8,
  seed: 7,
};

const posterior = (settings: AbcSettings, simulate: AbcSimulate) => {
  const populations = abcSmc(settings, simulate);
  return { populations, last: populations[populations.length - 1], diagnostics: abcDiagnostics(settings, populations[populations.length - 1]) };
};

describe('ABC-SMC recovers posteriors known in closed form', () => {
  const normal = posterior(normalSettings, normalMean);

  it('a normal mean with known sd: posterior N(1, 0.5²), mean within 0.05 and sd within 0.05', () => {
    const [mu] = normal.diagnostics.parameters;
    expect(Math.abs(mu.mean - 1)).toBeLessThan(0.05);
    expect(Math.abs(mu.sd - 0.5)).toBeLessThan(0.05);
    // The 5–95% range of N(1, 0.5²) is 1 ± 0.822, 0.082 of the prior's width.
    expect(Math.abs(mu.low - (1 - 0.822))).toBeLessThan(0.1);
    expect(Math.abs(mu.high - (1 + 0.822))).toBeLessThan(0.1);
    expect(Math.abs(mu.narrowing - 0.0822)).toBeLessThan(0.01);
  });

  it('tightens the tolerance every generation, to under 0.2 sd, where accepting |x̄ − 1| ≤ ε adds ε²/3 < 1.4% to the variance', () => {
    const eps = normal.populations.map((p) => p.epsilon);
    expect(eps[0]).toBe(Infinity);
    for (let g = 2; g < eps.length; g++) expect(eps[g]).toBeLessThan(eps[g - 1]);
    expect(eps[eps.length - 1]).toBeLessThan(0.2);
  });

  it('keeps enough effective particles after importance weighting (over half of 1,000) and matches its target', () => {
    expect(normal.diagnostics.effectiveSampleSize).toBeGreaterThan(500);
    expect(normal.diagnostics.effectiveSampleSize).toBeLessThanOrEqual(1000);
    expect(normal.diagnostics.targets[0].matched).toBeCloseTo(1, 12);
    expect(normal.diagnostics.targets[0].meanError).toBeLessThan(0.1);
  });

  // Distances are whole numbers here: at ε = 1 about a third of the particles match exactly, so the
  // median would hold the tolerance at 1 for ever; the lower quartile lets it reach 0, exact ABC.
  it('a binomial with a uniform prior: exact matches only, posterior Beta(13, 29), mean 0.3095 ± 0.01 and sd 0.0705 ± 0.01', () => {
    const settings: AbcSettings = { ranges: [{ name: 'p', lo: 0, hi: 1 }], observed: [12], scale: [1], particles: 1000, batch: 1000, maxCandidates: 50_000, quantile: 0.25, generations: 5, seed: 3 };
    const { diagnostics, last } = posterior(settings, binomial);
    const [p] = diagnostics.parameters;
    expect(last.epsilon).toBe(0);
    expect(Math.abs(p.mean - 13 / 42)).toBeLessThan(0.01);
    expect(Math.abs(p.sd - Math.sqrt((13 * 29) / (42 * 42 * 43)))).toBeLessThan(0.01);
  });

  it('two correlated means: sds 0.424 and 0.3 within 15%, correlation −0.707 within 0.1', () => {
    const settings: AbcSettings = {
      ranges: [{ name: 'a', lo: -5, hi: 5 }, { name: 'b', lo: -5, hi: 5 }],
      observed: [1, 0.5],
      scale: [0.3, 0.3],
      particles: 1000,
      batch: 1000,
      maxCandidates: 100_000,
      quantile: 0.5,
      generations: 12,
      seed: 11,
    };
    const { diagnostics } = posterior(settings, linear);
    const [a, b] = diagnostics.parameters;
    expect(Math.abs(a.mean - 0.5)).toBeLessThan(0.06);
    expect(Math.abs(b.mean - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(a.sd / (0.3 * Math.SQRT2) - 1)).toBeLessThan(0.15);
    expect(Math.abs(b.sd / 0.3 - 1)).toBeLessThan(0.15);
    expect(Math.abs(diagnostics.correlations[1] + Math.SQRT1_2)).toBeLessThan(0.1);
    expect(diagnostics.correlations[1]).toBe(diagnostics.correlations[2]);
  });
});

describe('ABC-SMC is keyed by content', () => {
  const small: AbcSettings = { ...normalSettings, particles: 100, batch: 50, generations: 4 };
  const bytes = (simulate: AbcSimulate) => JSON.stringify(abcSmc(small, simulate));

  it('gives the same bytes for the same seed, and different ones for another seed', () => {
    expect(bytes(normalMean)).toBe(bytes(normalMean));
    expect(JSON.stringify(abcSmc({ ...small, seed: 8 }, normalMean))).not.toBe(bytes(normalMean));
  });

  it('gives the same bytes whatever order the simulations run in', () => {
    const reversed: AbcSimulate = (proposals) => normalMean([...proposals].reverse()).reverse();
    expect(bytes(reversed)).toBe(bytes(normalMean));
  });

  it('gives the same bytes when the proposals are split between two workers, each simulating its share', () => {
    const twoWorkers: AbcSimulate = (proposals) => {
      const odd = proposals.filter((p) => p.index % 2 === 1);
      const even = proposals.filter((p) => p.index % 2 === 0);
      const results = new Map<number, readonly number[]>();
      normalMean(odd).forEach((s, i) => results.set(odd[i].index, s));
      normalMean(even).forEach((s, i) => results.set(even[i].index, s));
      return proposals.map((p: AbcProposal) => results.get(p.index)!);
    };
    expect(bytes(twoWorkers)).toBe(bytes(normalMean));
  });

  it('leaves earlier proposals unchanged when a generation asks for more', () => {
    const few = abcProposals(small, 0, undefined, 0, 10);
    const many = abcProposals(small, 0, undefined, 0, 20);
    expect(many.slice(0, 10)).toEqual(few);
  });

  it('stops, saying why, when no run of a generation could give the targets a value', () => {
    const nothing: AbcSimulate = (proposals) => proposals.map(() => [NaN]);
    expect(() => abcSmc({ ...small, generations: 2 }, nothing)).toThrow('generation 0 kept no particles: no run gave a finite distance to the targets');
  });
});
