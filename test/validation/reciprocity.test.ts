/**
 * Claim 1, reciprocity. 000: "Prioritise reciprocity and system learning. Two-way movement improves
 * policy design and strengthens delivery by ensuring experience flows in both directions."
 *
 * Design: the devolution framework's Greater Manchester case (every framework element on, so
 * placements are well run in every arm), secondments only, between departments and councils. The
 * same 40 places a year are offered in every arm: two-way (20 down, 20 up), one-way down (40
 * central to local) and one-way up (40 local to central). Realised starts are printed so the reader
 * can check the volumes really are equal. Coordination and capability are read at both ends
 * (central, local) averaged over the last year of eight, paired by replicate.
 *
 * Two claims, classed in claims.ts:
 *
 * - reciprocity-coordination is STRUCTURAL. Placements build ties and coordination rises with them
 *   (docs/ODD.md §7.9), and the advantage of two-way over one-way flows is the 2√(A·B) term of
 *   ties.reciprocityWeight, which was added for this claim (§7.15): the test checks that the term
 *   carries through the dynamics, not that reciprocity pays.
 * - reciprocity-capability is EMERGENT. Nothing in the capability pathway favours two-way flows; it
 *   arises because hosts absorb what placed officials bring as far as they have their own returners
 *   from the officials' tier (absorptive capacity, §7.7), and a two-way flow builds those bridges at
 *   both ends, a one-way flow at neither host. Absorptive capacity was added when this claim did not
 *   show (§7.15), but it is a general mechanism (Cohen and Levinthal 1990) with no term for the
 *   balance of flows: the advantage comes from its interaction with who is placed where. It rests
 *   on learning.absorptionWithoutBridge: it holds at the assumed 0.5 and fades above about 0.7
 *   (§7.15); the ablation at 1 is kept as a test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { above, diff, estimate, lastYear, measured, notByConstruction, placesOnly, runArms, scenario, type Estimate, type Results } from './helpers.ts';

const FILE = scenario('uk-devolution-framework-regional');
const PLACES = 40;
const ENDS = ['central', 'local'] as const;
const only = (down: number, up: number) => [
  ...placesOnly('secondment', { centralToLocal: down, localToCentral: up }),
  'programme.instruments.attachment.enabled=false',
];
/** The same arms with absorptive capacity switched off: a host takes in everything, bridges or not. */
const NO_ABSORPTION = 'learning.absorptionWithoutBridge=1';

let r: Results;
/** Two-way minus each one-way flow, at each end, by metric (and for capability without absorptive
 * capacity): measured once the runs are in and printed whatever the tests conclude. */
const againstOneWay: Record<string, Estimate[]> = {};

beforeAll(async () => {
  r = await runArms(
    [
      { label: 'two-way', file: FILE, sets: only(PLACES / 2, PLACES / 2), counterfactual: true },
      { label: 'one-way-down', file: FILE, sets: only(PLACES, 0) },
      { label: 'one-way-up', file: FILE, sets: only(0, PLACES) },
      { label: 'two-way-no-absorption', file: FILE, sets: [...only(PLACES / 2, PLACES / 2), NO_ABSORPTION] },
      { label: 'one-way-down-no-absorption', file: FILE, sets: [...only(PLACES, 0), NO_ABSORPTION] },
      { label: 'one-way-up-no-absorption', file: FILE, sets: [...only(0, PLACES), NO_ABSORPTION] },
    ],
    { reps: 24, years: 8 },
  );
  for (const arm of ['two-way', 'one-way-down', 'one-way-up']) {
    const starts = estimate(r.total(arm, 'placementsStarted', ['secondment:centralToLocal', 'secondment:localToCentral'], [1, r.ticks]));
    console.log(`[reciprocity-capability] ${arm}: ${starts.mean.toFixed(1)} secondments started over ${r.ticks / 12} years (95% CI ${starts.low.toFixed(1)} to ${starts.high.toFixed(1)})`);
  }
  for (const metric of ['coordination', 'capability'])
    againstOneWay[metric] = ENDS.flatMap((end) =>
      ['one-way-down', 'one-way-up'].map((other) =>
        measured(`reciprocity-${metric}`, `${metric} at ${end}, two-way minus ${other}`, diff(at('two-way', metric, end), at(other, metric, end))),
      ),
    );
  againstOneWay.capabilityWithoutAbsorption = ENDS.flatMap((end) =>
    ['one-way-down', 'one-way-up'].map((other) =>
      measured('reciprocity-capability', `capability at ${end} without absorptive capacity (ablation), two-way minus ${other}`, diff(at('two-way-no-absorption', 'capability', end), at(`${other}-no-absorption`, 'capability', end))),
    ),
  );
}, 600_000); // 24 replicates × 6 arms: about a minute quiet, more than three under load
afterAll(() => r?.dispose());

