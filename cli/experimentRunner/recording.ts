import { z } from 'zod';
import { METRICS } from '../../sim/model/metrics.ts';
import { closestKeys } from '../../sim/scenario/closestKeys.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import { wholeNumber } from '../args.ts';

/**
 * What an experiment's per-month files (metrics and summary) keep, and in which formats. An output
 * choice, not a model one: every run still computes and keeps every metric in its part (the
 * terminal report, compare.csv, sensitivity and discovery read them), so choosing less to record
 * changes no number, only which rows are written. It is part of the experiment's identity when
 * given, so shards of one experiment cannot be merged with different choices.
 */
export const Recording = z
  .object({
    /** Metric names to keep; null keeps all. */
    metrics: z.array(z.string()).min(1).nullable(),
    /** Groups to keep (tiers, regions, tier pairs, instrument:direction...); null keeps all. */
    groups: z.array(z.string()).min(1).nullable(),
    /** Keep tick 0, every Nth month after it, and the last month of the run. */
    every: z.number().int().min(1),
    formats: z.array(z.enum(['csv', 'parquet'])).min(1),
  })
  .strict();
export type Recording = z.infer<typeof Recording>;

export const RECORDING_OPTIONS = {
  record: { type: 'string' },
  'record-groups': { type: 'string' },
  every: { type: 'string' },
  format: { type: 'string' },
} as const;

export const RECORDING_HELP = `  --record M[,M...]  write only these metrics to metrics and summary (default: every metric);
                     the runs compute them all, so no number changes
  --record-groups G[,G...]  write only these groups (central, local, a region, secondment:
                     centralToLocal, ...; default: every group)
  --every N          write month 0, every Nth month and the last month (default 1: every month)
  --format F         csv, parquet or csv,parquet: the formats of metrics and summary (default
                     csv); Parquet holds the same cells, typed (date as a date, empty as null)`;

const list = (text: string) => text.split(',').map((s) => s.trim()).filter((s) => s !== '');

/** The --record, --record-groups, --every and --format flags, or undefined when none is given (the default output). */
export function parseRecording(v: { record?: string; 'record-groups'?: string; every?: string; format?: string }, usage: string): Recording | undefined {
  if (v.record === undefined && v['record-groups'] === undefined && v.every === undefined && v.format === undefined) return undefined;
  const metrics = v.record === undefined ? null : list(v.record);
  for (const m of metrics ?? []) {
    if (!(m in METRICS)) {
      const near = closestKeys(m, Object.keys(METRICS), 3);
      throw new CliError(`--record: no metric "${m}"${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''} (the metrics are listed in any output folder's codebook.csv)`, EXIT.invalid, usage);
    }
  }
  if (metrics?.length === 0) throw new CliError('--record names one or more metrics, separated by commas', EXIT.invalid, usage);
  const groups = v['record-groups'] === undefined ? null : list(v['record-groups']);
  if (groups?.length === 0) throw new CliError('--record-groups names one or more groups, separated by commas', EXIT.invalid, usage);
  const every = wholeNumber('every', v.every, 1, 1200, usage) ?? 1;
  const formats = v.format === undefined ? ['csv'] : list(v.format);
  const bad = formats.find((f) => f !== 'csv' && f !== 'parquet');
  if (formats.length === 0 || bad !== undefined) throw new CliError(`--format is csv, parquet or csv,parquet, got "${v.format}"`, EXIT.invalid, usage);
  return { metrics: metrics ? [...new Set(metrics)] : null, groups: groups ? [...new Set(groups)] : null, every, formats: [...new Set(formats)].sort() as Recording['formats'] };
}

/** Whether a row of month `tick` (of a run ending at `lastTick`) for metric and group is written. */
export function recordsRow(r: Recording | undefined, tick: number, lastTick: number, metric: string, group: string): boolean {
  if (r === undefined) return true;
  if (tick % r.every !== 0 && tick !== lastTick) return false;
  if (r.metrics !== null && !r.metrics.includes(metric)) return false;
  return r.groups === null || r.groups.includes(group);
}

/** The choice in words, for codebook.csv. */
export function describeRecording(r: Recording): string {
  const metrics = r.metrics === null ? 'every metric' : `metrics ${r.metrics.join(', ')}`;
  const groups = r.groups === null ? 'every group' : `groups ${r.groups.join(', ')}`;
  const months = r.every === 1 ? 'every month' : `month 0, then every ${r.every} months, and the last`;
  return `metrics and summary hold ${metrics}, ${groups}, ${months}, as ${r.formats.join(' and ')} (--record, --record-groups, --every, --format); the runs computed every metric`;
}

/**
 * The metrics and groups a recording names that no row of a run has (a typo, or a region of
 * another scenario), read from the groups one run reports, so a selection that matches nothing is
 * said rather than written as an empty file.
 */
export function unmatchedChoices(r: Recording | undefined, reported: Iterable<{ metric: string; group: string }>): string[] {
  if (r === undefined) return [];
  const metrics = new Set<string>();
  const groups = new Set<string>();
  for (const { metric, group } of reported) {
    metrics.add(metric);
    groups.add(group);
  }
  return [...(r.metrics ?? []).filter((m) => !metrics.has(m)).map((m) => `metric ${m}`), ...(r.groups ?? []).filter((g) => !groups.has(g)).map((g) => `group ${g}`)];
}
