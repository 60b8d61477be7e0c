/**
 * Tidy CSV, the one format every capflow table of runs is written in: `capflow run`'s metrics.csv,
 * the experiment commands' files and the playground's download. One row per (scenario, replicate,
 * tick, metric, group); varied parameters, when there are any, get a column each after the seed.
 * Pure string formatting, no I/O, so the CLI and the browser share it and give the same bytes.
 */

/** Columns of a tidy row when nothing is varied. */
export const TIDY_COLUMNS = ['scenario', 'replicate', 'seed', 'tick', 'date', 'metric', 'group', 'value'] as const;

/** The header line (without its newline), with one column per varied parameter after `seed`. */
export function tidyHeader(pointNames: readonly string[] = []): string {
  return [...TIDY_COLUMNS.slice(0, 3), ...pointNames, ...TIDY_COLUMNS.slice(3)].map(csvText).join(',');
}

/** The cells every row of one run starts with, comma included: scenario, replicate, seed, varied values. */
export function tidyRunPrefix(scenario: string, replicate: number, seed: number, point: readonly number[] = []): string {
  let prefix = `${csvText(scenario)},${replicate},${seed},`;
  for (const value of point) prefix += `${csvNumber(value)},`;
  return prefix;
}

/**
 * One row (without its newline) after its run's prefix. `date` is the kernel's YYYY-MM, written
 * as the ISO 8601 date of the month's first day, which R's `as.Date` and pandas' `to_datetime`
 * both read with no format (neither reads a bare YYYY-MM).
 */
export function tidyRow(prefix: string, tick: number, date: string, metric: string, group: string, value: number): string {
  return `${prefix}${tick},${isoDate(date)},${csvText(metric)},${csvText(group)},${csvNumber(value)}`;
}

/** A kernel month (YYYY-MM) as the ISO date of its first day, the `date` of every per-tick file. */
export function isoDate(month: string): string {
  return `${month}-01`;
}

/** Rows as the kernel emits them (`onRows`), each with its newline. */
export function tidyLines(prefix: string, rows: readonly { tick: number; date: string; metric: string; group: string; value: number }[]): string {
  let text = '';
  for (const r of rows) text += tidyRow(prefix, r.tick, r.date, r.metric, r.group, r.value) + '\n';
  return text;
}

/**
 * Shortest round-trip decimal (read back, bit-identical). Anything undefined (an interval from one
 * replicate, an effect size of 0/0, an index with no bootstrap interval) is an empty cell: the one
 * missing-value convention of every capflow CSV, which R's `read.csv` and pandas' `read_csv` both
 * read as NA with no options, keeping the column numeric.
 */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

// A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…) sends data
// away); tab and CR lead some importers to split or trim first. OWASP, "CSV Injection"
// (https://owasp.org/www-community/attacks/CSV_Injection), and ASVS 5.0 requirement 1.2.10, which
// adds NUL: prefix such a cell with ' and quote it.
const FORMULA_START = /^[=+\-@\t\r\0]/;
// RFC 4180 §2.6: quote a field holding a quote, comma or line break. A tab too: importers that guess
// the delimiter would otherwise split the cell into columns.
const MUST_QUOTE = /[",\n\r\t]/;

/**
 * A text cell (a name or label, never a number: csvNumber's -0.5 stays a number): quoted only
 * when it must be, so R and pandas read ordinary names without options, and neutralised when a
 * spreadsheet would take it for a formula.
 */
export function csvText(value: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return MUST_QUOTE.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
