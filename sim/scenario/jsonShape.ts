/**
 * Where JSON text has a shape no scenario has, found before anything parses it: the offset of the
 * first `[` or `{` that opens a level deeper than `maxDepth`, or of the `,` that gives one list or
 * object more than `maxItems` entries. A loop over the characters, not a parse, so that text nested
 * thousands deep is refused before any recursive parser, merger or tree walk can overflow the stack
 * ("RangeError: Maximum call stack size exceeded"), and a list of a million empty entries before
 * validation reports a problem for each. Brackets and commas inside strings and comments do not
 * count; counts are approximate on text that is not JSON, which the parser then refuses.
 */
export function jsonShapeAt(text: string, maxDepth: number, maxItems = Infinity): { at: number; too: 'deep' | 'many' } | undefined {
  const items = new Float64Array(maxDepth + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return { at: i, too: 'deep' };
      items[depth] = 1;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (c === 0x2c /* , */ && depth > 0 && ++items[depth] > maxItems) {
      return { at: i, too: 'many' };
    }
  }
  return undefined;
}
