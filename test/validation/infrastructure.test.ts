/**
 * Secondments as delivery infrastructure, and measuring their contribution. 000: "staff secondments
 * add most value when treated as delivery infrastructure, not as ad hoc fixes or primarily as
 * individual development opportunities ... where outcomes depend on sustained coordination", and
 * "Measure contribution of secondments to outcomes, not just activity."
 *
 * Design: the devolution framework's Greater Manchester case as shipped (a strategy, the standard
 * framework elements in full, three-year settlements renewed with 0.9) against the same places run
 * ad hoc: today's framework values (uk-2026: strategy 0.1, objectives 0.5, defined work 0.4,
 * induction 0.3, logistics 0.4, monitoring 0.3, handover 0.2, knowledge capture 0.1, evaluation
 * 0.1) and annual settlements renewed with 0.52. Both against the same case with mobility off
 * (the counterfactual; framework and funding act only through placements, so it serves both).
 * Ten years, paired by replicate.
 *
 * infrastructure-coordination is STRUCTURAL (claims.ts): that the planned programme builds more
 * coordination in total follows from assumptions written for other claims (friction falls with the
 * framework, §7.6; lapses stop placements, §7.2). The per-placement reading of "add most value",
 * the coordination each placement leaves, is a known failure (see the test).
 *
 * contribution-not-activity is EMERGENT: the contribution to local outcomes (arm minus
 * counterfactual, common random numbers) per placement started differs between the two ways of
 * running the same places, so activity does not measure contribution (on seed 1 the planned
 * programme contributes 0.65 as much per placement, 95% CI 0.55 to 0.74; 0.63 and 0.56 on seeds 2
 * and 3: it starts many more and
 * coordination saturates). That the contribution is hard to tell from chance without a paired
 * counterfactual is a known failure: replicates differ too little (see the test).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { above, diff, estimate, measured, notByConstruction, report, runArms, scenario, zip, type Results, type Series } from './helpers.ts';
import { DIRECTIONS } from '../../sim/scenario/vocabulary.ts';

const FILE = scenario('uk-devolution-framework-regional');
const AD_HOC_FRAMEWORK = { strategy: 0.1, objectives: 0.5, definedWork: 0.4, induction: 0.3, logistics: 0.4, monitoring: 0.3, handover: 0.2, knowledgeCapture: 0.1, evaluation: 0.1 };
const AD_HOC = [
  ...Object.entries(AD_HOC_FRAMEWORK).map(([k, v]) => `programme.framework.${k}=${v}@always`),
  'funding.cycleMonths=12@always',
  'funding.renewalProbability=0.52@always',
];
const CF = 'infrastructure:counterfactual';
const INSTRUMENTS = ['secondment', 'attachment'];

let r: Results;

beforeAll(async () => {
  r = await runArms(
    [
      { label: 'infrastructure', file: FILE, counterfactual: true },
      { label: 'ad-hoc', file: FILE, sets: AD_HOC },
    ],
    { reps: 12, years: 10 },
  );
}, 900_000);
afterAll(() => r?.dispose());

const run = (): [number, number] => [1, r.ticks];
const started = (arm: string) => r.total(arm, 'placementsStarted', INSTRUMENTS.flatMap((i) => DIRECTIONS.map((d) => `${i}:${d}`)), run());
/** Gain over no mobility, averaged over the whole run (sustained, not a last-year peak). */
const gain = (arm: string, metric: string, tier: string): Series => zip([r.values(arm, metric, tier, run()), r.values(CF, metric, tier, run())], (a, b) => a - b);
const perPlacement = (arm: string, metric: string, tier: string) => zip([gain(arm, metric, tier), started(arm)], (g, n) => (1000 * g) / n);

