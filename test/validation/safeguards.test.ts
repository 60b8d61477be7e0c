/**
 * Claim 6, safeguards. 000: "Japan shows the value of systematic pathways that connect tiers and
 * normalise the circulation of experience, while also underscoring the importance of transparency,
 * clear objectives and protections against over-centralisation or the erosion of local priorities,
 * so mobility reinforces rather than weakens local autonomy."
 *
 * Design: safeguards act through who holds senior local posts (docs/ODD.md §7.6, §7.11). Central
 * secondees are placed a grade above their own in local government (hostGradeUplift, from the
 * seniority asymmetry of the MIC counts); the cap keeps them out of senior posts beyond a share of
 * the host's, and a host official holds the post instead; each one in a senior post answers to the
 * host with chance hostAccountability, and only those who answer home pull priorities. Arms: the
 * Kumamoto cases `japan-regional` and `japan-no-safeguards-regional` (10 replicates, eight years,
 * each with its own no-rotation counterfactual under the same random numbers), and national
 * `japan` and `japan-no-safeguards` (3 replicates, ten years), where central secondees hold senior
 * posts at the scale the MIC reports. Read in the last year. Local government is the prefecture
 * (combined) and the municipalities (local).
 *
 * Testable form: (a) without safeguards, rotation lowers local autonomy; (b) the cap binds, and
 * with safeguards autonomy is significantly higher than without, regionally and nationally, and
 * the loss against no rotation is less than half the loss without; (c) with safeguards, local
 * government's capability still gains from rotation, and at least half of the gain without
 * safeguards remains ("most"). Ablation: with no central secondee in a senior local post
 * (secondment.maxGrade = 1 and careers.fastTrackUplift = 0: even a grade up, no post is senior)
 * safeguards change nothing.
 *
 * Classes (claims.ts):
 * - safeguards-autonomy is STRUCTURAL in its direction: autonomy falls with the share of senior
 *   influence held by central secondees who answer home (§7.11), a pull written for this sentence,
 *   and both safeguards can only lower that share. Its sizes are measured, not read back: how
 *   often the cap binds depends on how many senior posts each host has and how many secondees
 *   arrive each April, and who answers home is drawn per holder, so the share of the loss kept is
 *   neither 1 − hostAccountability nor the same in every replicate (notByConstruction guards it).
 * - safeguards-capability is EMERGENT: the gain is the net of what secondees bring against the
 *   posts they leave and the ramp-up of every move (§7.7, §7.8); with safeguards a capped secondee
 *   shapes the host's practice with the weight of the lower post held, so the share of the gain
 *   kept is measured, not identical by construction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInput } from '../../cli/experimentRunner/loadInput.ts';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { above, below, diff, estimate, lastYear, measured, notByConstruction, report, runArms, scenario, tierEstablishment, zip, type Results } from './helpers.ts';

const WITH = 'japan-regional';
const WITHOUT = 'japan-no-safeguards-regional';
const LOCAL = ['combined', 'local'] as const;
const INTO_LOCAL = ['secondment:centralToCombined', 'secondment:centralToLocal'];
/**
 * No secondee above officer grade and no further uplift for the track's officials: even placed a
 * grade up, none holds a senior local post.
 */
const NO_SENIOR_SECONDEES = ['programme.instruments.secondment.maxGrade=1', 'careers.fastTrackUplift=0'];

let r: Results;
let nat: Results;

beforeAll(async () => {
  r = await runArms(
    [
      { label: 'safeguards', file: scenario(WITH), counterfactual: true },
      { label: 'no-safeguards', file: scenario(WITHOUT), counterfactual: true },
      { label: 'ablation-safeguards', file: scenario(WITH), sets: NO_SENIOR_SECONDEES },
      { label: 'ablation-no-safeguards', file: scenario(WITHOUT), sets: NO_SENIOR_SECONDEES },
    ],
    { reps: 10, years: 8 },
  );
  nat = await runArms(
    [
      { label: 'national-safeguards', file: scenario('japan') },
      { label: 'national-no-safeguards', file: scenario('japan-no-safeguards') },
    ],
    { reps: 3, years: 10 },
  );
}, 600_000);
afterAll(() => {
  r?.dispose();
  nat?.dispose();
});

/** A scenario's host accountability at the start (neither shipped case changes it over time). */
function hostAccountability(file: string): number {
  const loaded = loadInput(file, []).loaded;
  if (!loaded) throw new Error(`${file} does not load`);
  return loaded.scenario.programme.safeguards.hostAccountability.value;
}

const at = (arm: string, metric: string, tier: string) => r.values(arm, metric, tier, lastYear(r));
const natAt = (arm: string, metric: string, tier: string) => nat.values(arm, metric, tier, lastYear(nat));
const gain = (arm: string, metric: string, tier: string) => zip([at(arm, metric, tier), at(`${arm}:counterfactual`, metric, tier)], (a, b) => a - b);

/** Capability of local government (prefecture and municipalities), weighted by establishment as the by-tier metric is. */
function localGovernmentCapabilityGain(arm: string) {
  const est = tierEstablishment(scenario(WITH));
  const total = est.combined + est.local;
  return zip([gain(arm, 'capability', 'combined'), gain(arm, 'capability', 'local')], (c, l) => (est.combined * c + est.local * l) / total);
}

function capBindings(res: Results, arm: string, what: string) {
  const e = estimate(res.total(arm, 'safeguardsApplied', INTO_LOCAL, [1, res.ticks]));
  console.log(`[safeguards-autonomy] ${what}: central secondees kept out of senior local posts by the cap over ${res.ticks / 12} years: ${e.mean.toFixed(1)} (95% CI ${e.low.toFixed(1)} to ${e.high.toFixed(1)})`);
  return e;
}

