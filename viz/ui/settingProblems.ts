import type { Problem } from '../../sim/scenario/problems.ts';
import { problemList } from './problemList.ts';

/**
 * The problems that belong to one setting: at its own JSON path or inside it (`$.x.value`,
 * `$.x[0]`), never at a sibling whose name merely begins the same (`$.fundingRate` is not
 * `$.funding`'s). One rule for every kind of row in the panel.
 */
export function problemsOf(path: string, problems: readonly Problem[]): Problem[] {
  const at = `$.${path}`;
  return problems.filter((p) => p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`));
}

/**
 * Shows a setting's problems in its row's problem box with the same list the page's load
 * problems use (problemList), and marks the control invalid; returns how many there are.
 */
export function showSettingProblems(box: HTMLElement, control: HTMLElement, path: string, problems: readonly Problem[]): number {
  const mine = problemsOf(path, problems);
  box.hidden = mine.length === 0;
  box.replaceChildren(...(mine.length > 0 ? [problemList(mine)] : []));
  control.setAttribute('aria-invalid', String(mine.length > 0));
  return mine.length;
}
