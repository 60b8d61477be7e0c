/**
 * Deep merge for `extends`: objects merge key by key; anything else (numbers, strings, arrays),
 * parameter objects and a switch of variant are replaced by the overriding file. Inputs are never
 * mutated.
 */
export function mergeScenario(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  // A parameter object ({ value, source, changes }) is a leaf: overriding it replaces its provenance too.
  if ('value' in override) return override;
  // A different variant of a tagged object (organisations generated vs listed) replaces it whole:
  // keys of the other variant would otherwise linger and fail validation.
  if ('mode' in override && override.mode !== base.mode) return override;
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(base)) out[k] = v;
  for (const [k, v] of Object.entries(override)) out[k] = k in out ? mergeScenario(out[k], v) : v;
  return { ...out };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
