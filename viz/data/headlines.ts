import { TIERS } from '../../sim/scenario/vocabulary.ts';
import { formatInterval, formatValue } from '../charts/formatValue.ts';
import type { EndValue } from './endValues.ts';

/** The tier indicators a headline speaks of, in the order people read them (docs/ODD.md §4.11). */
const INDICATORS: readonly [metric: string, words: string][] = [
  ['capability', 'capability'],
  ['coordination', 'coordination'],
  ['localAutonomy', 'local autonomy'],
  ['outcomes', 'outcomes'],
  ['decisionSpeed', 'decision speed'],
  ['deliveryPace', 'delivery pace'],
];

const TIER_WORDS: Record<string, string> = { central: 'central departments', combined: 'combined authorities', local: 'local councils' };

type Direction = 'higher' | 'lower' | 'same';

/**
 * A few sentences stating what the replicates support about B − A at the end of the horizon:
 * a difference is called higher or lower only when its paired 95% interval excludes zero, and
 * "does not differ detectably" otherwise — the reader is never told of a difference the runs cannot
 * tell from noise. `subject` names the comparison ("B" against "A", or "mobility" against the
 * counterfactual).
 */
export function headlines(rows: readonly EndValue[], endDate: string, subject = { b: 'B', a: 'A' }): string[] {
  const pairs = rows.find((r) => r.difference)?.a?.n ?? 0;
  if (!rows.some((r) => r.difference && Number.isFinite(r.difference.ciLow))) {
    return [`With ${pairs === 1 ? 'one replicate' : 'these replicates'} there is no interval for B − A: raise the replicate count to see which differences the runs support.`];
  }
  const out: string[] = [];
  for (const [metric, words] of INDICATORS) {
    const tiers = TIERS.map((tier) => rows.find((r) => r.metric === metric && r.group === tier)).filter((r) => r?.difference && Number.isFinite(r.difference.ciLow)) as EndValue[];
    if (tiers.length === 0) continue;
    const [is, does] = words.endsWith('s') ? ['are', 'do'] : ['is', 'does'];
    const direction = (r: EndValue): Direction => (r.difference!.ciLow > 0 ? 'higher' : r.difference!.ciHigh < 0 ? 'lower' : 'same');
    const shown = (r: EndValue) => `${TIER_WORDS[r.group]} ${signed(r.difference!.mean)} (${formatInterval(r.difference!.ciLow, r.difference!.ciHigh)})`;
    const by = (d: Direction) => tiers.filter((r) => direction(r) === d);
    const [up, down, same] = [by('higher'), by('lower'), by('same')];
    const all = tiers.length > 1 ? 'at every tier' : `for ${TIER_WORDS[tiers[0].group]}`;
    if (same.length === tiers.length) {
      out.push(`${capital(words)} ${does} not differ detectably ${tiers.length > 1 ? 'at any tier' : all}.`);
      continue;
    }
    if (up.length === tiers.length || down.length === tiers.length) {
      out.push(`${capital(words)} ${is} ${up.length > 0 ? 'higher' : 'lower'} in ${subject.b} than in ${subject.a} ${all}: ${tiers.map(shown).join('; ')}.`);
      continue;
    }
    const parts = [
      up.length > 0 ? `higher for ${up.map(shown).join('; ')}` : '',
      down.length > 0 ? `lower for ${down.map(shown).join('; ')}` : '',
    ].filter(Boolean);
    const rest = same.length > 0 ? `; ${words.endsWith('s') ? 'they do' : 'it does'} not differ detectably for ${same.map((r) => TIER_WORDS[r.group]).join(' or ')}` : '';
    out.push(`${capital(words)} in ${subject.b} ${is} ${parts.join(', and ')}${rest}.`);
  }
  const cost = rows.find((r) => r.metric === 'cumulativeCost' && r.group === 'all')?.difference;
  if (cost && Number.isFinite(cost.ciLow)) {
    const detect = cost.ciLow > 0 ? 'more' : cost.ciHigh < 0 ? 'less' : undefined;
    out.push(
      detect
        ? `${subject.b} spends ${formatValue(Math.abs(cost.mean), 'GBP')} ${detect} than ${subject.a} over the run (${formatInterval(cost.ciLow, cost.ciHigh, 'GBP')}).`
        : `What ${subject.b} and ${subject.a} spend does not differ detectably (${formatInterval(cost.ciLow, cost.ciHigh, 'GBP')}).`,
    );
  }
  return [`By ${endDate}, the end of the run, paired by replicate (${pairs} pairs, 95% intervals):`, ...out];
}

const signed = (v: number) => (v > 0 ? '+' : '') + formatValue(v);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
