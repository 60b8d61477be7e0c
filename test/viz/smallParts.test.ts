import { describe, expect, it } from 'vitest';
import { cliCommand, shellQuote } from '../../viz/cliCommand.ts';
import { formatExact, formatValue } from '../../viz/charts/formatValue.ts';
import { groupLabel } from '../../viz/groupLabel.ts';
import { plural } from '../../viz/plural.ts';
import { moneyNote } from '../../viz/moneyNote.ts';
import { ringRadius } from '../../viz/charts/chordChart.ts';
import type { NumberSetting } from '../../sim/scenario/settings.ts';
import { niceCeil, sliderRange } from '../../viz/ui/sliderRange.ts';

describe('cliCommand', () => {
  it('reproduces a side with its file, seed, replicates and edits, quoted for the shell', () => {
    const side = { source: { kind: 'shipped' as const, id: 'uk-2026-regional' }, sets: { 'funding.cycleMonths': '36', 'programme.instruments.secondment.selection': 'orchestrated' } };
    expect(cliCommand(side, 3, 5)).toBe(
      'npx capflow run scenarios/uk-2026-regional.json --seed 3 --reps 5 --set funding.cycleMonths=36 --set programme.instruments.secondment.selection=orchestrated',
    );
    expect(cliCommand({ source: { kind: 'file', name: "my file's.json", text: '' }, sets: {} }, 1, 1)).toBe(`npx capflow run 'my file'\\''s.json' --seed 1 --reps 1`);
    expect(shellQuote('a=b c')).toBe(`'a=b c'`);
  });
});

describe('sliderRange', () => {
  const setting = (over: Partial<NumberSetting>): NumberSetting => ({
    kind: 'number', path: 'x', section: [], key: 'x', description: '', unit: '', min: 0, max: 1, integer: false, ...over,
  });

  it('spans a share\'s whole range in 200 steps', () => {
    expect(sliderRange(setting({}), [0.52])).toEqual({ min: 0, max: 1, step: 0.005 });
  });

  it('narrows a huge schema range to a nice bound around the values in play, stepping whole numbers by one', () => {
    expect(sliderRange(setting({ max: 1e6 }), [40, 0])).toEqual({ min: 0, max: 200, step: 1 });
    expect(sliderRange(setting({ max: 2e7, integer: true }), [513_000])).toEqual({ min: 0, max: 5_000_000, step: 50_000 });
    expect(sliderRange(setting({ min: 1, max: 240, integer: true, default: 12 }), [12])).toEqual({ min: 1, max: 240, step: 1 });
  });

  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([niceCeil(0.0049), niceCeil(3), niceCeil(160), niceCeil(1000)]).toEqual([0.005, 5, 200, 1000]);
  });
});

describe('labels and numbers', () => {
  it('names groups as people read them', () => {
    expect(groupLabel('secondment:centralToLocal')).toBe('secondment, central → local');
    expect(groupLabel('central~combined')).toBe('central ↔ combined');
    expect(groupLabel('North West')).toBe('North West');
  });

  it('formats for reading and for the exact readout', () => {
    expect(formatValue(0.123456)).toBe('0.123');
    expect(formatValue(-1234.5)).toBe('−1,235');
    expect(formatValue(2_500_000, 'GBP')).toBe('£2.5M');
    expect(formatExact(0.123456789)).toBe('0.123457');
  });
});

describe('plural', () => {
  it('reads "1 replicate" and "5 replicates"', () => {
    expect([plural(1, 'replicate'), plural(5, 'replicate'), plural(0, 'run')]).toEqual(['1 replicate', '5 replicates', '0 runs']);
  });
});

describe('moneyNote', () => {
  const labels = { a: 'UK 2026', b: 'Japan' };
  it('names the side whose scenario converted its money, with the rate it states', () => {
    expect(moneyNote(labels, { a: undefined, b: 'GBP, converted from yen at about 190 yen to the pound' })).toBe('Money is in GBP (£). B (Japan): GBP, converted from yen at about 190 yen to the pound.');
  });
  it('says GBP when neither scenario states a conversion', () => {
    expect(moneyNote(labels, { a: undefined, b: undefined })).toBe('Money is in GBP (£), the unit of every scenario.');
  });
});

describe('ringRadius', () => {
  it('scales a chord ring so its area is in proportion to its total, the largest filling the space', () => {
    expect(ringRadius(128, 479, 479)).toBe(128);
    expect(ringRadius(128, 93, 479)).toBeCloseTo(128 * Math.sqrt(93 / 479), 12);
    expect(ringRadius(128, 1, 479)).toBe(24);
    expect(ringRadius(128, 93)).toBe(128);
  });
});
