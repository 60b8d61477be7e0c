import { pow } from '../../math/portable.ts';
import type { World } from '../world.ts';

/** The month's learning rates, shared by officials at home and on placement (docs/ODD.md §7.1). */
export interface LearningRates {
  learn: boolean;
  explore: number;
  fromCode: number;
  forget: number;
  boost: number;
  ramp: number;
  placedRamp: number;
  influence: Float64Array;
}

export function learningRates(w: World, learn: boolean): LearningRates {
  const L = w.p.learning;
  const t = w.tick;
  const ramp = L.rampMonths[t];
  return {
    learn,
    explore: learn ? L.explorationPerMonth[t] : 0,
    fromCode: learn ? L.fromCodePerMonth[t] : 0,
    forget: learn ? 1 - pow(0.5, 1 / L.forgettingHalfLifeMonths[t]) : 0,
    boost: L.placementLearningBoost[t],
    ramp,
    placedRamp: ramp * (1 - L.inductionRampCut[t] * w.p.programme.framework.induction[t]),
    influence: Float64Array.from({ length: 5 }, (_, g) => pow(L.seniorInfluence[t], g)),
  };
}
