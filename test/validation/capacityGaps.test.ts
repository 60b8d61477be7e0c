/**
 * Capacity gaps. 000: "Capacity gaps persist when places inherit responsibilities without the
 * specialist skills to use devolved powers effectively."
 *
 * Design: today's Greater Manchester case (uk-2026-regional) as shipped against the same case in
 * which the boroughs inherit responsibilities in April 2027 (a year into the run): the knowledge
 * their work demands rises to 0.7 in policy design (from 0.4) and in national frameworks (from
 * 0.45), with the same workforce, the same entrants and the same secondment places. Ten years,
 * paired by replicate; the local capacity gap (one minus capability against demand) in the year
 * after the change and in the last year.
 *
 * That the gap opens when demand rises is STRUCTURAL (capability is measured against demand,
 * docs/ODD.md §7.7) and is not the claim. The claim is that it persists: the test asks whether
 * learning closes it within nine years. Officials learn their organisation's code as far as the work
 * uses it and explore toward demand, codes learn from their better staff, and entrants arrive with
 * the tier's profile (§7.5, §7.7); none of these was written for this sentence, so how much of the
 * gap is still there nine years on is EMERGENT, and is guarded by notByConstruction. The gap is
 * still open (0.057 of 0.144 on seed 1), but learning closes most of it: "mostly persists" is a
 * known failure (see the test).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { above, diff, estimate, measured, notByConstruction, report, runArms, scenario, zip, type Results } from './helpers.ts';

const FILE = scenario('uk-2026-regional');
const DEVOLVED = ['tiers.local.demand.policyDesign=0.7@2027-04', 'tiers.local.demand.nationalFrameworks=0.7@2027-04'];

let r: Results;

beforeAll(async () => {
  r = await runArms(
    [
      { label: 'shipped', file: FILE },
      { label: 'devolved', file: FILE, sets: DEVOLVED },
    ],
    { reps: 12, years: 10 },
  );
}, 900_000);
afterAll(() => r?.dispose());

const gap = (arm: string, ticks: [number, number]) => r.values(arm, 'capacityGap', 'local', ticks);
const excess = (ticks: [number, number]) => zip([gap('devolved', ticks), gap('shipped', ticks)], (a, b) => a - b);

const first = (): [number, number] => [13, 24];
const last = (): [number, number] => [r.ticks - 11, r.ticks];

describe(claimTitle('capacity-gaps'), () => {
  it('a gap opened by inherited responsibilities is still open nine years later', () => {
    report('capacity-gaps', 'local capacity gap in the year after the change, devolved minus shipped', diff(gap('devolved', first()), gap('shipped', first())));
    expect(above(measured('capacity-gaps', 'local capacity gap in the last year, devolved minus shipped', diff(gap('devolved', last()), gap('shipped', last()))))).toBe(true);
  });

  // Known failure. Measured: the excess local capacity gap in the last year as a share of the
  // excess in the year after the change; "persist" read as most of the gap still open, a share
  // above one half. It is 0.395 (95% CI 0.393 to 0.397, seed 1): officials explore toward demand
  // and codes learn from the better of them (docs/ODD.md §7.7), which closes about 60% of the gap
  // in nine years with no help from secondments. What would fix it, if the sentence is right: a
  // specialist skill that cannot be learned on the job at the exploration rate, e.g. a domain
  // learned only from colleagues or secondees who hold it (code learning, not exploration), or a
  // slower explorationPerMonth for the domains devolution adds; both need evidence on how fast
  // councils acquire such skills.
  it.fails('most of the gap is still there nine years later', () => {
    const kept = measured('capacity-gaps', "share of the first year's excess gap still there in the last year", estimate(zip([excess(last()), excess(first())], (l, f) => l / f)));
    notByConstruction(kept);
    expect(kept.low).toBeGreaterThan(0.5);
  });
});
