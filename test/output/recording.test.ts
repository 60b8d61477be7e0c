import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { splitCsvLine } from '../../cli/experimentRunner/readPart.ts';
import { capflow, FIXTURE, tempDir } from '../experiments/helpers.ts';

// pandas 1.5 from Debian reads Parquet only through pyarrow or fastparquet, neither of which Debian
// 12 packages (nor does it package R's arrow): the Parquet files are read back with hyparquet, the
// JavaScript reader hyparquet-writer is built on.
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const csvLines = (file: string) => readFileSync(file, 'utf8').trim().split('\n');

async function readParquet(file: string): Promise<Record<string, unknown>[]> {
  const b = readFileSync(file);
  return parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer });
}

async function run(args: string[]): Promise<string> {
  const out = join(tempDir(), 'out');
  const r = await capflow('run', [FIXTURE, '--out', out, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
}

const CHOICE = ['--record', 'capability,placementsStarted', '--record-groups', 'local,secondment:centralToLocal', '--every', '5'];

describe('choosing what to record', () => {
  it('writes exactly the chosen rows of the full output, every number unchanged, and says so in the codebook and manifest', async () => {
    const full = await run(['--reps', '2', '--workers', '1']);
    const chosen = await run(['--reps', '2', '--workers', '1', ...CHOICE]);
    // The fixture runs 24 months: months 0, 5, 10, 15, 20 and the last (24) are kept.
    const months = new Set([0, 5, 10, 15, 20, 24]);
    const keep = (line: string) => {
      const c = splitCsvLine(line);
      return months.has(Number(c[3])) && ['capability', 'placementsStarted'].includes(c[5]) && ['local', 'secondment:centralToLocal'].includes(c[6]);
    };
    const [header, ...rows] = csvLines(join(full, 'metrics.csv'));
    const expected = [header, ...rows.filter(keep)];
    expect(expected.length).toBeGreaterThan(1 + 2 * 6);
    expect(csvLines(join(chosen, 'metrics.csv'))).toEqual(expected);
    expect(new Set(rows.filter(keep).map((l) => splitCsvLine(l)[5] + '/' + splitCsvLine(l)[6]))).toEqual(new Set(['capability/local', 'placementsStarted/secondment:centralToLocal']));
    const [sHeader, ...sRows] = csvLines(join(full, 'summary.csv'));
    const keepSummary = (line: string) => {
      const c = splitCsvLine(line);
      return months.has(Number(c[1])) && ['capability', 'placementsStarted'].includes(c[3]) && ['local', 'secondment:centralToLocal'].includes(c[4]);
    };
    expect(csvLines(join(chosen, 'summary.csv'))).toEqual([sHeader, ...sRows.filter(keepSummary)]);

    const codebook = readFileSync(join(chosen, 'codebook.csv'), 'utf8');
    expect(codebook).toMatch(/^recording,selection,"metrics and summary hold metrics capability, placementsStarted, groups local, secondment:centralToLocal, month 0, then every 5 months, and the last, as csv/m);
    expect(codebook.match(/^metric,/gm)).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(join(chosen, 'manifest.json'), 'utf8'));
    expect(manifest.experiment.recording).toEqual({ metrics: ['capability', 'placementsStarted'], groups: ['local', 'secondment:centralToLocal'], every: 5, formats: ['csv'] });
    // A run that chooses nothing keeps the experiment id it had before these options existed.
    expect(JSON.parse(readFileSync(join(full, 'manifest.json'), 'utf8')).experiment.recording).toBeUndefined();
  }, 120_000);

  it('writes Parquet holding the same cells as the CSV, typed, with empty cells as nulls', async () => {
    const out = await run(['--reps', '1', '--workers', '1', '--every', '12', '--format', 'csv,parquet']);
    const meta = parquetMetadata((() => { const b = readFileSync(join(out, 'summary.parquet')); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer; })());
    expect(meta.schema.slice(1).map((s) => `${s.name}:${s.type}${s.converted_type ? `/${s.converted_type}` : ''}`)).toEqual([
      'scenario:BYTE_ARRAY/UTF8', 'tick:INT32', 'date:INT32/DATE', 'metric:BYTE_ARRAY/UTF8', 'group:BYTE_ARRAY/UTF8', 'n:INT32',
      'mean:DOUBLE', 'sd:DOUBLE', 'ci_low:DOUBLE', 'ci_high:DOUBLE', 'half_width:DOUBLE',
    ]);
    for (const name of ['metrics', 'summary']) {
      const [header, ...lines] = csvLines(join(out, `${name}.csv`));
      const names = splitCsvLine(header);
      const rows = await readParquet(join(out, `${name}.parquet`));
      expect(rows).toHaveLength(lines.length);
      lines.forEach((line, i) => {
        const cells = splitCsvLine(line);
        names.forEach((col, j) => {
          const v = rows[i][col];
          const cell = cells[j];
          if (cell === '') expect(v).toBeNull();
          else if (col === 'date') expect((v as Date).toISOString().slice(0, 10)).toBe(cell);
          else if (col === 'seed') expect(v).toBe(BigInt(cell));
          else if (typeof v === 'number') expect(v).toBe(Number(cell));
          else expect(v).toBe(cell);
        });
      });
    }
    // One replicate: no interval, so the summary's sd and interval are missing, not ±Inf.
    const summary = await readParquet(join(out, 'summary.parquet'));
    expect(summary.every((r) => r.sd === null && r.ci_low === null && r.half_width === null)).toBe(true);
  }, 120_000);

  it('gives the same Parquet bytes on one worker, two, and two shards merged; parquet alone writes no CSV copy', async () => {
    const args = ['--reps', '3', '--every', '3', '--format', 'parquet'];
    const one = await run([...args, '--workers', '1']);
    const two = await run([...args, '--workers', '2']);
    const base = tempDir();
    for (const k of [1, 2]) {
      const r = await capflow('run', [FIXTURE, ...args, '--workers', '1', '--shard', `${k}/2`, '--out', join(base, `part-${k}`)]);
      expect(r.code).toBe(0);
    }
    const merged = join(base, 'merged');
    const m = await capflow('merge', [join(base, 'part-1'), join(base, 'part-2'), '--out', merged]);
    expect(m.stderr).toBe('');
    expect(m.code).toBe(0);
    for (const name of ['metrics.parquet', 'summary.parquet']) {
      expect(sha(join(two, name))).toBe(sha(join(one, name)));
      expect(sha(join(merged, name))).toBe(sha(join(one, name)));
    }
    for (const dir of [one, merged]) {
      expect(existsSync(join(dir, 'metrics.csv'))).toBe(false);
      expect(existsSync(join(dir, 'summary.csv'))).toBe(false);
      const files = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).files;
      expect(files['metrics.parquet'].sha256).toBe(sha(join(dir, 'metrics.parquet')));
    }
    expect((await readParquet(join(one, 'metrics.parquet'))).length).toBeGreaterThan(0);
  }, 180_000);

  it('says so when a chosen group matches no row, rather than leaving an empty file unexplained', async () => {
    const out = join(tempDir(), 'out');
    const r = await capflow('run', [FIXTURE, '--reps', '1', '--years', '1', '--record-groups', 'local,Nowhere', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Note: the runs report no group Nowhere: metrics and summary hold no rows for it/m);
    expect(r.stdout).not.toMatch(/group local/);
    expect(csvLines(join(out, 'metrics.csv')).slice(1).every((l) => splitCsvLine(l)[6] === 'local')).toBe(true);
  });

  it('refuses a metric it does not know, naming the near miss, and a format it cannot write', async () => {
    const typo = await capflow('run', [FIXTURE, '--record', 'capabilty', '--out', join(tempDir(), 'x')]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/--record: no metric "capabilty"; did you mean capability/);
    const xlsx = await capflow('run', [FIXTURE, '--format', 'xlsx', '--out', join(tempDir(), 'x')]);
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toMatch(/--format is csv, parquet or csv,parquet, got "xlsx"/);
  });
});
