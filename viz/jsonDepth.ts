/**
 * The deepest nesting of arrays and objects in JSON text, scanned without parsing (so without
 * recursion), stopping as soon as it passes `max`. Recursive parsers and mergers overflow the
 * stack on a file nested ten thousand deep ("RangeError: Maximum call stack size exceeded"), which
 * left the playground at "loading" for good; this lets it refuse such a file first.
 */
export function jsonNestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Nesting deep enough for any scenario (the shipped ones reach 7) and shallow enough for any parser. */
export const MAX_JSON_DEPTH = 64;
