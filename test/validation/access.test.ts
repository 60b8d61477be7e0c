/**
 * Access to placements: geography (002) and standardisation (000).
 *
 * 002 lists among the practical inhibitions "geography, the dominance of London-based opportunities
 * and the apparent difficulty in opening up possibilities in regional offices"; 000 asks to
 * "Standardise where it improves fairness and effectiveness. Set clear expectations on objectives,
 * duration, induction, handover, and evaluation to reduce inconsistency and widen access."
 *
 * Design: the Greater Manchester case of today (uk-2026-regional, voluntary ad hoc secondments; two
 * departments have London headquarters, three have Manchester offices) as shipped, against the same
 * case with no London pull (context.londonPull = 1, which the schema defines as no pull; 0 would
 * shut London organisations out of voluntary placements altogether, which is what the issue's
 * "+0.095" measured) and against the same case with the five standard expectations 000 names set
 * in full (objectives, defined work, induction, handover, evaluation). Ten years, paired by
 * replicate.
 *
 * The claim tested is the concentration: London organisations' share of placements started. Access
 * inequality is measured as `accessInequalityWithinTier` for the central tier: the Gini coefficient of
 * placements started per 1,000 staff among the departments. The pooled `accessInequality` mixes
 * tiers whose places per official differ by design (the scenario offers 12.8 a year to an authority
 * of 800 and 2.3 to boroughs of 13,700), so it mostly measures the scenario's split of places and
 * barely reads the London pull (printed for contrast). Within the central tier the only difference
 * between London headquarters and regional offices is where they are, which is what 002 names; it is printed, not asserted (see the test).
 *
 * london-access is STRUCTURAL (claims.ts): London organisations weigh londonPull times as much per
 * official as voluntary senders and hosts (docs/ODD.md §7.6), a weight written from 002's sentence;
 * the test checks that it carries through matching, friction and funding to who gets placements.
 *
 * standardisation-access has two readings. That more placements happen is STRUCTURAL: framework
 * elements lower friction (§7.6). That access opens beyond London is a KNOWN FAILURE (it.fails):
 * no element changes which organisations send or host, so London's share does not fall.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { above, below, diff, measured, report, runArms, scenario, type Results } from './helpers.ts';
import { DIRECTIONS } from '../../sim/scenario/vocabulary.ts';

const FILE = scenario('uk-2026-regional');
const STANDARD = ['objectives', 'definedWork', 'induction', 'handover', 'evaluation'].map((e) => `programme.framework.${e}=1@always`);

let r: Results;

beforeAll(async () => {
  r = await runArms(
    [
      { label: 'shipped', file: FILE },
      { label: 'no-london-pull', file: FILE, sets: ['context.londonPull=1@always'] },
      { label: 'standardised', file: FILE, sets: STANDARD },
    ],
    { reps: 24, years: 10 },
  );
}, 180_000);
afterAll(() => r?.dispose());

const centralGini = (arm: string) => r.values(arm, 'accessInequalityWithinTier', 'central', r.ticks);
const started = (arm: string) => r.total(arm, 'placementsStarted', DIRECTIONS.map((d) => `secondment:${d}`), [1, r.ticks]);

describe(claimTitle('london-access'), () => {
  it('the pull of London-based opportunities concentrates placements in London', () => {
    const share = measured('london-access', "London organisations' share of placements started, London pull as shipped minus none", diff(r.values('shipped', 'londonShare', 'all', r.ticks), r.values('no-london-pull', 'londonShare', 'all', r.ticks)));
    expect(above(share)).toBe(true);
    // Not asserted: whether the pull makes access among departments less equal is not established.
    // At londonPull 2.2 the Gini among departments rises on all of seeds 1–3 (+0.049, +0.046,
    // +0.067) but its interval excludes zero only on seed 3. The mechanism is not in doubt: pooled
    // over six replicates (seed 1, funding always renewed), London departments start 0.85 times
    // the regional departments' placements per 1,000 staff with no pull (geography friction: every
    // host is in the North West) and 1.97 times with the pull, 2.32 with no geography friction.
    // What blurs it is the measure: a Gini of five departments, the smallest (DCMS, 150 staff)
    // with about two placements in ten years, so per-replicate contrasts run from −0.20 to +0.14
    // (replicates 0–3 on seed 1: −0.073, −0.197, +0.020, +0.135, shipped minus no pull).
    // The Morris screen's "sign kept at 0 of 27 points" (seed 1, 2 replicates) was that noise, not an
    // assumption reversing it: replicates 0 and 1 draw the same numbers at every point, their
    // contrast was large and of the other sign, and every point inherited it; on seed 2 the same
    // screen (1 trajectory) keeps the sign at 9 of 9. The screen now reports each finding's
    // replicate noise and the points clear of it (docs/ODD.md §4.2). A rate ratio of London to
    // regional departments pooled over the tier would read 002's sentence with far less noise, but
    // needs a metric of starts by region within a tier, which the model does not yet have.
    measured('london-access', 'Gini of placements per 1,000 staff among departments, London pull as shipped minus none (not asserted: not established)', diff(centralGini('shipped'), centralGini('no-london-pull')));
    report('london-access', 'pooled Gini across all organisations (mixes tiers; for contrast), London pull as shipped minus none', diff(r.values('shipped', 'accessInequality', 'all', r.ticks), r.values('no-london-pull', 'accessInequality', 'all', r.ticks)));
  });
});

describe(claimTitle('standardisation-access'), () => {
  it('setting clear expectations (objectives, defined work, induction, handover, evaluation) widens access: more placements happen with the same places offered', () => {
    expect(above(measured('standardisation-access', 'secondments started in ten years, standardised minus as shipped', diff(started('standardised'), started('shipped'))))).toBe(true);
  });

  // Known failure. Measured: London organisations' share of placements started, standardised minus
  // as shipped; 000 reads standardisation as widening access, which in a London-centred practice
  // (002) means opening placements beyond London, so the share should fall. It does not move
  // (0.006, 95% CI −0.007 to 0.020 on seed 1; −0.003 on seed 3): framework elements lower friction and raise
  // matching quality (docs/ODD.md §7.6) for whoever is proposed, but none changes which
  // organisations send or host. The within-tier Gini is not used here: it falls a little with any
  // rise in volume (a Gini of small counts shrinks as counts grow), so it cannot tell wider access
  // from more placements (−0.009, −0.010, −0.037 on seeds 1–3). What would fix it: a mechanism by
  // which standard terms open placements to organisations that now rarely take part, e.g. a
  // standard offer reaching every organisation's officials rather than the London-weighted
  // voluntary choice of senders (§7.6).
  it.fails('standardisation opens placements beyond London', () => {
    expect(below(measured('standardisation-access', "London organisations' share of placements started, standardised minus as shipped", diff(r.values('standardised', 'londonShare', 'all', r.ticks), r.values('shipped', 'londonShare', 'all', r.ticks))))).toBe(true);
  });
});
