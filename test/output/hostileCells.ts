/**
 * Names a hostile scenario could carry into a CSV: formulas a spreadsheet would run, and
 * characters that would split a cell or a row if written bare.
 */
export const HOSTILE_NAMES = ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)', '-2+3', 'tab\there', 'say "hi"\nnext line', '\tleading tab', '\rleading CR'];

/** A complete RFC 4180 reader (quoted fields may hold commas, quotes and line breaks), as a spreadsheet reads the file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** What a spreadsheet would do with a cell written bare: true when it would be taken as a formula. */
export const looksLikeFormula = (raw: string): boolean => /^[=+\-@\t\r]/.test(raw);

/** A cell csvNumber wrote: a finite decimal, or Inf, -Inf or NA. */
export const isNumberCell = (raw: string): boolean => Number.isFinite(Number(raw)) || raw === 'Inf' || raw === '-Inf' || raw === 'NA';

/**
 * The raw (unparsed) cells of each line of `text` that are not numbers: the tab-delimited reading
 * some importers guess counts here too, so every such character must sit inside quotes.
 */
export function bareCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  const flush = () => {
    if (!wasQuoted) cells.push(cell);
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = wasQuoted = true;
    else if (ch === ',' || ch === '\n') flush();
    else cell += ch;
  }
  return cells;
}
