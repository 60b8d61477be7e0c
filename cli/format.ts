/** Numbers for people to read in the summary; metrics.csv keeps full precision. */

/** Whole numbers as they are; means over replicates may need a decimal. */
export function count(x: number): string {
  return Number.isInteger(x) ? thousands(x.toFixed(0)) : thousands(x.toFixed(1));
}

/** A 0–1 index. */
export function index(x: number | undefined): string {
  return x === undefined ? '-' : x.toFixed(3);
}

export function percent(x: number): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-';
}

export function gbp(x: number): string {
  return `${x < 0 ? '-' : ''}£${thousands(Math.abs(x).toFixed(0))}`;
}

/** Thousands separators without Intl, so the output is the same whatever the locale. */
export function thousands(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}
