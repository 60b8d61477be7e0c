/**
 * At most this many problems of one scenario are kept for the page. A hostile link can produce
 * hundreds of thousands (one per item of a huge list), and drawing one list item each froze the
 * page for over a minute; the first twenty say what is wrong as well as all of them would, and the
 * page says how many more there are.
 */
export const MAX_PROBLEMS_SHOWN = 20;

/** "and 999,980 more", or "" when all `total` are among the `shown`. */
export function moreProblems(total: number, shown: number): string {
  return total > shown ? `and ${(total - shown).toLocaleString('en-GB')} more` : '';
}
