/**
 * A scenario file's text in a share link: deflate-raw, then base64url. Links are untrusted (anyone
 * can send one), so inflating is capped while it streams: a few hundred kilobytes of deflate can
 * expand to hundreds of megabytes (deflate's ratio reaches about 1032:1, RFC 1951 §3.2.5's longest
 * match of 258 bytes per 2-bit code), and only the first MAX_FILE_BYTES are ever inflated.
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

export async function inflateBase64Url(data: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
  let bytes: Uint8Array;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    throw new LinkDataError('is not base64url text');
  }
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
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
