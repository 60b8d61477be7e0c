import { MAX_JSON_DEPTH } from '../sim/scenario/limits.ts';

/**
 * Refuses JSON text whose shape no scenario has, before anything parses it: nesting past
 * MAX_JSON_DEPTH (recursive parsers and mergers overflow the stack on a file nested ten thousand
 * deep, "RangeError: Maximum call stack size exceeded", which left the playground at "loading"
 * for good; the parser checks this too, and the playground must not depend on it), or a list or
 * object with more than MAX_JSON_ITEMS entries (validating 190,000 empty regions took seconds and
 * reported a problem for each). One pass over the text, no recursion.
 */

/** Entries in one list or object: Japan's 1,741 municipalities, listed one by one, fit five times over. */
export const MAX_JSON_ITEMS = 10_000;

/** Why `text` is refused, or undefined when its shape is within the caps. Counts are approximate on text that is not JSON, which the parser then refuses. */
export function jsonShapeProblem(text: string, maxDepth = MAX_JSON_DEPTH, maxItems = MAX_JSON_ITEMS): string | undefined {
  const items = new Uint32Array(maxDepth + 1);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return `nests arrays and objects deeper than ${maxDepth} levels`;
      items[depth] = 1;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth > 0) depth--;
    } else if (c === 0x2c && depth > 0 && ++items[depth] > maxItems) {
      return `has a list or object with more than ${maxItems.toLocaleString('en-GB')} entries`;
    }
  }
  return undefined;
}
