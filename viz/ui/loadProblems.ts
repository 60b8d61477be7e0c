import type { Problem } from '../../sim/scenario/problems.ts';
import type { PreparedSide } from '../catalogue.ts';
import { printable } from '../printable.ts';
import type { LinkProblem, SideKey, SideState } from '../session.ts';
import { problemList } from './problemList.ts';

export function sourceName(side: SideState): string {
  return side.source.kind === 'file' ? side.source.name : side.source.id;
}

/** One box in the load-problems list: what was not opened, why, and what the page did instead. */
export interface LoadProblems {
  heading: string;
  problems: Problem[];
  total: number;
}

export function refusal(side: SideKey, state: SideState, p: PreparedSide, outcome: string, from = ''): LoadProblems {
  const n = p.fileProblemCount;
  return {
    heading: `“${printable(sourceName(state), ' ').slice(0, 80)}”${from} was not loaded as scenario ${side.toUpperCase()}: ${n.toLocaleString('en-GB')} problem${n === 1 ? '' : 's'}. ${outcome}`,
    problems: p.fileProblems,
    total: n,
  };
}

/** Fills the page's load-problems box with `items`, each a heading and its problems, and a Dismiss button. */
export function showLoadProblems(box: HTMLElement, items: LoadProblems[]): void {
  box.replaceChildren();
  for (const item of items) {
    const h = document.createElement('h3');
    h.textContent = item.heading;
    box.append(h, problemList(item.problems, item.total));
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => (box.hidden = true));
  box.append(close);
  box.hidden = false;
}

/** What of a link (or saved session) was not used, as a load-problems box. */
export function linkProblems(problems: LinkProblem[], where: string): LoadProblems {
  return {
    heading: `Part of the ${where} was not used, and the defaults were opened in its place:`,
    problems: problems.map((p) => ({ file: where, path: p.part, message: p.message })),
    total: problems.length,
  };
}

