import { observationSd } from './observationSd.ts';
import type { CalibrationTarget } from './targetsSchema.ts';

/**
 * The scale a target's error is measured in: observation and model discrepancy together,
 * sqrt(sd_obs² + sd_disc²), the denominator of Vernon et al.'s (2010) implausibility without the
 * emulator's variance, which direct simulation does not have.
 */
export function errorScale(target: CalibrationTarget): number {
  const obs = observationSd(target);
  return Math.sqrt(obs * obs + target.discrepancy.sd * target.discrepancy.sd);
}
