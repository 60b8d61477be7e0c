import type { DesignPoint } from './types';

export interface DiscreteFactor {
  name: string;
  values: number[];
}

/**
 * Every combination of the factor levels. Order is "odometer" order: the
 * first factor varies slowest and the last fastest, each following its
 * `values` order — exactly the nesting of for-loops written in declaration
 * order, so row i can be decoded without the table. With no factors the
 * design is one empty point; a factor with no values gives no points.
 * Duplicate names would silently overwrite each other, so they throw.
 */
export function fullFactorial(factors: readonly DiscreteFactor[]): DesignPoint[] {
  const names = new Set<string>();
  for (const f of factors) {
    if (names.has(f.name)) throw new RangeError(`fullFactorial: duplicate factor "${f.name}"`);
    names.add(f.name);
  }
  let points: DesignPoint[] = [{}];
  for (const factor of factors) {
    const next: DesignPoint[] = [];
    for (const point of points) {
      for (const value of factor.values) next.push({ ...point, [factor.name]: value });
    }
    points = next;
  }
  return points;
}
