import { TIERS } from '../scenario/vocabulary.ts';
import type { World } from './world.ts';

/** Bridges and absorption are laid out organisation-major: index o * TIER_COUNT + tier. */
export const TIER_COUNT = TIERS.length;

/**
 * Absorptive capacity (Cohen & Levinthal 1990): an organisation takes in outside knowledge as far
 * as it has people at the interface who understand where that knowledge comes from. Here those
 * "bridges" are an organisation's own officials who have worked in another tier on a placement
 * and come back. A host makes full use of the officials placed with it from a tier when it has at
 * least one bridge to that tier per placed official; with none, it makes use of
 * `learning.absorptionWithoutBridge` of what they bring. Two-way flows build bridges at both ends
 * and one-way flows at neither host, so reciprocity can pay off without being assumed.
 *
 * Bridges are counted incrementally per (organisation, tier) as officials come back and leave, so
 * no phase walks every official to count them; the invariant check recounts them.
 */

/** Records that official i came back from a placement in `hostTier`; a first return there makes a bridge. */
export function recordTierWorked(w: World, i: number, hostTier: number): void {
  const bit = 1 << hostTier;
  if ((w.off.tiersWorked[i] & bit) !== 0) return;
  w.off.tiersWorked[i] |= bit;
  w.org.bridges[w.off.home[i] * TIER_COUNT + hostTier]++;
}

/** Official i of organisation o leaves the service, and with them whatever bridges they were. */
export function dropBridges(w: World, i: number, o: number): void {
  const worked = w.off.tiersWorked[i];
  if (worked === 0) return;
  for (let t = 0; t < TIER_COUNT; t++) if ((worked & (1 << t)) !== 0) w.org.bridges[o * TIER_COUNT + t]--;
  w.off.tiersWorked[i] = 0;
}

/**
 * Fills `out[o * tiers + t]` with how much of what officials placed at o from tier t bring that o
 * takes in this month: the share without a bridge, rising linearly to 1 at one bridge per placed
 * official from t (counted at least 1, so a lone secondee needs one bridge).
 */
export function absorptionAtHosts(w: World, out: Float64Array): void {
  const { pool, off, orgs, org } = w;
  const without = w.p.learning.absorptionWithoutBridge[w.tick];
  out.fill(0);
  // First the placed officials per (host, home tier), counted in `out` itself, then the share.
  for (let q = 0; q < pool.size; q++) out[pool.host[q] * TIER_COUNT + orgs.tier[off.home[pool.official[q]]]]++;
  for (let j = 0; j < out.length; j++) {
    const placed = Math.max(1, out[j]);
    out[j] = without + (1 - without) * Math.min(1, org.bridges[j] / placed);
  }
}
