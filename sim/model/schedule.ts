import { contextPhase } from './phases/context.ts';
import { fundingPhase } from './phases/funding.ts';
import { learningPhase } from './phases/learning.ts';
import { outcomesPhase } from './phases/outcomes.ts';
import { placementPhase } from './phases/placement.ts';
import { tiesPhase } from './phases/ties.ts';
import { transferPhase } from './phases/transfer.ts';
import { workforcePhase } from './phases/workforce.ts';
import type { World } from './world.ts';

/**
 * The order of one month, written here and nowhere else (docs/ODD.md §3). The workforce
 * phase runs attrition, careers and hiring in that order within each organisation, so vacancies
 * chain down before outsiders fill them; placements end and start before learning so the month's
 * learning happens where people now work; transfer and ties draw on placements that just ended.
 */
export const PHASES: readonly { name: string; run: (w: World) => void }[] = [
  { name: 'context', run: contextPhase },
  { name: 'funding', run: fundingPhase },
  { name: 'workforce', run: workforcePhase },
  { name: 'placement', run: placementPhase },
  { name: 'learning', run: learningPhase },
  { name: 'transfer', run: transferPhase },
  { name: 'ties', run: tiesPhase },
  { name: 'outcomes', run: outcomesPhase },
];
