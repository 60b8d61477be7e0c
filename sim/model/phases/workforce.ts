import { TIERS } from '../../scenario/vocabulary.ts';
import type { World } from '../world.ts';
import { attritionIn, type AttritionRates, attritionRates } from './attrition.ts';
import { promotionsIn } from './careers.ts';
import { hiringIn } from './hiring.ts';

/**
 * Attrition, careers and hiring (docs/ODD.md §3, submodels §7.3–§7.5), in that order within each
 * organisation: leavers open vacancies, promotions fill some from the grade below (the vacancy
 * moving down), hiring fills the rest from outside. None of them crosses organisations, so each
 * organisation is done in one go while its officials are in cache.
 */
export function workforcePhase(w: World): void {
  const rates: AttritionRates[] = TIERS.map((_, t) => attritionRates(w, t));
  for (let o = 0; o < w.orgs.count; o++) {
    const size = w.orgs.slotStart[o + 1] - w.orgs.slotStart[o];
    if (w.reused.vacancies.length < size) w.reused.vacancies = new Int32Array(size);
    const vacancies = w.reused.vacancies;
    const count = attritionIn(w, o, rates[w.orgs.tier[o]], vacancies);
    promotionsIn(w, o, vacancies, count);
    hiringIn(w, o, vacancies, count);
  }
}
