import { closeSync, openSync, readSync, renameSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import { splitCsvLine } from './readPart.ts';

/**
 * Rows per Parquet row group: fixed, so a file's layout (and bytes) depends only on its rows, never
 * on how the runs were split between workers or shards.
 */
const ROW_GROUP = 100_000;

type Kind = 'text' | 'int32' | 'int64' | 'date' | 'double';

/** Parquet types of capflow's columns by name; any other column (a varied parameter, a statistic) is a double. */
const KINDS: Record<string, Kind> = {
  scenario: 'text',
  baseline: 'text',
  metric: 'text',
  group: 'text',
  replicate: 'int32',
  tick: 'int32',
  n: 'int32',
  seed: 'int64',
  date: 'date',
};

const SCHEMA_TYPE = {
  text: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  int32: { type: 'INT32' },
  int64: { type: 'INT64' },
  date: { type: 'INT32', converted_type: 'DATE' },
  double: { type: 'DOUBLE' },
} as const;

/** A CSV cell as its Parquet value: the empty cell (capflow's one missing value) is null. */
function value(kind: Kind, cell: string): unknown {
  if (cell === '') return null;
  switch (kind) {
    case 'text':
      return cell;
    case 'int32':
      return Number(cell);
    case 'int64':
      return BigInt(cell);
    case 'date':
      return new Date(`${cell}T00:00:00Z`);
    case 'double':
      return Number(cell);
  }
}

/**
 * Writes a Parquet copy of one of capflow's tidy CSV files, cell for cell (text as UTF-8 strings,
 * counts as integers, dates as DATE, every other column as a double, empty cells as nulls). Reads
 * the CSV in pieces, so a file of gigabytes never sits in memory whole; written to a temporary and
 * renamed, as the CSV files are.
 */
export function writeParquetCopy(csvPath: string, parquetPath: string): void {
  const fd = openSync(csvPath, 'r');
  const temp = `${parquetPath}.${process.pid}.tmp`;
  try {
    let names: string[] | undefined;
    let kinds: Kind[] = [];
    let columns: unknown[][] = [];
    let writer: ParquetWriter | undefined;
    const flush = () => {
      if (!writer || columns[0].length === 0) return;
      writer.write({ columnData: names!.map((name, i) => ({ name, data: columns[i] as never })), rowGroupSize: ROW_GROUP });
      columns = names!.map(() => []);
    };
    const take = (line: string) => {
      if (line === '') return;
      const cells = splitCsvLine(line);
      if (!names) {
        names = cells;
        kinds = names.map((n) => KINDS[n] ?? 'double');
        columns = names.map(() => []);
        const schema = [{ name: 'root', num_children: names.length }, ...names.map((name, i) => ({ name, repetition_type: 'OPTIONAL' as const, ...SCHEMA_TYPE[kinds[i]] }))];
        writer = new ParquetWriter({ writer: fileWriter(temp), schema, createdBy: 'capflow' });
        return;
      }
      cells.forEach((cell, i) => columns[i].push(value(kinds[i], cell)));
      if (columns[0].length === ROW_GROUP) flush();
    };
    const buffer = Buffer.alloc(1 << 20);
    // A piece may end inside a UTF-8 character (a region's name): the decoder holds it over.
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let got = readSync(fd, buffer); got > 0; got = readSync(fd, buffer)) {
      const lines = (rest + decoder.write(buffer.subarray(0, got))).split('\n');
      rest = lines.pop()!;
      lines.forEach(take);
    }
    take(rest + decoder.end());
    flush();
    writer?.finish();
  } finally {
    closeSync(fd);
  }
  renameSync(temp, parquetPath);
}
