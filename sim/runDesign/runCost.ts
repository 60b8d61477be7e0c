/**
 * A run's estimated work, for balancing shards: officials × months simulated (warm-up included),
 * read from the merged scenario input as the experiment records it. The kernel's cost per tick
 * grows with the officials it holds (docs/ODD.md §2.7), so this ranks runs well enough to balance
 * them; an input it cannot read counts as 1.
 */
export function runCost(input: Record<string, unknown>): number {
  const years = plain(input.years) + plain(input.warmUpYears) + plain(input.spinUpYears);
  const months = Math.max(1, 12 * years);
  return Math.max(1, officials(input.organisations)) * months;
}

function officials(o: unknown): number {
  if (o === null || typeof o !== 'object') return 0;
  const org = o as Record<string, unknown>;
  if (Array.isArray(org.list)) return org.list.reduce((n: number, x) => n + plain((x as Record<string, unknown>)?.establishment), 0);
  return ['central', 'combined', 'local'].reduce((n, tier) => n + plain((org[tier] as Record<string, unknown> | undefined)?.totalStaff), 0);
}

/** A number as a scenario writes it: bare, or a parameter's { value }. */
function plain(v: unknown): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v !== null && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'number') return (v as { value: number }).value;
  return 0;
}
