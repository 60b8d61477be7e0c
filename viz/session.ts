/**
 * What the playground shows, as data: scenarios A and B, the edits to each, seed, replicates and
 * view. It round-trips through the URL hash, so a shared link reproduces the view, and through
 * localStorage, so a reload loses nothing.
 */

export type SideKey = 'a' | 'b';

export type ScenarioSource =
  | { kind: 'shipped'; id: string }
  /** A file the user loaded: its text travels with the session (compressed in the URL). */
  | { kind: 'file'; name: string; text: string };

export interface SideState {
  source: ScenarioSource;
  /** Edited settings, path → value as `--set` writes it, in the order they were first edited. */
  sets: Record<string, string>;
}

export type View = 'compare' | 'difference';

export interface Session {
  a: SideState;
  b: SideState;
  seed: number;
  replicates: number;
  view: View;
  /** Months of the trailing mean charts draw (1 = raw monthly values). */
  smoothing: number;
}

export const MAX_REPLICATES = 50;

/** `--set` arguments of one side, in edit order. */
export function setArgs(side: SideState): string[] {
  return Object.entries(side.sets).map(([path, value]) => `${path}=${value}`);
}

/** The hash (without "#") that reproduces the session. */
export async function encodeSession(s: Session): Promise<string> {
  const q = new URLSearchParams();
  for (const key of ['a', 'b'] as const) {
    const side = s[key];
    if (side.source.kind === 'shipped') q.set(key, side.source.id);
    else {
      q.set(`${key}.file`, side.source.name);
      q.set(`${key}.data`, await deflateBase64Url(side.source.text));
    }
    for (const arg of setArgs(side)) q.append(`${key}.set`, arg);
  }
  q.set('seed', String(s.seed));
  q.set('reps', String(s.replicates));
  if (s.view !== 'compare') q.set('view', s.view);
  if (s.smoothing !== 1) q.set('smooth', String(s.smoothing));
  return q.toString();
}

/**
 * Reads a hash back; what is missing or malformed falls back to `defaults`, so an old or
 * hand-edited link still opens something sensible.
 */
export async function decodeSession(hash: string, defaults: Session): Promise<Session> {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const side = async (key: SideKey): Promise<SideState> => {
    const file = q.get(`${key}.file`);
    const data = q.get(`${key}.data`);
    const id = q.get(key);
    let source: ScenarioSource = defaults[key].source;
    if (file !== null && data !== null) {
      const text = await inflateBase64Url(data).catch(() => undefined);
      if (text !== undefined) source = { kind: 'file', name: file, text };
    } else if (id) source = { kind: 'shipped', id };
    const sets: Record<string, string> = {};
    for (const arg of q.getAll(`${key}.set`)) {
      const eq = arg.indexOf('=');
      if (eq > 0) sets[arg.slice(0, eq)] = arg.slice(eq + 1);
    }
    return { source, sets: q.has(key) || q.has(`${key}.file`) ? sets : defaults[key].sets };
  };
  const int = (name: string, lo: number, hi: number, dflt: number) => {
    const v = Number(q.get(name));
    return q.has(name) && Number.isInteger(v) && v >= lo && v <= hi ? v : dflt;
  };
  const view = q.get('view');
  return {
    a: await side('a'),
    b: await side('b'),
    seed: int('seed', 0, 2 ** 32 - 1, defaults.seed),
    replicates: int('reps', 1, MAX_REPLICATES, defaults.replicates),
    view: view === 'difference' ? 'difference' : view === 'compare' ? 'compare' : defaults.view,
    smoothing: int('smooth', 1, 60, defaults.smoothing),
  };
}

async function deflateBase64Url(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function inflateBase64Url(data: string): Promise<string> {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}
