/**
 * Claim 7, short attachments. 002: "While longer-term secondments are important, the objective of
 * developing better understanding, awareness and contact between local and central government could
 * also be achieved through a parallel programme of short-term attachments." and "Modest
 * expenditure should reap considerable benefits"; against that, "the most productive secondment may
 * be for between 12-24 months in order to do a 'proper job'".
 *
 * Testable form: attachments build more cross-tier ties per pound than secondments, but move less
 * knowledge per person.
 *
 * Design: the devolution framework's Greater Manchester case, which ships both instruments in every
 * direction, run with one instrument at a time (each at its shipped volumes, with the same framework
 * and the same small dedicated team), and once with mobility off. Ties are read through what they
 * do, coordination (the model has no ties metric: coordination on a link rises monotonically with the
 * tie strength spanning it): the gain over no mobility in the last of ten years, per £1m of
 * everything the programme cost over the ten years (cumulativeCost: placements and the team).
 * Knowledge per person is knowledge transferred over the run (all tiers) per placement started.
 *
 * Both claims are STRUCTURAL (claims.ts). Ties per pound follows from the assumed tie an attachment
 * builds at once (attachmentStrength) against a secondment's monthly one, and from what each costs
 * (docs/ODD.md §7.9, §7.10): the test checks that the order survives the saturation of coordination
 * and the real volumes, not that it emerges. Knowledge per person rests on the handover scaling
 * with how far into the job the official got (§7.8), a factor added for this claim (§7.15).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { above, estimate, lastYear, measured, report, runArms, scenario, zip, type Estimate, type Results } from './helpers.ts';

const FILE = scenario('uk-devolution-framework-regional');
const TIERS = ['central', 'combined', 'local'] as const;
const DIRECTIONS = ['centralToCombined', 'combinedToCentral', 'centralToLocal', 'localToCentral', 'combinedToLocal', 'localToCombined'];

let r: Results;
/** Knowledge per person, secondments minus attachments: measured in beforeAll so a reading error fails the suite. */
let perPerson: Estimate;

beforeAll(async () => {
  r = await runArms(
    [
      // The counterfactual switches every instrument off, so it is the no-mobility baseline of both arms.
      { label: 'secondments', file: FILE, sets: ['programme.instruments.attachment.enabled=false'], counterfactual: true },
      { label: 'attachments', file: FILE, sets: ['programme.instruments.secondment.enabled=false'] },
    ],
    { reps: 10, years: 10 },
  );
  perPerson = measured('attachments-knowledge-per-person', 'knowledge transferred per placement started, secondments minus attachments', estimate(zip([knowledgePerPerson('secondments', 'secondment'), knowledgePerPerson('attachments', 'attachment')], (s, a) => s - a)));
  // For contrast: what placed officials put into organisations' codes and is still held at the end, per placement.
  const retained = (arm: string, instrument: string) =>
    zip([...TIERS.map((t) => r.values(arm, 'knowledgeRetained', t, r.ticks)), started(arm, instrument)], (a, b, c, n) => (a + b + c) / n);
  report('attachments-knowledge-per-person', 'knowledge retained in codes at the end per placement started, secondments minus attachments', estimate(zip([retained('secondments', 'secondment'), retained('attachments', 'attachment')], (s, a) => s - a)));
}, 120_000);
afterAll(() => r?.dispose());

const cost = (arm: string) => r.values(arm, 'cumulativeCost', 'all', r.ticks);
const coordinationGain = (arm: string, tier: string) =>
  zip([r.values(arm, 'coordination', tier, lastYear(r)), r.values('secondments:counterfactual', 'coordination', tier, lastYear(r))], (a, b) => a - b);
const perPound = (arm: string, tier: string) => zip([coordinationGain(arm, tier), cost(arm)], (g, c) => g / (c / 1e6));
const started = (arm: string, instrument: string) => r.total(arm, 'placementsStarted', DIRECTIONS.map((d) => `${instrument}:${d}`), [1, r.ticks]);
const knowledgePerPerson = (arm: string, instrument: string) =>
  zip([r.total(arm, 'knowledgeTransferred', TIERS, [1, r.ticks]), started(arm, instrument)], (k, n) => k / n);

describe(claimTitle('attachments-ties-per-pound'), () => {
  it('attachments build more cross-tier ties (coordination) per pound than secondments', () => {
    for (const [arm, instrument] of [['secondments', 'secondment'], ['attachments', 'attachment']]) {
      const n = estimate(started(arm, instrument));
      const c = estimate(cost(arm));
      console.log(`[attachments-ties-per-pound] ${arm}: ${n.mean.toFixed(0)} started in ten years, programme cost £${(c.mean / 1e6).toFixed(2)}m (95% CI ${(c.low / 1e6).toFixed(2)} to ${(c.high / 1e6).toFixed(2)})`);
    }
    for (const tier of TIERS) {
      report('attachments-ties-per-pound', `coordination gain at ${tier}, secondments`, estimate(coordinationGain('secondments', tier)));
      report('attachments-ties-per-pound', `coordination gain at ${tier}, attachments`, estimate(coordinationGain('attachments', tier)));
      const e = measured('attachments-ties-per-pound', `coordination gain per £1m at ${tier}, attachments minus secondments`, estimate(zip([perPound('attachments', tier), perPound('secondments', tier)], (a, s) => a - s)));
      expect(above(e), tier).toBe(true);
    }
  });
});

// The handover at the host scales with how far into the job the official got (docs/ODD.md §7.8):
// a three-week attachee leaves little behind, a secondee of 12–24 months a whole post.
describe(claimTitle('attachments-knowledge-per-person'), () => {
  it('attachments move less knowledge per person than secondments', () => {
    expect(above(perPerson)).toBe(true);
  });
});
