import { DIRECTIONS, DOMAINS, GRADES, INSTRUMENTS, TIERS } from '../../sim/scenario/vocabulary.ts';

/** The model's fixed vocabularies: a path segment from one of them is a variant of a row. */
export const VOCABULARIES: readonly { placeholder: string; values: readonly string[] }[] = [
  { placeholder: '<tier>', values: TIERS },
  { placeholder: '<instrument>', values: INSTRUMENTS },
  { placeholder: '<direction>', values: DIRECTIONS },
  { placeholder: '<domain>', values: DOMAINS },
  { placeholder: '<grade>', values: GRADES },
];

interface Collapsible {
  path: string;
  description?: string;
}

interface Variant<T> {
  row: T;
  /** The vocabulary value at each placeholder position of the path. */
  values: string[];
}

/**
 * Merges rows that differ only in a vocabulary segment of their path (a tier, instrument,
 * direction, domain or grade) and say the same thing otherwise: `tiers.central.vacancyMonths`,
 * `tiers.combined.vacancyMonths` and `tiers.local.vacancyMonths` become `tiers.<tier>.vacancyMonths`.
 * A description may end with the variant (", centralToLocal" or ": policyDesign"). Variants whose
 * defaults or provenance differ stay apart: `programme.instruments.{secondment, exchange}.minMonths`.
 */
export function collapseVariants<T extends Collapsible>(rows: readonly T[]): T[] {
  const groups = new Map<string, { template: string[]; vocab: number[]; variants: Variant<T>[] }>();
  const order: string[] = [];
  for (const row of rows) {
    const segments = row.path.split('.');
    const template: string[] = [];
    const vocab: number[] = [];
    const values: string[] = [];
    let description = row.description;
    segments.forEach((segment) => {
      const v = VOCABULARIES.findIndex((x) => x.values.includes(segment));
      if (v < 0) return void template.push(segment);
      template.push(VOCABULARIES[v].placeholder);
      vocab.push(v);
      values.push(segment);
      if (description !== undefined) description = replaceTrailing(description, segment, VOCABULARIES[v].placeholder);
    });
    const key = JSON.stringify({ ...row, path: template.join('.'), description });
    if (!groups.has(key)) {
      groups.set(key, { template, vocab, variants: [] });
      order.push(key);
    }
    groups.get(key)!.variants.push({ row, values });
  }
  return order.flatMap((key) => merge(groups.get(key)!));
}

function replaceTrailing(text: string, value: string, placeholder: string): string {
  for (const sep of [', ', ': ']) if (text.endsWith(`${sep}${value}`)) return text.slice(0, -value.length) + placeholder;
  return text;
}

function merge<T extends Collapsible>(g: { template: string[]; vocab: number[]; variants: Variant<T>[] }): T[] {
  if (g.vocab.length === 0 || g.variants.length === 1) return g.variants.map((v) => v.row);
  // The values seen at each placeholder position, in vocabulary order.
  const seen = g.vocab.map((v, p) => VOCABULARIES[v].values.filter((x) => g.variants.some((r) => r.values[p] === x)));
  const product = seen.reduce((n, s) => n * s.length, 1);
  // Only a full cross product of variants reads correctly as one row.
  if (product !== g.variants.length) return g.variants.map((v) => v.row);
  const shown = seen.map((s, p) => {
    const all = VOCABULARIES[g.vocab[p]];
    if (s.length === all.values.length) return all.placeholder;
    return s.length === 1 ? s[0] : `{${s.join(', ')}}`;
  });
  let p = 0;
  const path = g.template.map((segment) => (segment.startsWith('<') ? shown[p++] : segment)).join('.');
  const first = g.variants[0].row;
  let description = first.description;
  if (description !== undefined) {
    g.vocab.forEach((_, q) => {
      description = replaceTrailing(description!, g.variants[0].values[q], shown[q]);
    });
  }
  return [{ ...first, path, ...(description !== undefined ? { description } : {}) }];
}