const at = (arm: string, metric: string, end: string) => r.values(arm, metric, end, lastYear(r));

describe('validation harness (STRUCTURAL, no claim): paired differences', () => {
  it('the suite reads the same paired differences as the engine writes to compare.csv', () => {
    const [engine] = r.compare([{ baseline: 'two-way:counterfactual', scenario: 'two-way' }]);
    const e = engine.get(`${r.ticks},coordination,local`)!;
    const mine = diff(r.values('two-way', 'coordination', 'local'), r.values('two-way:counterfactual', 'coordination', 'local'));
    expect(mine.mean).toBeCloseTo(e.mean, 12);
    expect(mine.low).toBeCloseTo(e.low, 12);
    expect(mine.high).toBeCloseTo(e.high, 12);
  });

});

const againstNone = (metric: string, end: string) =>
  measured(`reciprocity-${metric}`, `${metric} at ${end}, two-way minus no mobility`, diff(at('two-way', metric, end), at('two-way:counterfactual', metric, end)));

// Structural: ties raise coordination by construction (docs/ODD.md §7.9), and the two-way advantage
// is the reciprocity term written for this claim (§7.15). The tests check the implementation.
describe(claimTitle('reciprocity-coordination'), () => {
  it('two-way movement raises coordination at both ends against no mobility', () => {
    for (const end of ENDS) expect(above(againstNone('coordination', end)), end).toBe(true);
  });

  it('at equal volume, two-way flows raise coordination at both ends more than either one-way flow', () => {
    expect(againstOneWay.coordination).toHaveLength(4);
    for (const e of againstOneWay.coordination) expect(above(e)).toBe(true);
  });
});

// Emergent: the capability pathway has no term for reciprocity; the advantage arises from
// absorptive capacity meeting the flows (docs/ODD.md §7.7), so each estimate must not be a
// parameter read back.
describe(claimTitle('reciprocity-capability'), () => {
  it('two-way movement raises capability at both ends against no mobility', () => {
    for (const end of ENDS) expect(above(notByConstruction(againstNone('capability', end))), end).toBe(true);
  });

  // againstOneWay.capability: central − one-way-down, central − one-way-up, local − one-way-down,
  // local − one-way-up.
  it('at equal volume, two-way flows raise capability at local more than either one-way flow, and at central more than a one-way flow down', () => {
    expect(againstOneWay.capability).toHaveLength(4);
    for (const i of [0, 2, 3]) expect(above(notByConstruction(againstOneWay.capability[i])), String(i)).toBe(true);
  });

  // The weakest of the four comparisons. After the spin-up (docs/ODD.md §5, item 4) alone it was
  // +0.00037 (95% CI −0.00017 to 0.00092, 10 replicates, seed 1): the centre starts with less of a
  // knowledge gap, so what local secondees bring it counts for less. Since the 15-year warm-up
  // (§5, item 7) lets ties and returners settle, hosts hold more bridges, and with 24 replicates it
  // is +0.00091 (0.00042 to 0.00140) on seed 1 and +0.00062 (0.00007 to 0.00117) on seed 2; on
  // seed 3 it keeps the sign, +0.00032 (−0.00034 to 0.00097), without excluding zero. So the claim
  // holds, but only just: a small effect next to the +0.0078 against one-way down. The ablation
  // below shows the mechanism moves it (−0.0061 without absorptive capacity).
  it('at equal volume, two-way flows raise central capability more than a one-way flow up of the same volume', () => {
    expect(above(notByConstruction(againstOneWay.capability[1]))).toBe(true);
  });

  // The ablation that shows where the capability finding comes from: without absorptive capacity
  // each placement's effects add up independently, so an end gains most as a pure receiver.
  it('without absorptive capacity (ablation), some end gains more capability from a one-way flow than from a two-way one', () => {
    expect(againstOneWay.capabilityWithoutAbsorption).toHaveLength(4);
    againstOneWay.capabilityWithoutAbsorption.forEach((e) => notByConstruction(e));
    expect(againstOneWay.capabilityWithoutAbsorption.some((e) => e.high < 0)).toBe(true);
  });
});
