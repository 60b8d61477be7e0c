import { findEditTarget } from '../scenario/editTarget.ts';

/** A varied parameter as a design sees it: the name its values are filed under, the path it edits and its range. */
export interface DesignFactor {
  name: string;
  path: string;
  lo: number;
  hi: number;
}

/**
 * The factors whose parameter the scenario's schema declares a whole number (a `z.int()` such as
 * funding.cycleMonths). A continuous design (Latin hypercube, Sobol, Morris) draws reals in their
 * range, which the schema would refuse as "expected int, received number" and blame on the scenario
 * file; the design rounds these instead (roundIntegerFactors).
 */
export function integerFactorNames(input: Record<string, unknown>, factors: readonly Pick<DesignFactor, 'name' | 'path'>[]): Set<string> {
  const names = new Set<string>();
  for (const f of factors) {
    const found = findEditTarget(input, f.path.split('.'));
    if ('target' in found && found.target.parameter?.integer) names.add(f.name);
  }
  return names;
}

/**
 * Rounds each integer factor of each point to the nearest whole number inside its range
 * ([ceil(lo), floor(hi)]), leaving the others as drawn. The model then sees a step function of the
 * design's continuous coordinate: a Latin hypercube keeps one draw per stratum, and Morris and
 * Sobol estimators, which read only the outputs at the design's rows, stay valid for that function
 * (docs/ODD.md §4.11, experiment designs). A range holding no whole number is refused rather than silently moved.
 */
export function roundIntegerFactors<P extends Record<string, number>>(points: readonly P[], factors: readonly DesignFactor[], integers: ReadonlySet<string>): P[] {
  const bounds = factors.filter((f) => integers.has(f.name)).map((f) => ({ name: f.name, lo: Math.ceil(f.lo), hi: Math.floor(f.hi) }));
  for (const b of bounds) if (b.lo > b.hi) throw new RangeError(`${b.name} takes whole numbers, and its range holds none`);
  if (bounds.length === 0) return [...points];
  return points.map((p) => {
    const rounded: Record<string, number> = { ...p };
    for (const b of bounds) rounded[b.name] = Math.min(b.hi, Math.max(b.lo, Math.round(p[b.name])));
    return rounded as P;
  });
}
