import { describe, expect, it } from 'vitest';
import { deflateBase64Url, inflateBase64Url, MAX_FILE_BYTES, maxDataChars } from '../../viz/linkData.ts';
import { decodeSession, encodeSession, MAX_EDITS, MAX_LINK_CHARS, type Session } from '../../viz/session.ts';

const defaults: Session = {
  a: { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: {} },
  b: { source: { kind: 'shipped', id: 'japan-regional' }, sets: {} },
  seed: 1,
  replicates: 5,
  view: 'compare',
  smoothing: 1,
  counterfactual: false,
};

/** Raw deflate of `n` zero bytes, base64url: a link that inflates about a thousand times. */
async function zeros(n: number): Promise<string> {
  return deflateBase64Url('\u0000'.repeat(n));
}

describe('session in the URL hash', () => {
  it('restores the side being edited and the metric of the "Any metric" chart, and lists a bad one', async () => {
    const s: Session = { ...defaults, edit: 'b', metric: 'cost' };
    const hash = await encodeSession(s);
    expect(hash).toContain('edit=b');
    expect(hash).toContain('metric=cost');
    expect((await decodeSession(hash, defaults)).session).toEqual(s);
    expect(await encodeSession({ ...defaults, edit: 'a', metric: 'attritionRate' })).toBe(await encodeSession(defaults));
    const bad = await decodeSession('a=uk-2026-regional&edit=c&metric=toString', defaults);
    expect(bad.session.edit).toBeUndefined();
    expect(bad.session.metric).toBeUndefined();
    expect(bad.problems.map((p) => p.part)).toEqual(['edit', 'metric']);
  });

  it('round-trips scenarios, edits in order, seed, replicates and view', async () => {
    const s: Session = {
      a: { source: { kind: 'shipped', id: 'uk-1992-regional' }, sets: { 'funding.cycleMonths': '36', 'programme.instruments.secondment.selection': 'orchestrated' } },
      b: { source: { kind: 'file', name: 'my scenario.json', text: '{"name":"mine","extends":"japan-regional.json"}' }, sets: { years: '3' } },
      seed: 42,
      replicates: 7,
      view: 'difference',
      smoothing: 12,
      counterfactual: true,
    };
    const hash = await encodeSession(s);
    expect(hash).toContain('a=uk-1992-regional');
    expect(hash).toContain('a.set=funding.cycleMonths%3D36');
    const back = await decodeSession(`#${hash}`, defaults);
    expect(back).toEqual({ session: s, problems: [] });
    expect(Object.keys(back.session.a.sets)).toEqual(['funding.cycleMonths', 'programme.instruments.secondment.selection']);
  });

  it('falls back to the defaults for what is missing or malformed, and says which part of the link it did not use', async () => {
    expect(await decodeSession('', defaults)).toEqual({ session: defaults, problems: [] });
    const back = await decodeSession('#seed=-3&reps=1000&view=sideways&b=uk-2026-regional&a.data=@@@&a.file=x.json&a.set=years%3D3', defaults);
    expect(back.session).toEqual({ ...defaults, b: { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: {} } });
    expect(back.problems).toEqual([{ side: 'a', part: 'a.data', message: 'the data of “x.json” is not base64url text' }]);
  });

  it('says when file data is not deflate data or not UTF-8, instead of silently opening the defaults', async () => {
    const notDeflate = await decodeSession('#a.file=x.json&a.data=AAAA', defaults);
    expect(notDeflate.session.a).toEqual(defaults.a);
    expect(notDeflate.problems[0].message).toBe('the data of “x.json” is not deflate-compressed data (the link may have been cut short or altered)');
    const latin1 = btoa(String.fromCharCode(...new Uint8Array(await new Response(new Blob([new Uint8Array([0xff, 0xfe, 0x41])]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer())));
    const notText = await decodeSession(`#a.file=x.json&a.data=${encodeURIComponent(latin1)}`, defaults);
    expect(notText.problems[0].message).toBe('the data of “x.json” is not UTF-8 text');
  });

  it('refuses edits that are not path=value or name an object\'s built-in properties, keeping the rest', async () => {
    const back = await decodeSession('#a=uk-2026-regional&a.set=years%3D3&a.set=nothing&a.set=__proto__%3D1&a.set=constructor%3D%7B%7D', defaults);
    expect(back.session.a.sets).toEqual({ years: '3' });
    expect(back.problems.map((p) => p.message)).toEqual(['“nothing” is not path=value', 'the path “__proto__” is not allowed', 'the path “constructor” is not allowed']);
  });
});

describe('untrusted link sizes', () => {
  it(`refuses a link longer than ${MAX_LINK_CHARS.toLocaleString('en-GB')} characters before decoding any of it`, async () => {
    expect(MAX_LINK_CHARS).toBe(1_620_148);
    const back = await decodeSession(`#a=x&pad=${'x'.repeat(MAX_LINK_CHARS)}`, defaults);
    expect(back.session).toBe(defaults);
    expect(back.problems).toEqual([{ part: 'link', message: `is ${(MAX_LINK_CHARS + 9).toLocaleString('en-GB')} characters long; the playground reads links of up to 1,620,148` }]);
  });

  it(`inflates exactly ${MAX_FILE_BYTES.toLocaleString('en-GB')} bytes and refuses one more`, async () => {
    expect(MAX_FILE_BYTES).toBe(600_000);
    expect((await inflateBase64Url(await zeros(MAX_FILE_BYTES))).length).toBe(MAX_FILE_BYTES);
    await expect(inflateBase64Url(await zeros(MAX_FILE_BYTES + 1))).rejects.toThrow('inflates to more than 600,000 bytes, the largest scenario file the playground takes');
  });

  it('refuses a decompression bomb (a 200 MB file in a 200 kB link) while inflating, at the cap', async () => {
    // 200 MB of zeros deflates to about 195 kB; built from the deflate of 1 MB, repeated, it would
    // be no shorter, so build it once here (a few seconds) and time only the refusal.
    const bomb = await zeros(200_000_000);
    expect(bomb.length).toBeGreaterThan(200_000);
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    // The message names the cap: inflating stopped there, not after 200 MB (speed is for benchmarks).
    const back = await decodeSession(`#a.file=bomb.json&a.data=${bomb}`, defaults);
    expect(back.session.a).toEqual(defaults.a);
    expect(back.problems).toEqual([{ side: 'a', part: 'a.data', message: 'the data of “bomb.json” inflates to more than 600,000 bytes, the largest scenario file the playground takes' }]);
  }, 60_000);

  it(`reads ${MAX_EDITS} edits of a side and refuses all of one more`, async () => {
    const edits = (n: number) => Array.from({ length: n }, (_, i) => `a.set=k${i}%3D1`).join('&');
    expect(Object.keys((await decodeSession(`#a=x&${edits(MAX_EDITS)}`, defaults)).session.a.sets)).toHaveLength(500);
    const over = await decodeSession(`#a=x&${edits(MAX_EDITS + 1)}`, defaults);
    expect(over.session.a).toEqual({ source: { kind: 'shipped', id: 'x' }, sets: {} });
    expect(over.problems).toEqual([{ side: 'a', part: 'a.set', message: '501 edits; the playground reads up to 500, so none were applied' }]);
  });
});

describe('file data in a link', () => {
  it('is refused unread when longer than any file within the cap can compress to', async () => {
    expect(maxDataChars()).toBe(800_074);
    // Incompressible text of exactly MAX_FILE_BYTES still fits (stored blocks are the worst case).
    let x = 1;
    const noise = Array.from({ length: MAX_FILE_BYTES }, () => String.fromCharCode(33 + ((x = (x * 48271) % 2147483647) % 90))).join('');
    const data = await deflateBase64Url(noise);
    expect(data.length).toBeLessThanOrEqual(maxDataChars());
    expect(await inflateBase64Url(data)).toBe(noise);
    await expect(inflateBase64Url('A'.repeat(maxDataChars() + 1))).rejects.toThrow('is 800,075 characters long, more than a file of 600,000 bytes, the largest scenario file the playground takes, can compress to');
  });
});
