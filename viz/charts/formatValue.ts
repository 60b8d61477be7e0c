import { format } from 'd3';

const big = format(',.0f');
const sig = format('.3~r');
const money = format('.3~s');

/** A value for reading, not for computing: three significant digits, thousands separated, £ for money. */
export function formatValue(v: number, unit = ''): string {
  if (!Number.isFinite(v)) return '–';
  if (unit === 'GBP') return (v < 0 ? '−£' : '£') + (Math.abs(v) >= 1e4 ? money(Math.abs(v)).replace('G', 'bn') : big(Math.abs(v)));
  const text = Math.abs(v) >= 1000 ? big(v) : sig(v);
  return text.replace('-', '−');
}

/** An interval as "a to b" (or nothing when it is unbounded). */
export function formatInterval(lo: number, hi: number, unit = '', f: (v: number, unit: string) => string = formatValue): string {
  return Number.isFinite(lo) && Number.isFinite(hi) ? `${f(lo, unit)} to ${f(hi, unit)}` : '';
}

const exact = format('.6~r');

/** A value as the readout shows it: six significant digits, enough to tell runs apart. */
export function formatExact(v: number, unit = ''): string {
  if (!Number.isFinite(v)) return '–';
  const text = (Math.abs(v) >= 1e6 ? format(',.0f')(v) : exact(v)).replace('-', '−');
  return unit === 'GBP' ? `£${text}` : text;
}
