import { describe, expect, it } from 'vitest';
import { CAPFLOW_VERSION, crc32, pngText, pngWithText, provenanceLines } from '../../viz/chartLabel.ts';
import pkg from '../../package.json' with { type: 'json' };

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Signature, a 1×1 IHDR and IEND: enough structure for chunks to be inserted and read. */
function minimalPng(): Uint8Array {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  const ihdrData = [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
  const ihdrCrc = crc32(Uint8Array.from([...ascii('IHDR'), ...ihdrData]));
  const be = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return Uint8Array.from([...sig, ...be(13), ...ascii('IHDR'), ...ihdrData, ...be(ihdrCrc), ...be(0), ...ascii('IEND'), 0xae, 0x42, 0x60, 0x82]);
}

describe('exported chart labels', () => {
  it('name title, metric, unit, both scenarios, seed, replicates, capflow version and date', () => {
    const lines = provenanceLines({ title: 'Capability', metric: 'capability', unit: 'index (0–1)', scenarios: { a: 'England 2026', b: 'Japan' }, seed: 3, replicates: { a: 5, b: 5 }, date: '2026-12-02' });
    expect(lines).toEqual([
      'Capability (metric capability, unit index (0–1))',
      'A: England 2026; B: Japan',
      `seed 3, 5 replicates each; capflow ${pkg.version}; exported 2026-12-02`,
    ]);
    expect(CAPFLOW_VERSION).toBe(pkg.version);
  });

  it('computes PNG CRC-32 as the spec does', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
  });

  it('puts text chunks after the header and reads them back, leaving the rest of the file as it was', () => {
    const png = minimalPng();
    const labelled = pngWithText(png, [['Title', 'Capability: B − A'], ['Software', 'capflow']]);
    expect(pngText(labelled)).toEqual({ Title: 'Capability: B - A', Software: 'capflow' });
    expect(Array.from(labelled.subarray(0, 33))).toEqual(Array.from(png.subarray(0, 33)));
    expect(Array.from(labelled.subarray(labelled.length - 12))).toEqual(Array.from(png.subarray(png.length - 12)));
  });
});
