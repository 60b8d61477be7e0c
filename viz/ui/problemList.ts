import { formatProblem, type Problem } from '../../sim/scenario/problems.ts';

/** Paths and messages can come from a hostile link: long ones are cut, so the list stays readable. */
const MAX_TEXT = 300;
const cut = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

/**
 * A list of problems, each as its JSON path and message, ending "and N more" when `total` is more
 * than the problems given (capProblems). Text only: nothing from a scenario is parsed as HTML.
 */
export function problemList(problems: readonly Problem[], total = problems.length): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = cut(p.path || '(top level)');
    li.append(code, ` ${cut(p.message)}`);
    li.title = cut(formatProblem(p));
    ul.append(li);
  }
  const more = total - problems.length;
  if (more > 0) {
    const li = document.createElement('li');
    li.className = 'more';
    li.textContent = `and ${more.toLocaleString('en-GB')} more, not listed.`;
    ul.append(li);
  }
  return ul;
}
