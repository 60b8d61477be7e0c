/**
 * Claim 6, safeguards. 000: "Japan shows the value of systematic pathways that connect tiers and
 * normalise the circulation of experience, while also underscoring the importance of transparency,
 * clear objectives and protections against over-centralisation or the erosion of local priorities,
 * so mobility reinforces rather than weakens local autonomy."
 *
 * Design: the shipped Kumamoto cases, `japan-regional` (a cap of a quarter of a host's senior posts
 * for central secondees; secondees answer mostly to the host) and `japan-no-safeguards-regional`
 * (no cap, secondees answer to their ministry), each also run with mobility off under the same
 * random numbers. Read in the last of eight years (the stock of secondees settles within the three
 * warm-up Aprils, autonomy adjusts over a year or two). Local government is the prefecture
 * (combined) and the municipalities (local).
 *
 * Testable form: (a) without safeguards, rotation lowers local autonomy at both tiers; (b) with
 * them, autonomy is kept: significantly higher than without, and the loss against no rotation less
 * than half the loss without safeguards; (c) with them, local government's capability still gains
 * from rotation, and at least half of the gain without safeguards remains ("most").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { above, below, diff, estimate, lastYear, report, runArms, scenario, tierEstablishment, zip, type Results } from './helpers.ts';

const WITH = 'japan-regional';
const WITHOUT = 'japan-no-safeguards-regional';
const LOCAL = ['combined', 'local'] as const;

let r: Results;

beforeAll(async () => {
  r = await runArms(
    [
      { label: 'safeguards', file: scenario(WITH), counterfactual: true },
      { label: 'no-safeguards', file: scenario(WITHOUT), counterfactual: true },
    ],
    { reps: 10, years: 8 },
  );
}, 120_000);
afterAll(() => r?.dispose());

const at = (arm: string, metric: string, tier: string) => r.values(arm, metric, tier, lastYear(r));
const gain = (arm: string, metric: string, tier: string) => zip([at(arm, metric, tier), at(`${arm}:counterfactual`, metric, tier)], (a, b) => a - b);

/** Capability of local government (prefecture and municipalities), weighted by establishment as the by-tier metric is. */
function localGovernmentCapabilityGain(arm: string) {
  const est = tierEstablishment(scenario(WITH));
  const total = est.combined + est.local;
  return zip([gain(arm, 'capability', 'combined'), gain(arm, 'capability', 'local')], (c, l) => (est.combined * c + est.local * l) / total);
}

describe('claim 6: safeguards keep local autonomy while rotation still builds capability (000)', () => {
  it('without safeguards, rotation lowers local autonomy', () => {
    for (const tier of LOCAL) {
      const e = report('safeguards', `local autonomy at ${tier}, no safeguards minus no rotation`, estimate(gain('no-safeguards', 'localAutonomy', tier)));
      expect(below(e), tier).toBe(true);
    }
  });

  // Passes, but note why: in Kumamoto the cap never binds (central secondees hold about 1% of
  // senior posts, printed below), so the whole protection is host accountability, which scales the
  // pull by (1 − 0.7): the share of the loss kept is that parameter, not an emergent result.
  it('with safeguards, autonomy is kept: higher than without, and less than half the loss', () => {
    // How often the cap on senior posts actually bound (the rest of the protection is host accountability).
    const capped = estimate(r.total('safeguards', 'safeguardsApplied', ['secondment:centralToCombined', 'secondment:centralToLocal'], [1, r.ticks]));
    console.log(`[safeguards] central secondees kept out of senior local posts by the cap over ${r.ticks / 12} years: ${capped.mean.toFixed(1)} (95% CI ${capped.low.toFixed(1)} to ${capped.high.toFixed(1)})`);
    for (const tier of LOCAL) {
      const kept = report('safeguards', `local autonomy at ${tier}, safeguards minus no safeguards`, diff(at('safeguards', 'localAutonomy', tier), at('no-safeguards', 'localAutonomy', tier)));
      report('safeguards', `local autonomy at ${tier}, safeguards minus no rotation`, estimate(gain('safeguards', 'localAutonomy', tier)));
      const share = report('safeguards', `autonomy lost at ${tier} with safeguards, as a share of the loss without`, estimate(zip([gain('safeguards', 'localAutonomy', tier), gain('no-safeguards', 'localAutonomy', tier)], (a, b) => a / b)));
      expect(above(kept), tier).toBe(true);
      expect(share.high, tier).toBeLessThan(0.5);
    }
  });

  // Passes, but trivially: the cap and host accountability touch no capability pathway (a secondee
  // kept out of a senior post still shapes the host's code with a senior's influence, learning.ts
  // accumulatePlaced), so the gain is exactly the same with and without safeguards. See the report.
  it('with safeguards, most of the capability gain remains', () => {
    for (const tier of LOCAL) report('safeguards', `capability gain at ${tier}, with safeguards`, estimate(gain('safeguards', 'capability', tier)));
    const safe = report('safeguards', 'capability gain of local government (prefecture and municipalities), with safeguards', estimate(localGovernmentCapabilityGain('safeguards')));
    const share = report('safeguards', 'capability gain of local government with safeguards, as a share of the gain without', estimate(zip([localGovernmentCapabilityGain('safeguards'), localGovernmentCapabilityGain('no-safeguards')], (a, b) => a / b)));
    expect(above(safe)).toBe(true);
    expect(share.low).toBeGreaterThan(0.5);
  });
});
