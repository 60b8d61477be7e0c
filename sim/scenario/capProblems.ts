import { formatProblem, type Problem } from './problems.ts';
import { printable } from './text.ts';

/**
 * How many problems a list shows. One bad edit or file can produce a problem per item of a long
 * list (an array of a million empty slots gave a million lines); the first few say what is wrong,
 * and printing or rendering the rest only freezes the terminal or the page.
 */
export const PROBLEMS_SHOWN = 20;

/** Most problems `capflow validate` prints for one file: past a few screens more lines hide the first, which often explains the rest. */
export const PROBLEMS_PRINTED_PER_FILE = 100;

/** The first `limit` problems, and how many were left out. */
export function capProblems(problems: readonly Problem[], limit = PROBLEMS_SHOWN): { shown: Problem[]; more: number } {
  const shown = problems.slice(0, Math.max(0, limit));
  return { shown, more: problems.length - shown.length };
}

/** The capped list as lines of text, the last saying how many more there are, e.g. for stderr. */
export function formatProblemList(problems: readonly Problem[], limit = PROBLEMS_SHOWN): string[] {
  const { shown, more } = capProblems(problems, limit);
  const lines = shown.map(formatProblem);
  if (more > 0) {
    const file = problems.every((p) => p.file === problems[0].file) ? ` in ${printable(problems[0].file)}` : '';
    lines.push(`… and ${thousands(more)} more ${more === 1 ? 'problem' : 'problems'}${file} (fix the ones above first)`);
  }
  return lines;
}

/** 100000 as "100,000", the same in every runtime (locale data differs between builds). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
