import { YearMonth } from '../../sim/scenario/param.ts';
import type { Problem } from '../../sim/scenario/problems.ts';

/**
 * A varied parameter: its JSON path, which of its dated changes the varied value takes the place
 * of (`when`), and either a list of values or a range. `name` (the path, with `@when` when given)
 * keys the value in each point and heads its column in the CSV files; `arg` is the `--vary` as
 * typed, which a refused point is reported against.
 */
export type Factor = { path: string; when?: string; name: string; arg: string } & ({ values: number[] } | { lo: number; hi: number });

/**
 * Parses `--vary` arguments: `path=lo:hi:step` (a grid, both ends included), `path=lo:hi` (a
 * range, for Latin hypercubes and sensitivity analysis) or `path=a,b,c` (listed values). The
 * path may end in `@always` (each value holds for the whole run and the parameter's dated changes
 * are dropped) or `@YYYY-MM` (each value is the change from that month); without either, the
 * dated changes are kept and the value varied is the one before them, as `--set path=value` does.
 */
export function parseVary(args: readonly string[]): { factors: Factor[]; problems: Problem[] } {
  const factors: Factor[] = [];
  const problems: Problem[] = [];
  const bad = (arg: string, message: string) => problems.push({ file: '--vary', path: arg, message });
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) {
      bad(arg, 'expected path=lo:hi:step, path=lo:hi or path=a,b,c (the path may end in @always or @YYYY-MM)');
      continue;
    }
    const name = arg.slice(0, eq);
    const at = name.lastIndexOf('@');
    const path = at < 0 ? name : name.slice(0, at);
    const when = at < 0 ? undefined : name.slice(at + 1);
    if (when !== undefined && when !== 'always' && !YearMonth.safeParse(when).success) {
      bad(arg, `expected path@always or path@YYYY-MM before the "=", got "@${when}"`);
      continue;
    }
    const spec = arg.slice(eq + 1);
    if (factors.some((f) => f.path === path)) bad(arg, `${path} is varied twice`);
    const numbers = spec.split(/[:,]/).map(Number);
    if (spec === '' || numbers.some((x) => !Number.isFinite(x))) {
      bad(arg, 'values must be numbers');
      continue;
    }
    const factor = { path, ...(when === undefined ? {} : { when }), name, arg };
    if (spec.includes(',')) factors.push({ ...factor, values: numbers });
    else if (numbers.length === 2) {
      if (numbers[0] >= numbers[1]) bad(arg, 'lo must be below hi');
      else factors.push({ ...factor, lo: numbers[0], hi: numbers[1] });
    } else if (numbers.length === 3) {
      const [lo, hi, step] = numbers;
      if (step <= 0 || lo > hi) {
        bad(arg, 'expected lo <= hi and a positive step');
        continue;
      }
      const count = Math.floor((hi - lo) / step + 1e-9) + 1;
      // Values computed from the index, not by repeated addition, so 0.1 steps stay exact-looking.
      factors.push({ ...factor, values: Array.from({ length: count }, (_, i) => Number((lo + i * step).toPrecision(12))) });
    } else if (numbers.length === 1) factors.push({ ...factor, values: numbers });
    else bad(arg, 'expected path=lo:hi:step, path=lo:hi or path=a,b,c');
  }
  return { factors, problems };
}

/**
 * The `--set`-style edit that gives a point's value to a varied parameter: `path=v` for a factor
 * named `path`, `path=v@always` or `path=v@YYYY-MM` for one named `path@always` or `path@YYYY-MM`
 * (sim/scenario/setPath.ts applies it, and records in the parameter's provenance what it did).
 */
export function varyEdit(name: string, value: number): string {
  const at = name.lastIndexOf('@');
  return at < 0 ? `${name}=${value}` : `${name.slice(0, at)}=${value}${name.slice(at)}`;
}
