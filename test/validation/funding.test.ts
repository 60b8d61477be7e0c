/**
 * Claim 4, funding cycles. 000: "Learning is slowed by short funding cycles, fragmented programmes
 * and weak feedback loops."
 *
 * Design: the devolution framework's Greater Manchester case as shipped, whose funding is the
 * briefing's recommendation (three-year settlements, renewed with probability 0.9), against the
 * same programme on today's pattern of grants: annual cycles renewed with probability 0.52 (LGA/IfG:
 * 48% of 2022/23 grants ended at year end). Knowledge retained is `knowledgeRetained` (what placed
 * officials put into organisations' codes and is still held), averaged over the whole ten-year run,
 * for each tier, paired by replicate (the funding draws are common random numbers too).
 *
 * A second test separates the two: cycles of 12 rather than 36 months with the same chance of
 * renewal at each settlement (0.9).
 *
 * Both claims are STRUCTURAL (claims.ts). The first rests on what a lapse does, written from this
 * sentence: it stops new placements, ends some live ones and resets the programme's know-how
 * (docs/ODD.md §7.2). The second rests on funding.commitBeyondSettlement (§7.2), added so that the
 * cycle length itself carries a cost (§7.15): a placement that would outlast the settlement goes
 * ahead only if both sides commit beyond it. The tests check that these carry through to the
 * knowledge codes retain, past turnover and forgetting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { below, diff, measured, report, runArms, scenario, type Estimate, type Results } from './helpers.ts';

const FILE = scenario('uk-devolution-framework-regional');
const TIERS = ['central', 'combined', 'local'] as const;
// `@always`: each arm holds its funding for the whole run, whatever dated changes the scenario has.
const funding = (months: number, renewal: number) => [`funding.cycleMonths=${months}@always`, `funding.renewalProbability=${renewal}@always`];

let r: Results;
/** Annual minus three-year cycles, both renewed with 0.9, per tier: measured in beforeAll so a reading error fails the suite. */
let lengthAlone: Estimate[] = [];

beforeAll(async () => {
  r = await runArms(
    [
      { label: 'three-year-likely', file: FILE, sets: funding(36, 0.9) },
      { label: 'annual-uncertain', file: FILE, sets: funding(12, 0.52) },
      { label: 'annual-likely', file: FILE, sets: funding(12, 0.9) },
    ],
    { reps: 16, years: 10 },
  );
  report('funding-cycle-length', 'programme know-how (mean over the run), annual minus three-year, both renewed with 0.9', diff(r.values('annual-likely', 'programmeExperience', 'all', [1, r.ticks]), r.values('three-year-likely', 'programmeExperience', 'all', [1, r.ticks])));
  lengthAlone = TIERS.map((tier) =>
    measured('funding-cycle-length', `knowledge retained at ${tier} (mean over the run), annual minus three-year, both renewed with 0.9`, diff(retained('annual-likely', tier), retained('three-year-likely', tier))),
  );
}, 120_000);
afterAll(() => r?.dispose());

const retained = (arm: string, tier: string) => r.values(arm, 'knowledgeRetained', tier, [1, r.ticks]);

describe(claimTitle('funding-lapses'), () => {
  it('shorter, less certain funding cycles leave less knowledge retained at every tier', () => {
    report('funding-lapses', 'share of months funded, annual uncertain minus three-year likely', diff(r.values('annual-uncertain', 'programmeFunded', 'all', [1, r.ticks]), r.values('three-year-likely', 'programmeFunded', 'all', [1, r.ticks])));
    for (const tier of TIERS) {
      const e = measured('funding-lapses', `knowledge retained at ${tier} (mean over the run), annual uncertain minus three-year likely`, diff(retained('annual-uncertain', tier), retained('three-year-likely', tier)));
      expect(below(e), tier).toBe(true);
    }
  });
});

// With the same chance of renewal at each settlement the expected share of time funded is the same
// whatever the cycle length; what makes short cycles cost is that a 12–24 month secondment must be
// committed beyond a settlement that ends sooner (funding.commitBeyondSettlement, docs/ODD.md §7.2).
describe(claimTitle('funding-cycle-length'), () => {
  it('shorter cycles alone, at the same chance of renewal per settlement, leave less knowledge retained', () => {
    expect(lengthAlone).toHaveLength(3);
    for (const e of lengthAlone) expect(below(e)).toBe(true);
  });
});
