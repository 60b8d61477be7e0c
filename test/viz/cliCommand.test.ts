import { describe, expect, it } from 'vitest';
import { cliCommand, cliText } from '../../viz/cliCommand.ts';
import { printable } from '../../viz/printable.ts';
import type { SideState } from '../../viz/session.ts';

const japan: SideState = { source: { kind: 'shipped', id: 'japan-regional' }, sets: {} };
const JAPAN = 'npx capflow run scenarios/japan-regional.json --seed 1 --reps 5';
const text = (label: string, a: SideState = { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: {} }) =>
  cliText([{ key: 'a', label, side: a }, { key: 'b', label: 'Japan', side: japan }], 1, 5).split('\n');

describe('the copied CLI text of a hostile scenario title', () => {
  const UK = 'npx capflow run scenarios/uk-2026-regional.json --seed 1 --reps 5';

  it('keeps a title with newlines on its comment line, so "touch ~/pwned" is never a command', () => {
    expect(text('England\ntouch ~/pwned\n#')).toEqual(['# A: England touch ~/pwned #', UK, '# B: Japan', JAPAN]);
  });

  it('does the same for a carriage return, NEL, a vertical tab and the Unicode line and paragraph separators', () => {
    for (const sep of ['\r', '\r\n', '\u0085', '\u000b', '\u000c', '\u2028', '\u2029']) {
      expect(text(`England${sep}touch ~/pwned`), JSON.stringify(sep)).toEqual(['# A: England touch ~/pwned', UK, '# B: Japan', JAPAN]);
    }
  });

  it('removes bidirectional overrides and isolates, which show a line in another order than it runs', () => {
    const bidi = '\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u200e\u200f\u061c';
    expect(text(`Eng${bidi}land\u001b[2K`)).toEqual(['# A: Eng land [2K', UK, '# B: Japan', JAPAN]);
  });
});

describe('the copied CLI command of a hostile file name or edit', () => {
  it('puts ./ before a file name starting with "-", so it is never read as an option', () => {
    expect(cliCommand({ source: { kind: 'file', name: '-rf.json', text: '' }, sets: {} }, 1, 1)).toBe('npx capflow run ./-rf.json --seed 1 --reps 1');
    expect(cliCommand({ source: { kind: 'file', name: '--help', text: '' }, sets: {} }, 1, 1)).toBe('npx capflow run ./--help --seed 1 --reps 1');
  });

  it('passes an edit starting with "-" as --set=…', () => {
    expect(cliCommand({ source: { kind: 'shipped', id: 'x' }, sets: { '-v': '1' } }, 1, 1)).toBe('npx capflow run scenarios/x.json --seed 1 --reps 1 --set=-v=1');
  });

  it('removes control and bidi characters from file names and edits, keeps them quoted, and says that it did', () => {
    const side: SideState = { source: { kind: 'file', name: "-x\n$(touch pwned)'\u202e.json", text: '' }, sets: { title: 'England\ntouch ~/pwned\n#', years: '3' } };
    expect(text('Mine', side)).toEqual([
      '# A: Mine',
      '# 4 control or bidirectional characters removed from the file name and edits below; the command may differ from the view.',
      `npx capflow run './-x$(touch pwned)'\\''.json' --seed 1 --reps 5 --set 'title=Englandtouch ~/pwned#' --set years=3`,
      '# B: Japan',
      JAPAN,
    ]);
  });
});

describe('printable', () => {
  it('replaces each run of unprintable characters and leaves other text, accents and emoji alone', () => {
    expect(printable('a\u0000\u0007\u007f\u009fb', '_')).toBe('a_b');
    expect(printable('Île-de-France 東京 👩‍💼\u00a0')).toBe('Île-de-France 東京 👩‍💼\u00a0');
  });
});

describe('the copied CLI text of an uploaded file', () => {
  const upload: SideState = { source: { kind: 'file', name: 'my-gm.json', text: '{"extends":"uk-2026-regional.json"}' }, sets: { years: '2' } };
  const input = { name: 'my-gm', years: 2, funding: { cycleMonths: 36 } };

  it('writes the merged, edited input and runs it without --set, since the file and its relative extends are not at the root', () => {
    const lines = cliText([{ key: 'a', label: 'Mine', side: upload, input }, { key: 'b', label: 'Japan', side: japan, input: { name: 'japan-regional' } }], 1, 5).split('\n');
    expect(lines[0]).toBe('# A: Mine');
    expect(lines[1]).toBe('mkdir -p runs/playground');
    expect(lines[2]).toMatch(/^cat > runs\/playground\/a-my-gm-file_years2-[0-9a-f]{8}\.json <<'CAPFLOW_JSON'$/);
    expect(JSON.parse(lines[3])).toEqual(input);
    expect(lines[4]).toBe('CAPFLOW_JSON');
    const file = lines[2].split(' ')[2];
    expect(lines[5]).toBe(`npx capflow run ${file} --seed 1 --reps 5 --out runs/playground-${file.slice(16, -5)}-seed1-5reps`);
    expect(lines.slice(6)).toEqual(['# B: Japan', JAPAN]);
  });

  it('falls back to the file name when the side has no valid input to write', () => {
    expect(cliText([{ key: 'a', label: 'Mine', side: upload }], 1, 5).split('\n')[1]).toBe('npx capflow run my-gm.json --seed 1 --reps 5 --set years=2');
  });
});
