import type { World } from '../world.ts';
import { assessOrganisations } from './assessment.ts';
import { updateCodes } from './codeLearning.ts';
import { learnAtHome } from './learnAtHome.ts';
import { learningRates } from './learningRates.ts';
import { learnOnPlacement } from './learnOnPlacement.ts';

/**
 * Learning and forgetting, after March (1991) "Exploration and exploitation in organizational
 * learning": officials learn their workplace's shared code as far as the work uses it, and only
 * slowly explore beyond it toward what the work demands; they forget what the work no longer uses
 * (a half-life, Tatel & Ackerman 2025); the code learns from staff who know more than it, senior
 * staff counting for more, and relaxes toward what staff know (organisational forgetting, Argote
 * 2013). New posts ramp up to full productivity (IfG 2019); induction shortens a placement's.
 *
 * One pass over officials updates knowledge and accumulates what each organisation's assessment
 * needs, so nothing else walks every official to measure capability. Officials at home are visited
 * organisation by organisation (learnAtHome.ts, the hot loop); placed officials, a few thousand,
 * from the pool (learnOnPlacement.ts); then codes learn (codeLearning.ts) and organisations are
 * assessed (assessment.ts).
 */
export function learningPhase(w: World): void {
  const r = learningRates(w, true);
  learnAtHome(w, r);
  learnOnPlacement(w, r);
  updateCodes(w);
  assessOrganisations(w);
}

/** The start-of-run assessment: the same sums, no learning. */
export function initialAssessment(w: World): void {
  const r = learningRates(w, false);
  learnAtHome(w, r);
  learnOnPlacement(w, r);
  assessOrganisations(w);
}
