import { version } from '../package.json';

/** What an exported chart must say about itself to stand alone in a briefing. */
export interface ChartProvenance {
  title: string;
  metric: string;
  unit: string;
  scenarios: { a: string; b: string };
  seed: number;
  replicates: { a: number; b: number };
  /** "YYYY-MM-DD", the day it was exported. */
  date: string;
}

export const CAPFLOW_VERSION: string = version;

/** The footer lines an exported SVG or PNG carries under the chart, and the PNG's text chunks. */
export function provenanceLines(p: ChartProvenance): string[] {
  const reps = p.replicates.a === p.replicates.b ? `${p.replicates.a} replicate${p.replicates.a === 1 ? '' : 's'} each` : `${p.replicates.a} and ${p.replicates.b} replicates`;
  return [
    `${p.title} (metric ${p.metric}, unit ${p.unit})`,
    `A: ${p.scenarios.a}; B: ${p.scenarios.b}`,
    `seed ${p.seed}, ${reps}; capflow ${CAPFLOW_VERSION}; exported ${p.date}`,
  ];
}

/**
 * A PNG with text chunks (tEXt, ISO 8859-1 keywords such as "Title") inserted after its header, so
 * the file says what it shows even where the footer is cropped (PNG spec §11.3.4.3). Characters
 * outside Latin-1 are replaced by "?", as tEXt requires.
 */
export function pngWithText(png: Uint8Array, entries: readonly [keyword: string, text: string][]): Uint8Array {
  const ihdrEnd = 8 + 12 + readUint32(png, 8);
  const chunks = entries.map(([k, t]) => chunk('tEXt', latin1(`${k}\u0000${t}`)));
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** The tEXt chunks of a PNG, keyword → text (for reading an export back). */
export function pngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length; ) {
    const length = readUint32(png, at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'tEXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const zero = data.indexOf(0);
      out[String.fromCharCode(...data.subarray(0, zero))] = String.fromCharCode(...data.subarray(zero + 1));
    }
    at += 12 + length;
  }
  return out;
}

function latin1(s: string): Uint8Array {
  return Uint8Array.from(s.replace(/[\u2212\u2013\u2014]/g, '-'), (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function readUint32(b: Uint8Array, at: number): number {
  return ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
}

/** CRC-32 as PNG defines it (ISO 3309; PNG spec annex D). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
