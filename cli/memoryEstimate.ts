import { totalmem } from 'node:os';
import { BYTES_PER_OFFICIAL } from '../sim/model/world.ts';
import type { Scenario } from '../sim/scenario/schema.ts';

/**
 * What a run holds besides its officials: Node, tsx, zod and the kernel's per-organisation arrays.
 * Measured at ~110 MB before and ~215 MB at the peak of scratch/national.json (1.7M officials,
 * whose state is ~100 MB); rounded up so the estimate errs on the side of refusing.
 */
export const OVERHEAD_BYTES = 256e6;

/** Refuse runs estimated above this share of the machine's memory, unless --max-memory says otherwise. */
export const DEFAULT_SHARE_OF_MEMORY = 0.75;

/** Officials a run allocates: one slot per post in every organisation's establishment. */
export function officialsIn(s: Scenario): number {
  const o = s.organisations;
  if (o.mode === 'list') return o.list.reduce((n, org) => n + org.establishment, 0);
  return o.central.totalStaff.value + o.combined.totalStaff.value + o.local.totalStaff.value;
}

/** Peak memory of one replicate (replicates run one after another, so this is the run's peak). */
export function estimateBytes(s: Scenario): number {
  return officialsIn(s) * BYTES_PER_OFFICIAL + OVERHEAD_BYTES;
}

export function defaultLimitBytes(): number {
  return Math.floor(totalmem() * DEFAULT_SHARE_OF_MEMORY);
}

const UNITS: Record<string, number> = { '': 1e9, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, t: 1e12, tb: 1e12 };

/** Parses `--max-memory`: a number of GB, or a number with a unit (`512MB`, `1.5GB`, `2G`). */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const bytes = Number(m[1]) * unit;
  return bytes > 0 ? bytes : undefined;
}

/** Bytes in decimal gigabytes, as people read them in a message. */
export function gb(bytes: number): string {
  const x = bytes / 1e9;
  return `${x >= 10 ? x.toFixed(1) : x.toFixed(2)} GB`;
}
