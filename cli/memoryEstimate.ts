import { readFileSync } from 'node:fs';
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

/**
 * What one more worker thread costs besides its replicate: its own V8 isolate with tsx, zod and the
 * kernel loaded (measured at ~60 MB per thread on Node 20; rounded up).
 */
export const WORKER_OVERHEAD_BYTES = 100e6;

/**
 * Peak memory of an experiment: its largest run in each thread at once (runs alternate between
 * threads, so any thread may hold the largest), plus the process and each thread's overhead.
 */
export function estimateExperimentBytes(largestOfficials: number, threads: number): number {
  return threads * largestOfficials * BYTES_PER_OFFICIAL + OVERHEAD_BYTES + (threads > 1 ? threads * WORKER_OVERHEAD_BYTES : 0);
}

/**
 * The memory this process may use: the machine's, or less when a control group limits it (a
 * Slurm `--mem`, a container's limit). cgroup v2 keeps the limit in `memory.max` of the process's
 * group and its parents ("max" when none); v1 in `memory.limit_in_bytes` of the memory hierarchy
 * (a huge number when none). See https://docs.kernel.org/admin-guide/cgroup-v2.html#memory.
 */
export function availableMemory(read: (path: string) => string | undefined = readText, machine = totalmem()): { bytes: number; constrained: boolean } {
  let limit = machine;
  const groups = read('/proc/self/cgroup') ?? '';
  for (const line of groups.split('\n')) {
    const [, controllers, path] = /^\d+:([^:]*):(.*)$/.exec(line.trim()) ?? [];
    if (path === undefined) continue;
    const files =
      controllers === '' ? ancestors(path).map((p) => `/sys/fs/cgroup${p}/memory.max`)
      : controllers.split(',').includes('memory') ? ancestors(path).map((p) => `/sys/fs/cgroup/memory${p}/memory.limit_in_bytes`)
      : [];
    for (const file of files) {
      const value = Number(read(file)?.trim());
      if (Number.isFinite(value) && value > 0) limit = Math.min(limit, value);
    }
  }
  return { bytes: limit, constrained: limit < machine };
}

/** "/a/b" and every group above it, to the root "". */
function ancestors(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  return Array.from({ length: parts.length + 1 }, (_, i) => (i === parts.length ? '' : '/' + parts.slice(0, parts.length - i).join('/')));
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export interface MemoryLimit {
  bytes: number;
  /** Where the limit comes from, for the refusal message. */
  source: string;
}

/** 75% of the memory this process may use (the machine's, or its control group's when lower). */
export function defaultLimit(): MemoryLimit {
  const m = availableMemory();
  return {
    bytes: Math.floor(m.bytes * DEFAULT_SHARE_OF_MEMORY),
    source: m.constrained ? '75% of the memory this process is limited to (its control group, e.g. Slurm --mem)' : "75% of this machine's memory",
  };
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
