import { mix32 } from '../random/hash.ts';
import { canonicalJson } from './canonicalJson.ts';

/**
 * A 64-bit identity (16 hex digits) of any JSON value's content: two independent 32-bit lanes of
 * the kernel's integer mixer over the canonical JSON. Names result files and assigns runs to shards,
 * so it depends on what a run is, never on where it sits in a list.
 */
export function contentId(value: unknown): string {
  const text = canonicalJson(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = mix32(a ^ c) + i;
    b = mix32(b + c * 0x9e3779b1) ^ i;
  }
  return hex(mix32(a ^ b)) + hex(mix32(b + 0x632be5ab));
}

const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
