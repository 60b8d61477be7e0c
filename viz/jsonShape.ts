import { jsonShapeAt } from '../sim/scenario/jsonShape.ts';
import { MAX_JSON_DEPTH } from '../sim/scenario/limits.ts';

/**
 * Refuses JSON text whose shape no scenario has, before anything parses it: nesting past
 * MAX_JSON_DEPTH (recursive parsers and mergers overflow the stack on a file nested ten thousand
 * deep, "RangeError: Maximum call stack size exceeded", which left the playground at "loading"
 * for good; the parser checks this too, and the playground must not depend on it), or a list or
 * object with more than MAX_JSON_ITEMS entries (validating 190,000 empty regions took seconds and
 * reported a problem for each), with the scanner the parser uses.
 */

/** Entries in one list or object: Japan's 1,741 municipalities, listed one by one, fit five times over. */
export const MAX_JSON_ITEMS = 10_000;

/** Why `text` is refused, or undefined when its shape is within the caps. Counts are approximate on text that is not JSON, which the parser then refuses. */
export function jsonShapeProblem(text: string, maxDepth = MAX_JSON_DEPTH, maxItems = MAX_JSON_ITEMS): string | undefined {
  const found = jsonShapeAt(text, maxDepth, maxItems);
  if (!found) return undefined;
  return found.too === 'deep' ? `nests arrays and objects deeper than ${maxDepth} levels` : `has a list or object with more than ${maxItems.toLocaleString('en-GB')} entries`;
}
