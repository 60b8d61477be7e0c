import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, readdirSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../sim/scenario/schema.ts';
import type { ExperimentRecord } from './experimentRunner/experimentFile.ts';

/** Version of the scenario format a run was read with; bump when files change meaning. */
export const SCENARIO_SCHEMA_VERSION = 'capflow-scenario/1';

export interface WrittenFile {
  sha256: string;
  bytes: number;
  /** Data rows of a CSV file (lines after the header). */
  rows?: number;
}

/** A scenario as given on the command line: the file, what it extends, and its label in the outputs. */
export interface Source {
  label: string;
  file: string;
  /** The files read: the scenario first, then what it extends, in order. */
  extendsChain: string[];
}

/**
 * Everything needed to reproduce and check an output folder: what was run (the experiment, with
 * every merged and edited input, so `capflow run --manifest` can run it again from this file
 * alone), by what (capflow's version and its own commit, whether that checkout was modified, Node,
 * platform), how (the exact command line and folder), with which seeds, when, and the SHA-256 of
 * every file written beside it.
 */
export interface Manifest {
  program: { name: 'capflow'; version: string; gitCommit: string | null; gitDirty: boolean | null; node: string; platform: string };
  /** The arguments after `capflow`, exactly as given. */
  command: string[];
  /** The folder the command was run in (relative paths in `command` are relative to it). */
  workingFolder: string;
  schemaVersion: string;
  kind: ExperimentRecord['kind'];
  /** The first scenario, for the common case of one: its file, the files it extends, its edits. */
  scenarioFile: string;
  extendsChain: string[];
  /** `path=value` edits applied to every merged input (`--set`, and `--years` as `years=N`). */
  edits: string[];
  sources: Source[];
  seed: number;
  /** Replicate k draws from random streams keyed by (seed, k). */
  replicates: { replicate: number; seed: number }[];
  ticks: number;
  start: string;
  end: string;
  /** Officials in the largest run, and the memory estimate checked against the limit. */
  officials: number;
  memoryEstimateBytes: number;
  /** Worker threads the runs were spread over (the results are the same bytes with any number). */
  workers: number;
  /** The share of the runs this folder holds, when it is one shard of an experiment. */
  shard: { k: number; n: number } | null;
  started: string;
  finished: string;
  runSeconds: number;
  files: Record<string, WrittenFile>;
  /** The first scenario's merged input (edits applied) and the scenario it resolved to. */
  input: Record<string, unknown>;
  scenario: Scenario;
  experiment: ExperimentRecord;
  /** With --posterior: the posterior file the replicates drew their parameters from, and its SHA-256. */
  posterior?: { file: string; sha256: string; particles: number; names: string[] };
}

/** Writes the manifest (into a staging folder: it must not exist yet) and flushes it to disk. */
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

/** SHA-256, size and (for CSV) data rows of every regular file in `dir` and its `runs/` folder, by relative name. */
export function describeFiles(dir: string): Record<string, WrittenFile> {
  const out: Record<string, WrittenFile> = {};
  const visit = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub === '' ? name : `${sub}/${name}`;
      const s = lstatSync(join(dir, rel));
      if (s.isDirectory()) visit(rel);
      else if (s.isFile()) out[rel] = describeFile(join(dir, rel), name.endsWith('.csv') && sub === '');
    }
  };
  visit('');
  return out;
}

/** Reads a file in chunks (outputs can be gigabytes), hashing and counting lines on the way. */
export function describeFile(path: string, csv: boolean): WrittenFile {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  let bytes = 0;
  let lines = 0;
  try {
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
      const view = chunk.subarray(0, n);
      hash.update(view);
      bytes += n;
      if (csv) for (let i = view.indexOf(10); i !== -1; i = view.indexOf(10, i + 1)) lines++;
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes, ...(csv ? { rows: Math.max(0, lines - 1) } : {}) };
}
