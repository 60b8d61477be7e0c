import type { PRNG } from 'seedrandom';
import { scenarioJsonSchema } from '../../../sim/scenario/schema.ts';
import type { SchemaNode } from '../../../sim/scenario/parameterNode.ts';

/**
 * Mutations of a scenario input for the fuzz test. Each takes the random source as an argument
 * and changes a copy; what JSON.stringify cannot write (a key twice, a `__proto__` key, 1e400,
 * nesting thousands deep) goes in as a marker string that `toText` swaps for raw JSON text.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const MARK = '\u0001raw:';
const raw = (text: string) => `${MARK}${text}\u0001`;
let dupCount = 0;

/** The JSON text of a mutated value, markers replaced by the raw text they stand for. */
export function toText(value: Json): string {
  return JSON.stringify(value, null, 1)
    .replace(/"\\u0001dup\d+:([^"]*)"/g, (_, key) => JSON.stringify(key))
    .replace(/"\\u0001raw:(.*?)\\u0001"/g, (_, text) => JSON.parse(`"${text}"`));
}

const pick = <T>(rng: PRNG, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

/** Every path in the value, the root excluded. */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...at, i]), paths(v, [...at, i], out)));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([...at, k]), paths(v, [...at, k], out);
  return out;
}

function get(value: Json, path: Path): Json {
  let v: any = value;
  for (const k of path) v = v[k];
  return v;
}

function set(value: Json, path: Path, to: Json): void {
  const parent: any = get(value, path.slice(0, -1));
  parent[path[path.length - 1]] = to;
}

const leaves = (value: Json, test: (v: Json) => boolean) => paths(value).filter((p) => test(get(value, p)));
const objects = (value: Json) => [[], ...leaves(value, (v) => v !== null && typeof v === 'object' && !Array.isArray(v))] as Path[];

