/**
 * Claim 2, commitment. 002: "The issue of commitment is key and needs to be matched by a will and
 * determination to make secondment work. Politicians and senior managers, in particular, must want
 * things to happen. Without this other difficulties may become insuperable."
 *
 * Design: the 1992 West Midlands case exactly as shipped (the study's own setting: voluntary,
 * London-centred, few good-practice elements), with the same places offered in every arm; only the
 * mean leadership commitment of every tier changes: 0.9, 0.6, 0.3, 0.1 (the shipped means are
 * 0.3 central, 0.35 local). Realised placements are secondments started over the ten years from the
 * programme's launch (no warm-up: the Secondment Initiative Programme was new in 1992), both
 * directions together, paired by replicate.
 *
 * "Sharply" is made testable as: every step down in commitment loses placements, and at low
 * commitment (0.1) fewer than half as many placements happen as at high commitment (0.9).
 *
 * STRUCTURAL (claims.ts): a proposal happens with probability Π_j (1 − f_j·(1 − 0.5·E)·(1 − c)),
 * c the two sides' mean commitment (docs/ODD.md §7.6), so the fall with commitment is that formula.
 * The test checks that it carries through to realised placements with the 1992 case's frictions,
 * willingness and lapses; how sharp the fall is rests on those frictions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { below, diff, estimate, measured, runArms, scenario, zip, type Results } from './helpers.ts';

const FILE = scenario('uk-1992-regional');
const LEVELS = [0.9, 0.6, 0.3, 0.1];
const FLOWS = ['secondment:centralToLocal', 'secondment:localToCentral'];
const label = (c: number) => `commitment-${c}`;

let r: Results;

beforeAll(async () => {
  r = await runArms(
    LEVELS.map((c) => ({ label: label(c), file: FILE, sets: ['warmUpYears=0', ...['central', 'combined', 'local'].map((t) => `tiers.${t}.commitment.mean=${c}`)] })),
    { reps: 12, years: 10 },
  );
}, 120_000);
afterAll(() => r?.dispose());

const started = (c: number) => r.total(label(c), 'placementsStarted', FLOWS, [1, r.ticks]);
const failedFriction = (c: number) => r.total(label(c), 'placementsFailedFriction', FLOWS, [1, r.ticks]);

describe(claimTitle('commitment'), () => {
  it('realised placements fall away sharply as commitment falls, with the same places offered', () => {
    for (const c of LEVELS) {
      const s = estimate(started(c));
      const f = estimate(failedFriction(c));
      console.log(`[commitment] mean commitment ${c}: ${s.mean.toFixed(1)} secondments started in ten years (95% CI ${s.low.toFixed(1)} to ${s.high.toFixed(1)}); ${f.mean.toFixed(1)} proposals foundered on practical obstacles`);
    }
    // Each step down in commitment loses placements.
    for (let i = 1; i < LEVELS.length; i++) {
      const e = measured('commitment', `placements started, commitment ${LEVELS[i]} minus ${LEVELS[i - 1]}`, diff(started(LEVELS[i]), started(LEVELS[i - 1])));
      expect(below(e), `${LEVELS[i]} vs ${LEVELS[i - 1]}`).toBe(true);
    }
    // At low commitment fewer than half the placements happen: the whole interval of the ratio is below one half.
    const ratio = measured('commitment', 'placements started at commitment 0.1 as a share of those at 0.9', estimate(zip([started(0.1), started(0.9)], (lo, hi) => lo / hi)));
    expect(ratio.high).toBeLessThan(0.5);
    // And what stops them is the practical difficulties commitment would have overcome.
    const friction = measured('commitment', 'proposals foundering on practical obstacles, commitment 0.1 minus 0.9', diff(failedFriction(0.1), failedFriction(0.9)));
    expect(friction.low).toBeGreaterThan(0);
  });
});