describe(claimTitle('safeguards-autonomy'), () => {
  it('without safeguards, rotation lowers local autonomy', () => {
    for (const tier of LOCAL) {
      const e = measured('safeguards-autonomy', `local autonomy at ${tier}, no safeguards minus no rotation (Kumamoto)`, estimate(gain('no-safeguards', 'localAutonomy', tier)));
      expect(below(e), tier).toBe(true);
    }
  });

  it('the cap binds, in Kumamoto and nationally, and changes who holds senior local posts', () => {
    expect(above(capBindings(r, 'safeguards', 'Kumamoto'))).toBe(true);
    expect(above(capBindings(nat, 'national-safeguards', 'national japan'))).toBe(true);
    for (const tier of LOCAL) {
      const held = report('safeguards-autonomy', `senior ${tier} posts held by central secondees in the last year, national japan (without safeguards: see the next line)`, estimate(natAt('national-safeguards', 'centralSeniorPosts', tier)));
      const without = report('safeguards-autonomy', `senior ${tier} posts held by central secondees in the last year, national japan-no-safeguards`, estimate(natAt('national-no-safeguards', 'centralSeniorPosts', tier)));
      expect(held.high, tier).toBeLessThan(without.low);
    }
    // The MIC counts are compared with japan over years 16–20 (claim seniority-patterns, careers.test.ts); these are year 10.
    for (const arm of ['national-safeguards', 'national-no-safeguards']) {
      report('safeguards-autonomy', `central secondees at department head or above in the last year, ${arm}`, estimate(zip([natAt(arm, 'centralSeniorPosts', 'combined:executive'), natAt(arm, 'centralSeniorPosts', 'local:executive')], (a, b) => a + b)));
    }
  });

  it('with safeguards, autonomy is higher than without, in Kumamoto and nationally', () => {
    for (const tier of LOCAL) {
      const kept = measured('safeguards-autonomy', `local autonomy at ${tier}, safeguards minus no safeguards (Kumamoto)`, notByConstruction(diff(at('safeguards', 'localAutonomy', tier), at('no-safeguards', 'localAutonomy', tier))));
      report('safeguards-autonomy', `local autonomy at ${tier}, safeguards minus no rotation (Kumamoto)`, estimate(gain('safeguards', 'localAutonomy', tier)));
      expect(above(kept), tier).toBe(true);
      const national = measured('safeguards-autonomy', `local autonomy at ${tier}, safeguards minus no safeguards (national japan)`, notByConstruction(diff(natAt('national-safeguards', 'localAutonomy', tier), natAt('national-no-safeguards', 'localAutonomy', tier))));
      report('safeguards-autonomy', `local autonomy at ${tier}, national japan`, estimate(natAt('national-safeguards', 'localAutonomy', tier)));
      report('safeguards-autonomy', `local autonomy at ${tier}, national japan-no-safeguards`, estimate(natAt('national-no-safeguards', 'localAutonomy', tier)));
      expect(above(national), tier).toBe(true);
    }
  });

  it('with safeguards, less than half the autonomy lost without them is lost, a measured share that is not 1 − hostAccountability', () => {
    const readBack = 1 - hostAccountability(scenario(WITH));
    for (const tier of LOCAL) {
      const share = measured(
        'safeguards-autonomy',
        `autonomy lost at ${tier} with safeguards, as a share of the loss without (Kumamoto)`,
        notByConstruction(estimate(zip([gain('safeguards', 'localAutonomy', tier), gain('no-safeguards', 'localAutonomy', tier)], (a, b) => a / b)), { 'one minus hostAccountability': readBack }),
      );
      expect(share.high, tier).toBeLessThan(0.5);
    }
  });

  it('ablation: with no central secondee in a senior local post, safeguards change neither autonomy nor anything else', () => {
    expect(r.total('ablation-safeguards', 'safeguardsApplied', INTO_LOCAL, [1, r.ticks]).every((n) => n === 0)).toBe(true);
    for (const tier of LOCAL) {
      const d = report('safeguards-autonomy', `ablation (secondment.maxGrade = 1, fastTrackUplift = 0): local autonomy at ${tier}, safeguards minus no safeguards`, diff(at('ablation-safeguards', 'localAutonomy', tier), at('ablation-no-safeguards', 'localAutonomy', tier)));
      expect(Math.abs(d.low), tier).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(d.high), tier).toBeLessThanOrEqual(1e-12);
      const c = diff(at('ablation-safeguards', 'capability', tier), at('ablation-no-safeguards', 'capability', tier));
      expect(Math.abs(c.low) + Math.abs(c.high), tier).toBeLessThanOrEqual(1e-12);
    }
  });
});

describe(claimTitle('safeguards-capability'), () => {
  it('with safeguards, rotation raises the capability of local government (prefecture and municipalities)', () => {
    for (const tier of LOCAL) report('safeguards-capability', `capability gain at ${tier}, with safeguards`, estimate(gain('safeguards', 'capability', tier)));
    const safe = measured('safeguards-capability', 'capability gain of local government (prefecture and municipalities), with safeguards', estimate(localGovernmentCapabilityGain('safeguards')));
    expect(above(notByConstruction(safe))).toBe(true);
  });

  it('with safeguards, most of the capability gain without them remains, a measured share', () => {
    const share = measured(
      'safeguards-capability',
      'capability gain of local government with safeguards, as a share of the gain without',
      notByConstruction(estimate(zip([localGovernmentCapabilityGain('safeguards'), localGovernmentCapabilityGain('no-safeguards')], (a, b) => a / b))),
    );
    expect(share.low).toBeGreaterThan(0.5);
  });
});
