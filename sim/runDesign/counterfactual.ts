import { INSTRUMENTS } from '../scenario/vocabulary.ts';

/**
 * The same scenario with every mobility instrument switched off: the baseline against which the
 * contribution of secondments to outcomes is measured (000: "measure contribution ... not just
 * activity"). Everything else, random numbers included, stays the same.
 */
export function withoutMobility(input: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(input);
  const programme = (copy.programme ??= {}) as Record<string, unknown>;
  const instruments = (programme.instruments ??= {}) as Record<string, Record<string, unknown>>;
  for (const name of INSTRUMENTS) instruments[name] = { ...(instruments[name] ?? {}), enabled: false };
  return copy;
}
