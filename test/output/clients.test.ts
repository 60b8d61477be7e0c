import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEBIAN_PYTHON, RSCRIPT } from '../setup/debianTools.ts';
import { CAPTURE, capflow, FIXTURE, tempDir } from '../experiments/helpers.ts';

// issue 14: every output loads in R (read.csv) and pandas (read_csv) with no options and no
// cleaning. The real clients read them here (Debian's python3-pandas and r-base-core, installed
// by the test set-up): numeric columns are numeric, dates parse, undefined values are NA.

/** Which columns the codebook says are numbers: everything but text and dates. */
function numericColumns(dir: string): Set<string> {
  return columnsWhere(dir, (unit) => unit !== 'text' && unit !== 'date' && unit !== 'logical');
}

/** Which columns the codebook says are TRUE/FALSE. */
function logicalColumns(dir: string): Set<string> {
  return columnsWhere(dir, (unit) => unit === 'logical');
}

function columnsWhere(dir: string, keep: (unit: string) => boolean): Set<string> {
  const rows = readFileSync(join(dir, 'codebook.csv'), 'utf8').trim().split('\n').slice(1);
  const names = new Set<string>();
  for (const line of rows) {
    const [entry, name] = line.split(',');
    const unit = line.match(/,([^,]*),[^,]*,[^,]*$/)![1];
    if (entry === 'column' && keep(unit)) names.add(name);
  }
  return names;
}

/** Empty cells per column, counted in the file's own text (what the clients must read as NA). */
function emptyCells(file: string): Record<string, number> {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = head.split(',');
  const counts: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  for (const line of lines) {
    if (line.includes('"')) continue; // quoted names only in text columns, never empty
    line.split(',').forEach((cell, c) => void (cell === '' && counts[names[c]]++));
  }
  return counts;
}

interface Read {
  kinds: Record<string, string>;
  na: Record<string, number>;
  datesParsed: boolean | null;
  rows: number;
}

const PANDAS = `
import json, sys
import pandas as pd
out = {}
for path in sys.argv[1:]:
    df = pd.read_csv(path)
    dates = None
    if 'date' in df.columns:
        parsed = pd.to_datetime(df['date'])
        dates = bool(parsed.notna().all()) and bool((parsed.dt.day == 1).all())
    out[path] = {
        'kinds': {c: ('logical' if pd.api.types.is_bool_dtype(df[c]) else 'number' if pd.api.types.is_numeric_dtype(df[c]) else 'text') for c in df.columns},
        'na': {c: int(df[c].isna().sum()) for c in df.columns},
        'datesParsed': dates,
        'rows': int(len(df)),
    }
print(json.dumps(out))
`;

const R = `
files <- commandArgs(trailingOnly = TRUE)
q <- function(s) paste0('"', gsub('"', '\\\\\\\\"', s), '"')
obj <- function(names, values) paste0('{', paste0(q(names), ':', values, collapse = ','), '}')
parts <- character(0)
for (path in files) {
  df <- read.csv(path)
  kinds <- sapply(df, function(col) if (is.numeric(col)) q('number') else if (all(is.na(col))) q('missing') else if (is.logical(col)) q('logical') else q('text'))
  na <- sapply(df, function(col) sum(is.na(col)))
  dates <- 'null'
  if ('date' %in% names(df)) {
    d <- as.Date(df$date)
    dates <- if (all(!is.na(d)) && all(format(d, '%d') == '01')) 'true' else 'false'
  }
  parts <- c(parts, paste0(q(path), ':{"kinds":', obj(names(df), kinds), ',"na":', obj(names(df), na), ',"datesParsed":', dates, ',"rows":', nrow(df), '}'))
}
cat(paste0('{', paste(parts, collapse = ','), '}'))
`;

function readWith(client: 'pandas' | 'R', files: string[]): Record<string, Read> {
  const r =
    client === 'pandas'
      ? spawnSync(DEBIAN_PYTHON, ['-c', PANDAS, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 })
      : spawnSync(RSCRIPT, ['-e', R, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${client} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('every output loads in pandas and R as it is', () => {
  const folders: Record<string, string> = {};
  beforeAll(async () => {
    const root = tempDir();
    const commands: Record<string, string[]> = {
      // One replicate: every interval is undefined, so its columns are all NA yet numeric.
      single: ['run', FIXTURE, '--reps', '1', '--years', '1'],
      counterfactual: ['run', FIXTURE, '--reps', '2', '--years', '1', '--counterfactual'],
      sweep: ['sweep', FIXTURE, '--vary', 'learning.rampMonths=6,12', '--reps', '2', '--years', '1'],
      discover: ['discover', FIXTURE, CAPTURE, '--vary', 'programme.framework.handover=0:1', '--points', '4', '--reps', '1', '--years', '1', '--threshold', '1'],
      morris: ['sensitivity', FIXTURE, '--vary', 'programme.framework.handover=0:1', '--vary', 'learning.explorationPerMonth=0:0.05', '--samples', '2', '--years', '1'],
    };
    for (const [name, [kind, ...args]] of Object.entries(commands)) {
      folders[name] = join(root, name);
      const r = await capflow(kind as 'run', [...args, '--workers', '1', '--out', folders[name]]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
    }
  }, 300_000);

  for (const client of ['pandas', 'R'] as const) {
    it(`${client}: numeric columns read as numbers, empty cells as NA, dates as dates, every row`, () => {
      for (const [name, dir] of Object.entries(folders)) {
        const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => join(dir, f));
        expect(files.map((f) => f.slice(dir.length + 1)).sort()).toContain('codebook.csv');
        const numeric = numericColumns(dir);
        const logical = logicalColumns(dir);
        const read = readWith(client, files);
        for (const file of files) {
          const got = read[file];
          const where = `${client} reading ${name}/${file.slice(dir.length + 1)}`;
          const lines = readFileSync(file, 'utf8').trim().split('\n').length - 1;
          expect(got.rows, where).toBe(lines);
          // A file of no rows (a discovery with no box) says nothing of its columns' types.
          if (file.endsWith('codebook.csv') || lines === 0) continue;
          const empty = emptyCells(file);
          for (const [column, kind] of Object.entries(got.kinds)) {
            // R reads a column that is empty in every row (a single replicate's sd and intervals)
            // as logical NA, whatever a file says: the codebook and README tell R users so.
            const expected = logical.has(column) ? 'logical' : !numeric.has(column) ? 'text' : client === 'R' && empty[column] === got.rows ? 'missing' : 'number';
            expect(kind, `${where}: column ${column}`).toBe(expected);
          }
          for (const column of numeric) if (column in empty) expect(got.na[column], `${where}: NA in ${column}`).toBe(empty[column]);
          if ('date' in got.kinds) expect(got.datesParsed, `${where}: dates`).toBe(true);
        }
      }
    });
  }

  it('a single replicate writes its undefined spread and intervals as empty cells, and the file says so in its codebook', () => {
    const summary = readFileSync(join(folders.single, 'summary.csv'), 'utf8').split('\n');
    expect(summary[0]).toBe('scenario,tick,date,metric,group,n,mean,sd,ci_low,ci_high,half_width');
    expect(summary[1]).toMatch(/^[^,]+,0,\d{4}-\d\d-01,capability,central,1,0\.\d+,,,,$/);
    expect(readFileSync(join(folders.single, 'codebook.csv'), 'utf8')).toMatch(/^column,sd,.*empty where undefined/m);
    for (const dir of Object.values(folders)) expect(readFileSync(join(dir, 'summary.csv'), 'utf8')).not.toMatch(/Inf|NaN|,NA,|,NA$/m);
  });
});
