/**
 * The least share of a bounded metric's range a y axis spans. An axis fitted to the data alone
 * drew local autonomy over 0.975 to 1.000, so a difference of 0.005 on a 0-1 index filled the
 * chart (issue 15); at a tenth of the range the same difference reads as the small thing it is.
 * A presentation choice, not a finding: unbounded metrics (counts, money) keep the data's span.
 */
export const MIN_SPAN_SHARE = 0.1;

/**
 * `domain` widened, when narrower than MIN_SPAN_SHARE of `range`'s width, about its middle and
 * kept inside `limits` (the metric's range, or for a B − A view the range a difference can take).
 */
export function withMinimumSpan(domain: readonly [number, number], range: readonly [number, number], limits: readonly [number, number] = range): [number, number] {
  const width = range[1] - range[0];
  const [lo, hi] = domain;
  if (!Number.isFinite(width) || width <= 0 || hi - lo >= MIN_SPAN_SHARE * width) return [lo, hi];
  const span = MIN_SPAN_SHARE * width;
  let a = (lo + hi) / 2 - span / 2;
  let b = a + span;
  if (a < limits[0]) [a, b] = [limits[0], limits[0] + span];
  if (b > limits[1]) [a, b] = [limits[1] - span, limits[1]];
  return [Math.max(a, limits[0]), Math.min(b, limits[1])];
}
