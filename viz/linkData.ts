/**
 * A scenario file's text in a share link: deflate-raw, then base64url. Links are untrusted (anyone
 * can send one), so inflating is capped while it streams: a few hundred kilobytes of deflate can
 * expand to hundreds of megabytes (deflate's ratio reaches about 1032:1: a 258-byte match, RFC
 * 1951 §3.2.5, in about two bits), and only a little more than MAX_FILE_BYTES is ever inflated.
 */

/**
 * The largest scenario file the playground takes, by link or upload: forty times the largest
 * shipped one (15 kB), room for a national list of organisations, and small enough to validate in
 * well under a second.
 */
export const MAX_FILE_BYTES = 600_000;

/** Why a link's file data could not be read, in words for the page. */
export class LinkDataError extends Error {
  override name = 'LinkDataError';
}

export async function deflateBase64Url(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The longest base64url data that can inflate to at most `maxBytes`: deflate never shrinks data
 * below its stored form less 5 bytes per 65,535-byte block (RFC 1951 §3.2.4), so longer data is
 * refused before it is decoded at all.
 */
export function maxDataChars(maxBytes = MAX_FILE_BYTES): number {
  return Math.ceil(((maxBytes + 5 * Math.ceil(maxBytes / 65_535) + 5) * 4) / 3);
}

export async function inflateBase64Url(data: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
  if (data.length > maxDataChars(maxBytes)) {
    throw new LinkDataError(`is ${data.length.toLocaleString('en-GB')} characters long, more than a file of ${maxBytes.toLocaleString('en-GB')} bytes, the largest scenario file the playground takes, can compress to`);
  }
  let bytes: Uint8Array;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  } catch {
    throw new LinkDataError('is not base64url text');
  }
  const reader = inSmallChunks(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw new LinkDataError(`inflates to more than ${maxBytes.toLocaleString('en-GB')} bytes, the largest scenario file the playground takes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof LinkDataError) throw e;
    throw new LinkDataError('is not deflate-compressed data (the link may have been cut short or altered)');
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw new LinkDataError('is not UTF-8 text');
  }
}

/**
 * `bytes` as a stream of 1 kB chunks, each given only when the decompressor asks for more. A
 * decompressor inflates each chunk it is given whole, at once (Chromium's does, in one task), so a
 * 200 kB chunk of a bomb would be 200 MB before the cap could stop it; a 1 kB chunk is at most
 * about 1 MB.
 */
function inSmallChunks(bytes: Uint8Array, size = 1024): ReadableStream<BufferSource> {
  let offset = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (offset >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(offset, (offset += size)));
      },
    },
    { highWaterMark: 0 },
  );
}
