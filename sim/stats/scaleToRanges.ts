import type { DesignPoint, FactorRange } from './types';

/**
 * Map points of the unit hypercube to named factor values, column j onto
 * ranges[j] linearly: lo + u·(hi − lo). Every design in this library is
 * built in [0, 1]^k and scaled here, so analysis (Morris effects, Sobol
 * indices) always works in the unit scale while the model sees real units.
 */
export function scaleToRanges(unitPoints: readonly (readonly number[])[], ranges: readonly FactorRange[]): DesignPoint[] {
  return unitPoints.map((u) => {
    if (u.length !== ranges.length) {
      throw new RangeError(`scaleToRanges: point has ${u.length} coordinates for ${ranges.length} ranges`);
    }
    const point: DesignPoint = {};
    ranges.forEach((range, j) => {
      point[range.name] = range.lo + u[j] * (range.hi - range.lo);
    });
    return point;
  });
}
