/**
 * A varied parameter that is not a dimension of the design but a function of its point:
 * `times` × the value of the factor it is tied to + `plus`. Tying programme.instruments.secondment
 * .minMonths to maxMonths (times 1, plus 0) makes "vary the length of secondments" one factor
 * rather than two that a design would combine into placements of mixed lengths.
 */
export interface TiedFactor {
  /** The name its value is filed under (its path, with @always or @YYYY-MM when given). */
  name: string;
  tiedTo: string;
  times: number;
  plus: number;
}

/**
 * Adds each tied factor's value to every point, rounded to the nearest whole number when the
 * parameter is one (`integers` holds the tied names the schema declares integer). The scenario's
 * own range checks then judge the result like any other edit, so a tie that leaves the range is
 * refused at planning, with the point named.
 */
export function withTiedFactors<P extends Record<string, number>>(points: readonly P[], ties: readonly TiedFactor[], integers: ReadonlySet<string>): P[] {
  if (ties.length === 0) return [...points];
  return points.map((p) => {
    const out: Record<string, number> = { ...p };
    for (const t of ties) {
      const from = p[t.tiedTo];
      if (from === undefined) throw new RangeError(`${t.name} is tied to ${t.tiedTo}, which the design does not vary`);
      // Rounded to 12 significant digits so 3 × 0.1 is written 0.3, as --vary's grids are.
      const value = Number((t.times * from + t.plus).toPrecision(12));
      out[t.name] = integers.has(t.name) ? Math.round(value) : value;
    }
    return out as P;
  });
}
