import type { SideKey } from './session.ts';

/**
 * What the money figures are in, for captions and the table: every amount is GBP, the schema's
 * unit; a side whose scenario states a conversion (its `money` field, e.g. Japan's yen at about
 * 190 to the pound) is named with it, so "£15.4k" for Japan is never read as yen.
 */
export function moneyNote(labels: Record<SideKey, string>, money: Record<SideKey, string | undefined>): string {
  const stated = (['a', 'b'] as const).filter((s) => money[s]).map((s) => `${s.toUpperCase()} (${labels[s]}): ${money[s]}`);
  return stated.length === 0 ? 'Money is in GBP (£), the unit of every scenario.' : `Money is in GBP (£). ${stated.join('. ')}.`;
}
