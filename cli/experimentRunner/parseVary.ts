import type { Problem } from '../../sim/scenario/problems.ts';

/** A varied parameter: a JSON path and either a list of values or a range. */
export type Factor = { path: string; values: number[] } | { path: string; lo: number; hi: number };

/**
 * Parses `--vary` arguments: `path=lo:hi:step` (a grid, both ends included), `path=lo:hi` (a
 * range, for Latin hypercubes and sensitivity analysis) or `path=a,b,c` (listed values).
 */
export function parseVary(args: readonly string[]): { factors: Factor[]; problems: Problem[] } {
  const factors: Factor[] = [];
  const problems: Problem[] = [];
  const bad = (arg: string, message: string) => problems.push({ file: '--vary', path: arg, message });
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) {
      bad(arg, 'expected path=lo:hi:step, path=lo:hi or path=a,b,c');
      continue;
    }
    const path = arg.slice(0, eq);
    const spec = arg.slice(eq + 1);
    if (factors.some((f) => f.path === path)) bad(arg, `${path} is varied twice`);
    const numbers = spec.split(/[:,]/).map(Number);
    if (spec === '' || numbers.some((x) => !Number.isFinite(x))) {
      bad(arg, 'values must be numbers');
      continue;
    }
    if (spec.includes(',')) factors.push({ path, values: numbers });
    else if (numbers.length === 2) {
      if (numbers[0] >= numbers[1]) bad(arg, 'lo must be below hi');
      else factors.push({ path, lo: numbers[0], hi: numbers[1] });
    } else if (numbers.length === 3) {
      const [lo, hi, step] = numbers;
      if (step <= 0 || lo > hi) {
        bad(arg, 'expected lo <= hi and a positive step');
        continue;
      }
      const count = Math.floor((hi - lo) / step + 1e-9) + 1;
      // Values computed from the index, not by repeated addition, so 0.1 steps stay exact-looking.
      factors.push({ path, values: Array.from({ length: count }, (_, i) => Number((lo + i * step).toPrecision(12))) });
    } else if (numbers.length === 1) factors.push({ path, values: numbers });
    else bad(arg, 'expected path=lo:hi:step, path=lo:hi or path=a,b,c');
  }
  return { factors, problems };
}
