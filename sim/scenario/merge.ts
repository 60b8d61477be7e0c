/**
 * Deep merge for `extends`: objects merge key by key, anything else (numbers, strings, arrays,
 * parameter objects' fields) is replaced by the overriding file. Inputs are never mutated.
 */
export function mergeScenario(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  // A parameter object ({ value, source, changes }) is a leaf: overriding it replaces its provenance too.
  if ('value' in override) return override;
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(base)) out[k] = v;
  for (const [k, v] of Object.entries(override)) out[k] = k in out ? mergeScenario(out[k], v) : v;
  return { ...out };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