const EXTREME_NUMBERS = [1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0, 0, -1, 0.5, 2 ** 53 + 2, -(2 ** 63), 1e21, 4294967296, 1e-300];
const RAW_HUGE_NUMBERS = ['1e400', '-1e400', '123456789012345678901234567890'];
const RAW_NUMBERS = ['-0.0', '1E+2', '0.000000000000000000001', '1.0'];
const NUMBER_LIKE_STRINGS = ['NaN', 'Infinity', '-Infinity', '1e999', '0x10', '', ' 12', '12 ', '1,000', '½'];
const ODD_KEYS = ['constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'unknownKey', '', ' ', 'value'];
const CONTROL = ['\u0000', '\t', '\n', '\r', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'];

let schemaRoot: SchemaNode | undefined;

/** The schema node at a path, for boundary values. */
function schemaAt(path: Path): SchemaNode | undefined {
  schemaRoot ??= scenarioJsonSchema() as SchemaNode;
  let node: SchemaNode | undefined = schemaRoot;
  for (const key of path) {
    const branches: SchemaNode[] = [node!, ...(node!.anyOf ?? []), ...(node!.oneOf ?? [])];
    node = undefined;
    for (const b of branches) {
      const next = typeof key === 'number' ? (b.items || undefined) : b.properties?.[key];
      if (next) {
        node = next;
        break;
      }
    }
    if (!node) return undefined;
  }
  return node;
}

/** The range of a number at a path: a parameter's bare branch or a plain number's own bounds. */
function rangeAt(path: Path): [number, number] | undefined {
  const node = schemaAt(path[path.length - 1] === 'value' ? path.slice(0, -1) : path);
  const n = node?.anyOf?.[0] ?? node;
  return n && typeof n.minimum === 'number' && typeof n.maximum === 'number' ? [n.minimum, n.maximum] : undefined;
}

export interface Mutation {
  name: string;
  /** How often it is drawn, relative to the others. */
  weight: number;
  /** Whether every scenario must be refused after it (when no later mutation undoes it). */
  refused?: true;
  apply(value: Json, rng: PRNG): string;
}

/** Draws a mutation by weight. */
export function pickMutation(rng: PRNG): Mutation {
  let r = rng() * MUTATIONS.reduce((a, m) => a + m.weight, 0);
  for (const m of MUTATIONS) if ((r -= m.weight) < 0) return m;
  return MUTATIONS[MUTATIONS.length - 1];
}

/** Sets a number within its schema range: a bound, or uniformly between them. */
function inRange(v: Json, rng: PRNG, bound: boolean): string {
  const p = pick(rng, numbers(v).filter((x) => rangeAt(x)));
  const [lo, hi] = rangeAt(p)!;
  // Sizes at their maximum would make a regional case national, which the fuzz cannot run in
  // time; they take their minimum or up to ten times their value instead.
  const sizeLike = p.some((k) => k === 'establishment' || k === 'placesPerYear' || k === 'warmUpYears' || k === 'years');
  const now = get(v, p) as number;
  let to = bound ? pick(rng, [lo, hi]) : lo + rng() * (hi - lo);
  if (sizeLike) to = bound ? lo : Math.min(hi, lo + rng() * 10 * Math.max(now, 1));
  if (rangeIsInteger(p)) to = Math.round(to);
  set(v, p, to);
  return `${show(p)} = ${to}`;
}

/**
 * Every number with a range set to its minimum or to its maximum (sizes to their minimum), for the
 * corners where shares are all 0 or all 1 and divisions meet zeros.
 */
export function everyBound(v: Json, which: 'min' | 'max'): string {
  for (const p of numbers(v)) {
    const range = rangeAt(p);
    // Grade shares must sum to one, so at a bound they would only test that refusal.
    if (!range || p.includes('gradeShares')) continue;
    const sizeLike = p.some((k) => k === 'establishment' || k === 'placesPerYear' || k === 'warmUpYears' || k === 'years');
    set(v, p, which === 'min' || sizeLike ? range[0] : range[1]);
  }
  return `every bounded number at its ${which === 'min' ? 'minimum' : 'maximum'}`;
}

function rangeIsInteger(path: Path): boolean {
  const node = schemaAt(path[path.length - 1] === 'value' ? path.slice(0, -1) : path);
  return (node?.anyOf?.[0] ?? node)?.type === 'integer';
}

const numbers = (v: Json) => leaves(v, (x) => typeof x === 'number');
const strings = (v: Json) => leaves(v, (x) => typeof x === 'string');
const show = (path: Path) => path.join('.') || '$';

export const MUTATIONS: Mutation[] = [
  {
    name: 'type flip',
    weight: 1,
    apply(v, rng) {
      const p = pick(rng, paths(v));
      const to = pick(rng, [null, true, false, 0, 12, 'twelve', '12', [], {}, [1, 2], { value: 1 }] as Json[]);
      set(v, p, structuredClone(to));
      return `${show(p)} = ${JSON.stringify(to)}`;
    },
  },
  {
    name: 'extreme number',
    weight: 1,
    apply(v, rng) {
      const p = pick(rng, numbers(v));
      const to = pick(rng, EXTREME_NUMBERS);
      set(v, p, to);
      return `${show(p)} = ${to}`;
    },
  },
  {
    name: 'raw huge number',
    weight: 1,
    refused: true,
    apply(v, rng) {
      const p = pick(rng, numbers(v));
      const to = pick(rng, RAW_HUGE_NUMBERS);
      set(v, p, raw(to));
      return `${show(p)} = ${to}`;
    },
  },
  {
    name: 'raw number text',
    weight: 1,
    apply(v, rng) {
      const p = pick(rng, numbers(v));
      const to = pick(rng, RAW_NUMBERS);
      set(v, p, raw(to));
      return `${show(p)} = ${to}`;
    },
  },
  { name: 'boundary value', weight: 6, apply: (v, rng) => inRange(v, rng, true) },
  { name: 'value in range', weight: 6, apply: (v, rng) => inRange(v, rng, false) },
  {
    name: 'many bounds',
    weight: 3,
    apply: (v, rng) => Array.from({ length: 12 }, () => inRange(v, rng, true)).join(', '),
  },
  {
    name: 'number-like string',
    weight: 1,
    apply(v, rng) {
      const p = pick(rng, numbers(v));
      const to = pick(rng, NUMBER_LIKE_STRINGS);
      set(v, p, to);
      return `${show(p)} = ${JSON.stringify(to)}`;
    },
  },
  {
    name: 'odd key',
    weight: 1,
    apply(v, rng) {
      const p = pick(rng, objects(v));
      const key = pick(rng, ODD_KEYS);
      (get(v, p) as Record<string, Json>)[key] = pick(rng, [1, 'x', { polluted: true }, null] as Json[]);
      return `${show(p)}.${key} added`;
    },
  },
  {
    name: '__proto__ key',
    weight: 1,
    refused: true,
    apply(v, rng) {
      const p = pick(rng, objects(v));
      (get(v, p) as Record<string, Json>)[`\u0001dup${dupCount++}:__proto__`] = { polluted: true };
      return `${show(p)}.__proto__ added`;
    },
  },
  {
    name: 'duplicate key',
    weight: 1,
    refused: true,
    apply(v, rng) {
      const withKeys = objects(v).filter((p) => Object.keys(get(v, p) as object).length > 0);
      const p = pick(rng, withKeys);
      const obj = get(v, p) as Record<string, Json>;
      const key = pick(rng, Object.keys(obj));
      obj[`\u0001dup${dupCount++}:${key}`] = structuredClone(obj[key]);
      return `${show(p)}.${key} written twice`;
    },
  },
  {
    name: 'deleted key',
    weight: 1,
    apply(v, rng) {
      const p = pick(rng, paths(v).filter((x) => typeof x[x.length - 1] === 'string'));
      delete (get(v, p.slice(0, -1)) as Record<string, Json>)[p[p.length - 1] as string];
      return `${show(p)} deleted`;
    },
  },
  {
    name: 'deep nesting',
    weight: 1,
    refused: true,
    apply(v, rng) {
      const p = pick(rng, paths(v));
      const levels = pick(rng, [65, 200, 5000]);
      const open = pick(rng, ['[', '{"a":']);
      const close = open === '[' ? ']' : '}';
      set(v, p, raw(open.repeat(levels) + '1' + close.repeat(levels)));
      return `${show(p)} nested ${levels} deep`;
    },
  },
  {
    name: 'control character',
    weight: 1,
    refused: true,
    apply(v, rng) {
      const p = pick(rng, strings(v));
      const ch = pick(rng, CONTROL);
      const s = get(v, p) as string;
      const at = Math.floor(rng() * (s.length + 1));
      set(v, p, s.slice(0, at) + ch + s.slice(at));
      return `${show(p)} holds U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    },
  },
  {
    name: 'control character in a key',
    weight: 1,
    refused: true,
    apply(v, rng) {
      const p = pick(rng, objects(v));
      const key = `k${pick(rng, CONTROL)}[2J`;
      (get(v, p) as Record<string, Json>)[key] = 1;
      return `${show(p)} has a key with U+${key.charCodeAt(1).toString(16).padStart(4, '0')}`;
    },
  },
  {
    name: 'long list',
    weight: 1,
    apply(v, rng) {
      const lists = leaves(v, (x) => Array.isArray(x) && x.length > 0);
      const p = pick(rng, lists);
      const list = get(v, p) as Json[];
      const times = pick(rng, [2, 50, 1001]);
      set(v, p, Array.from({ length: list.length * times }, (_, i) => structuredClone(list[i % list.length])));
      return `${show(p)} repeated ${times} times`;
    },
  },
  {
    name: 'empty list',
    weight: 1,
    apply(v, rng) {
      const p = pick(rng, leaves(v, (x) => Array.isArray(x)));
      set(v, p, []);
      return `${show(p)} emptied`;
    },
  },
  {
    name: 'long string',
    weight: 1,
    apply(v, rng) {
      const p = pick(rng, strings(v));
      set(v, p, 'x'.repeat(pick(rng, [201, 5001, 100_000])));
      return `${show(p)} made long`;
    },
  },
];
