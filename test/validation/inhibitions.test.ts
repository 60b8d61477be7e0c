/**
 * The attitudes 002 names as inhibiting secondment: job insecurity, doubt about career value, and
 * the view of local government as a destination.
 *
 * 002: "Fears of job insecurity engendered by the recession and the growth in white collar/
 * professional unemployment create general nervousness about secondment"; "For many people, there
 * is a worry about the extent to which secondment will assist with career development"; "local
 * government is still not seen as being as good a place to go as other sectors and organisations".
 *
 * Design: the Greater Manchester case of today (uk-2026-regional, voluntary ad hoc secondments,
 * enough places a year for contrasts to show), ten years, paired by replicate, the same places
 * offered in every arm. Each contrast moves one attitude between two plausible levels: job
 * insecurity 0.6 (the 1992 case's recession level) against 0.1 in every tier; career value 0.3
 * (as shipped) against 0.7; local government's attractiveness as a destination 0.2 (the 1992 case)
 * against 0.7. Realised placements are secondments started over the ten years (into local
 * government, for the destination claim).
 *
 * job-insecurity and career-value are STRUCTURAL (claims.ts): an official asked volunteers with a
 * probability that falls with insecurity and rises with career value (docs/ODD.md §7.6), written
 * from these sentences; the tests check that it survives matching, friction and funding to change
 * how many placements happen.
 *
 * local-destination is a KNOWN FAILURE (it.fails): see the comment on the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { above, diff, estimate, measured, runArms, scenario, zip, type Results } from './helpers.ts';
import { DIRECTIONS, type Direction } from '../../sim/scenario/vocabulary.ts';

const FILE = scenario('uk-2026-regional');
const insecurity = (x: number) => ['central', 'combined', 'local'].map((t) => `tiers.${t}.jobInsecurity=${x}@always`);

let r: Results;

beforeAll(async () => {
  r = await runArms(
    [
      { label: 'insecure', file: FILE, sets: insecurity(0.6) },
      { label: 'secure', file: FILE, sets: insecurity(0.1) },
      { label: 'career-doubted', file: FILE, sets: ['context.careerValue=0.3@always'] },
      { label: 'career-valued', file: FILE, sets: ['context.careerValue=0.7@always'] },
      { label: 'local-unattractive', file: FILE, sets: ['tiers.local.attractiveness.mean=0.2@always'] },
      { label: 'local-attractive', file: FILE, sets: ['tiers.local.attractiveness.mean=0.7@always'] },
    ],
    { reps: 24, years: 10 },
  );
}, 240_000);
afterAll(() => r?.dispose());

const started = (arm: string, flows: readonly Direction[] = DIRECTIONS) => r.total(arm, 'placementsStarted', flows.map((d) => `secondment:${d}`), [1, r.ticks]);

describe(claimTitle('job-insecurity'), () => {
  it('fears of job insecurity mean fewer secondments, with the same places offered', () => {
    expect(above(measured('job-insecurity', 'secondments started in ten years, insecurity 0.1 minus 0.6', diff(started('secure'), started('insecure'))))).toBe(true);
  });
});

describe(claimTitle('career-value'), () => {
  it('doubt that secondment helps careers means fewer secondments, with the same places offered', () => {
    expect(above(measured('career-value', 'secondments started in ten years, career value 0.7 minus 0.3', diff(started('career-valued'), started('career-doubted'))))).toBe(true);
  });
});

describe(claimTitle('local-destination'), () => {
  // Known failure. Measured: secondments into local government (from central and the combined
  // authority) over ten years, local attractiveness 0.7 as a share of those at 0.2; 002 offers the
  // view of local government as a main reason few secondments go there, so the reading asks for a
  // substantive effect, the whole interval above 1.25. It comes out near 1.13 (95% CI 1.03 to 1.22, seed 1): voluntary places are
  // offered at a set volume (placesPerYear, calibrated to observed stocks), and a place goes unfilled
  // only when no official asked is willing, which is rare, so attractiveness shifts which host is
  // chosen but barely how many go (docs/ODD.md §7.6). What would fix it: demand-led voluntary
  // volumes, proposals arising from willing officials rather than from a set number of places.
  it.fails('a poor view of local government as a destination means markedly fewer secondments into it', () => {
    const into = ['centralToLocal', 'combinedToLocal'] as const;
    const ratio = measured('local-destination', 'secondments into local government, attractiveness 0.7 as a share of 0.2', estimate(zip([started('local-attractive', into), started('local-unattractive', into)], (a, b) => a / Math.max(1, b))));
    expect(ratio.low).toBeGreaterThan(1.25);
  });
});
