import { UNSAFE_RANGES } from '../sim/scenario/text.ts';

/** Implicit directional marks (ALM, LRM, RLM): harmless in a name, but they reorder a pasted command. */
const IMPLICIT_MARKS = '\\u061c\\u200e\\u200f';

/**
 * Characters that make text pasted into a terminal do something other than what it shows: C0 and
 * C1 controls (newline, carriage return, escape, NEL U+0085), the Unicode line and paragraph
 * separators U+2028/U+2029, and the bidirectional formatting characters that reorder how a line
 * is displayed (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069; the "Trojan Source" attack,
 * Boucher & Anderson 2021, CVE-2021-42574). The scenario schema refuses all of these in text but
 * the implicit marks, which right-to-left names may need; copied commands drop them too.
 */
export const UNPRINTABLE = new RegExp(`[${UNSAFE_RANGES}${IMPLICIT_MARKS}]`, 'g');

/** `text` with every unprintable character replaced by `replacement` (runs of them by one). */
export function printable(text: string, replacement = ''): string {
  return text.replace(new RegExp(`${UNPRINTABLE.source}+`, 'g'), replacement);
}

/** How many unprintable characters `text` holds. */
export function unprintableCount(text: string): number {
  return text.match(UNPRINTABLE)?.length ?? 0;
}
