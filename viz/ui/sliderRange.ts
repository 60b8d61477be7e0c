import type { NumberSetting } from '../../sim/scenario/settings.ts';

/**
 * The span a slider covers. Schema ranges can be far wider than useful values (places per year
 * go to a million), so wide ranges shrink to a nice bound around the values in play; the number
 * box beside the slider still takes anything in the schema's range.
 */
export function sliderRange(s: NumberSetting, values: readonly number[]): { min: number; max: number; step: number } {
  const min = Number.isFinite(s.min) ? s.min : Math.min(0, ...values);
  const ref = Math.max(0, ...values.map(Math.abs), Math.abs(s.default ?? 0));
  let max = Number.isFinite(s.max) ? s.max : niceCeil(Math.max(ref * 4, 10));
  const wide = niceCeil(Math.max(ref * 4, min + (s.integer ? 10 : 1)));
  if (max - min > 20 * Math.max(ref, 1e-9) && wide < max) max = wide;
  // Whole-number parameters step by one wherever that leaves few enough positions to drag through.
  const step = s.integer ? (max - min <= 1000 ? 1 : niceCeil((max - min) / 200)) : niceCeil((max - min) / 200);
  return { min, max, step };
}

/** The smallest 1, 2 or 5 × 10^k at or above x. */
export function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}
