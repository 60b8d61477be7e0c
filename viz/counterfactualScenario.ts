import type { Scenario } from '../sim/scenario/schema.ts';
import { INSTRUMENTS } from '../sim/scenario/vocabulary.ts';

/**
 * A resolved scenario with every mobility instrument switched off: what `withoutMobility`
 * (sim/runDesign/counterfactual.ts) does to a file before the CLI resolves it, done to the
 * resolved scenario the page already holds. Nothing else changes, so replicate k draws the same
 * random numbers as the scenario itself (docs/ODD.md §4.9) and the pair measures mobility's
 * contribution.
 */
export function counterfactualScenario(s: Scenario): Scenario {
  const copy = structuredClone(s);
  for (const name of INSTRUMENTS) copy.programme.instruments[name].enabled = false;
  return copy;
}
