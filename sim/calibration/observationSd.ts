import { normalQuantile } from '../stats/normalQuantile.ts';
import type { CalibrationTarget } from './targetsSchema.ts';

/**
 * The standard deviation of a target's observation error. An interval with coverage c is read as
 * a normal error centred on its midpoint: half its width over Φ⁻¹((1 + c) / 2), so a 95% interval
 * is ±1.96 sd.
 */
export function observationSd(target: CalibrationTarget): number {
  const u = target.uncertainty;
  if ('sd' in u) return u.sd;
  return (u.high - u.low) / 2 / normalQuantile((1 + u.coverage) / 2);
}
