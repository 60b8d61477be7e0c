import { describe, expect, it } from 'vitest';
import { csvNumber, csvText, tidyHeader, tidyLines, tidyRunPrefix } from '../../sim/output/tidyCsv.ts';
import { parseCsv } from './hostileCells.ts';

describe('csvText', () => {
  it('leaves ordinary names bare, so R and pandas read them without options', () => {
    expect(['uk-2026-regional', 'central', 'japan-regional:no-safeguards', 'capability', 'Île-de-France', 'a b'].map(csvText)).toEqual([
      'uk-2026-regional', 'central', 'japan-regional:no-safeguards', 'capability', 'Île-de-France', 'a b',
    ]);
  });

  it('quotes a quote, comma or line break as RFC 4180 says, doubling the quotes', () => {
    expect(csvText('North, East')).toBe('"North, East"');
    expect(csvText('say "hi"\nnext')).toBe('"say ""hi""\nnext"');
    expect(csvText('a\r\nb')).toBe('"a\r\nb"');
  });

  it('quotes a tab, so an importer that guesses the delimiter cannot split the cell', () => {
    expect(csvText('tab\there')).toBe('"tab\there"');
  });

  it('neutralises a cell a spreadsheet would run as a formula: a leading quote mark, and quotes around', () => {
    expect(csvText('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvText('+1')).toBe('"\'+1"');
    expect(csvText('-2+3')).toBe('"\'-2+3"');
    expect(csvText('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvText('\tx')).toBe('"\'\tx"');
    expect(csvText('\rx')).toBe('"\'\rx"');
    expect(csvText('\0x')).toBe('"\'\0x"');
  });

  it('reads back, as a spreadsheet parses it, as the name behind one quote mark', () => {
    expect(parseCsv(`${csvText('=1+1')},${csvText('a,"b"')}\n`)).toEqual([["'=1+1", 'a,"b"']]);
  });
});

describe('csvNumber', () => {
  it('is never neutralised: a negative number stays a number', () => {
    expect([-0.5, -2, 0.1 + 0.2, 1e-300, -0].map(csvNumber)).toEqual(['-0.5', '-2', '0.30000000000000004', '1e-300', '0']);
  });

  it('writes anything undefined as an empty cell, the one missing value R and pandas both read as NA', () => {
    expect([Infinity, -Infinity, NaN].map(csvNumber)).toEqual(['', '', '']);
  });
});

describe('tidy rows', () => {
  it('have the columns of metrics.csv, varied parameters after the seed', () => {
    expect(tidyHeader()).toBe('scenario,replicate,seed,tick,date,metric,group,value');
    expect(tidyHeader(['funding.cycleMonths', 'x,y'])).toBe('scenario,replicate,seed,funding.cycleMonths,"x,y",tick,date,metric,group,value');
  });

  it('print the run, the varied values and each row in the order given', () => {
    const prefix = tidyRunPrefix('uk', 2, 7, [36, -0.25]);
    expect(prefix).toBe('uk,2,7,36,-0.25,');
    const rows = [
      { tick: 0, date: '2026-01', metric: 'capability', group: 'central', value: 0.5 },
      { tick: 0, date: '2026-01', metric: 'gap', group: '=cmd', value: -Infinity },
    ];
    expect(tidyLines(prefix, rows)).toBe('uk,2,7,36,-0.25,0,2026-01-01,capability,central,0.5\nuk,2,7,36,-0.25,0,2026-01-01,gap,"\'=cmd",\n');
  });
});
