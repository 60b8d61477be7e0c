import { DIRECTIONS, DOMAINS, INSTRUMENTS, TIERS } from '../scenario/vocabulary.ts';

/** What a metric's `group` names: the key a reader needs to filter the mixed `group` column. */
export type GroupKind = 'all' | 'tier' | 'tier:domain' | 'tier~tier' | 'instrument' | 'instrument:direction' | 'programme' | 'region';

const has = (list: readonly string[], name: string) => list.includes(name);

/**
 * The kind of a metric group, from the vocabulary (docs/ODD.md §2.1): tiers, tier pairs
 * (`central~local`), a tier's knowledge domain (`local:policyDesign`), instruments and their
 * directions (`secondment:centralToLocal`), the programme and "all". Anything else is one of the
 * scenario's regions, which are named by the scenario itself.
 */
export function groupKind(group: string): GroupKind {
  if (group === 'all') return 'all';
  if (group === 'programme') return 'programme';
  if (has(TIERS, group)) return 'tier';
  if (has(INSTRUMENTS, group)) return 'instrument';
  const tilde = group.split('~');
  if (tilde.length === 2 && has(TIERS, tilde[0]) && has(TIERS, tilde[1])) return 'tier~tier';
  const colon = group.indexOf(':');
  if (colon > 0) {
    const [head, tail] = [group.slice(0, colon), group.slice(colon + 1)];
    if (has(TIERS, head) && has(DOMAINS, tail)) return 'tier:domain';
    if (has(INSTRUMENTS, head) && has(DIRECTIONS, tail)) return 'instrument:direction';
  }
  return 'region';
}
