import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { Scenario } from '../sim/scenario/schema.ts';
import type { WrittenFile } from './metricsCsv.ts';

/** Version of the scenario format a run was read with; bump when files change meaning. */
export const SCENARIO_SCHEMA_VERSION = 'capflow-scenario/1';

/**
 * Everything needed to reproduce and check a run: what was run (the resolved scenario and the
 * merged input it came from, with any command-line edits marked as such), by what (program,
 * commit, Node), with which seeds, when, and the SHA-256 of every file written beside it.
 */
export interface Manifest {
  program: { name: 'capflow'; version: string; gitCommit: string | null; node: string; platform: string };
  /** The arguments after `capflow`. */
  command: string[];
  schemaVersion: string;
  scenarioFile: string;
  /** The files read: the scenario first, then what it extends, in order. */
  extendsChain: string[];
  /** `path=value` edits applied to the merged input (`--set`, and `--years` as `years=N`). */
  edits: string[];
  seed: number;
  /** Replicate k draws from random streams keyed by (seed, k). */
  replicates: { replicate: number; seed: number }[];
  ticks: number;
  start: string;
  end: string;
  officials: number;
  memoryEstimateBytes: number;
  started: string;
  finished: string;
  runSeconds: number;
  files: Record<string, WrittenFile & { rows?: number }>;
  input: Record<string, unknown>;
  scenario: Scenario;
}

export function writeManifest(path: string, manifest: Manifest): void {
  const buf = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
  const fd = openSync(path, 'wx');
  try {
    for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
