import type { Problem } from '../../sim/scenario/problems.ts';
import type { TiedFactor } from '../../sim/runDesign/tiedFactors.ts';
import type { Factor } from '../experimentRunner/parseVary.ts';

/** A tied factor as --tie gave it: its path, and the argument as typed for messages. */
export type Tie = TiedFactor & { path: string; arg: string };

const NUMBER = '-?(?:\\d+\\.?\\d*|\\.\\d+)';
const NAME = '[A-Za-z0-9_.]+(?:@(?:always|\\d{4}-\\d{2}))?';
const EXPRESSION = new RegExp(`^(?:(${NUMBER})\\*)?(${NAME})(?:([+-])(\\d+\\.?\\d*|\\.\\d+))?$`);

/**
 * Parses `--tie path=other`, `path=times*other`, `path=other+plus`, `path=times*other-plus`: the
 * parameter `path` (which may end in @always or @YYYY-MM, as --vary's do) takes, at every design
 * point, times × the value of the varied factor `other` + plus. A tie must name a factor that is
 * varied, must not itself be varied, and must not be tied to another tie.
 */
export function parseTies(args: readonly string[], factors: readonly Pick<Factor, 'name'>[]): { ties: Tie[]; problems: Problem[] } {
  const ties: Tie[] = [];
  const problems: Problem[] = [];
  const bad = (arg: string, message: string) => problems.push({ file: '--tie', path: arg, message });
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : '';
    const m = EXPRESSION.exec(arg.slice(eq + 1));
    if (eq <= 0 || !new RegExp(`^${NAME}$`).test(name) || !m) {
      bad(arg, 'expected path=other, path=times*other or path=times*other+plus, where other is a --vary name (e.g. programme.instruments.secondment.minMonths=programme.instruments.secondment.maxMonths)');
      continue;
    }
    const [, times, tiedTo, sign, plus] = m;
    const at = name.lastIndexOf('@');
    const path = at < 0 ? name : name.slice(0, at);
    if (!factors.some((f) => f.name === tiedTo)) bad(arg, `${tiedTo} is not varied: tie a parameter to one of ${factors.map((f) => f.name).join(', ') || 'the --vary names'}`);
    else if (factors.some((f) => f.name === name || f.name.split('@')[0] === path)) bad(arg, `${path} is varied already: a parameter is either varied or tied`);
    else if (ties.some((t) => t.path === path)) bad(arg, `${path} is tied twice`);
    else ties.push({ name, path, tiedTo, times: times === undefined ? 1 : Number(times), plus: plus === undefined ? 0 : (sign === '-' ? -1 : 1) * Number(plus), arg });
  }
  return { ties, problems };
}

/** The --tie argument that gives a tie back, for an experiment file printed as a command and back. */
export function tieArg(t: Pick<TiedFactor, 'name' | 'tiedTo' | 'times' | 'plus'>): string {
  const times = t.times === 1 ? '' : `${t.times}*`;
  const plus = t.plus === 0 ? '' : t.plus > 0 ? `+${t.plus}` : `-${-t.plus}`;
  return `${t.name}=${times}${t.tiedTo}${plus}`;
}
