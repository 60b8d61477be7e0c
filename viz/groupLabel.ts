import { DIRECTION_TIERS, DIRECTIONS, TIERS, type Direction } from '../sim/scenario/vocabulary.ts';

/**
 * A metric group as people read it: "secondment:centralToLocal" → "secondment, central → local",
 * "central~local" → "central ↔ local"; tiers, regions and "all" stay as they are.
 */
export function groupLabel(group: string): string {
  const colon = group.indexOf(':');
  if (colon > 0) {
    const direction = group.slice(colon + 1);
    if ((DIRECTIONS as readonly string[]).includes(direction)) {
      const [from, to] = DIRECTION_TIERS[direction as Direction];
      return `${group.slice(0, colon)}, ${TIERS[from]} → ${TIERS[to]}`;
    }
  }
  return group.replace('~', ' ↔ ');
}