describe(claimTitle('infrastructure-coordination'), () => {
  it('the same places run as planned infrastructure sustain more coordination than run ad hoc', () => {
    report('infrastructure-coordination', 'placements started in ten years, infrastructure minus ad hoc', diff(started('infrastructure'), started('ad-hoc')));
    for (const tier of ['combined', 'local']) {
      expect(above(measured('infrastructure-coordination', `coordination gain at ${tier} (mean over the run), infrastructure minus ad hoc`, diff(gain('infrastructure', 'coordination', tier), gain('ad-hoc', 'coordination', tier)))), tier).toBe(true);
    }
  });

  // Known failure. Measured: the coordination gain at the combined authority per 1,000 placements
  // started, infrastructure minus ad hoc; "add most value" read per placement. It is negative
  // (−0.253, 95% CI −0.341 to −0.166 on seed 1; −0.294 and −0.366 on seeds 2 and 3): the planned programme starts about 870 more
  // placements in ten years, and coordination on a link saturates (1 − 2^(−ties/h), docs/ODD.md
  // §7.9), so each of its placements adds less. The comparison confounds how placements are run
  // with how many happen. What would fix it: compare at equal activity, raising the ad hoc arm's
  // places until it starts as many placements as the planned one, so that only the way they are
  // run differs (not done yet: it needs a search for the matching volume).
  it.fails('the planned programme leaves more coordination per placement', () => {
    expect(above(measured('infrastructure-coordination', 'coordination gain at combined per 1,000 placements started, infrastructure minus ad hoc', diff(perPlacement('infrastructure', 'coordination', 'combined'), perPlacement('ad-hoc', 'coordination', 'combined'))))).toBe(true);
  });
});

describe(claimTitle('contribution-not-activity'), () => {
  it('activity does not measure contribution: per placement, the same places contribute differently to local outcomes depending on how they are run', () => {
    const ratio = measured('contribution-not-activity', 'contribution to local outcomes per placement, infrastructure over ad hoc', estimate(zip([perPlacement('infrastructure', 'outcomes', 'local'), perPlacement('ad-hoc', 'outcomes', 'local')], (a, b) => a / b)));
    notByConstruction(ratio);
    // Two-sided: activity would be a proxy only if the ratio were 1. (The direction first expected,
    // more per placement when planned, is the known failure of infrastructure-coordination.)
    expect(ratio.low > 1 || ratio.high < 1).toBe(true);
  });

  it('the contribution to local outcomes is found under paired random numbers', () => {
    expect(above(report('contribution-not-activity', 'contribution to local outcomes (mean over the run), infrastructure minus counterfactual, paired', estimate(gain('infrastructure', 'outcomes', 'local'))))).toBe(true);
  });

  // Known failure. Measured: the contribution to local outcomes (0.0112 on seed 1) over the
  // standard deviation of local outcomes between replicates of the counterfactual; the reading
  // that contribution is hard to tell from chance, so that activity gets counted instead, asks for
  // a ratio below 1. It is about 209 (301 and 752 on seeds 2 and 3): replicates of one region differ by chance alone and hardly
  // at all (the outcome bound by mandates and resourcing, §7.12, is the same in every replicate),
  // so in the model an unpaired comparison would find the contribution easily. The difficulty 000
  // points to lies in differences between places, which the model does not draw. What would fix
  // it: scenarios whose organisations differ in mandate clarity, resourcing and demand between
  // comparable places (drawn per replicate from stated ranges), so that an unpaired comparison
  // faces the spread an evaluator would.
  it.fails('the contribution is small against the spread of local outcomes between places alike but for chance', () => {
    const snr = gain('infrastructure', 'outcomes', 'local').reduce((a, b) => a + b, 0) / r.reps / standardDeviation(r.values(CF, 'outcomes', 'local', run()));
    console.log(`[contribution-not-activity] contribution over the between-replicate sd of local outcomes without mobility: ${snr.toFixed(1)}`);
    expect(snr).toBeLessThan(1);
  });
});

/** Sample standard deviation: the spread of an outcome between places alike but for chance. */
function standardDeviation(s: Series): number {
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / (s.length - 1));
}
