/**
 * What the playground shows, as data: scenarios A and B, the edits to each, seed, replicates and
 * view. It round-trips through the URL hash, so a shared link reproduces the view, and through
 * localStorage once it has run, so a plain visit reopens the last view that worked.
 */
import { METRICS } from '../sim/model/metrics.ts';
import { deflateBase64Url, inflateBase64Url, LinkDataError, maxDataChars } from './linkData.ts';

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
  /**
   * Also run each side with every instrument off under the same random numbers, as
   * `capflow run --counterfactual` does, so the contribution of mobility can be stated.
   */
  counterfactual: boolean;
  /** The side the parameter panel edits (default A): a shared link reopens the same side. */
  edit?: SideKey;
  /** The metric of the "Any metric" chart (default DEFAULT_METRIC), kept in the link too. */
  metric?: string;
}

/** The "Any metric" chart's metric when the session names none. */
export const DEFAULT_METRIC = 'attritionRate';

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
  if (s.counterfactual) q.set('cf', '1');
  if (s.edit === 'b') q.set('edit', 'b');
  if (s.metric !== undefined && s.metric !== DEFAULT_METRIC) q.set('metric', s.metric);
  return q.toString();
}

/**
 * The longest link (or stored session) read at all: two files' data of the longest a capped file
 * can compress to, and room for edits; anything longer is not a playground link.
 */
export const MAX_LINK_CHARS = 2 * maxDataChars() + 20_000;
/** The most edits read for one side: far more than the parameters a scenario has. */
export const MAX_EDITS = 500;

/** A part of a link that was not used, and why, for the page to say. */
export interface LinkProblem {
  /** The side it concerned; absent when the whole link was refused. */
  side?: SideKey;
  /** The link parameter, e.g. "a.data". */
  part: string;
  message: string;
}

/**
 * Reads a hash back; what is missing or malformed falls back to `defaults`, so an old or
 * hand-edited link still opens something sensible, and every part not used is listed in
 * `problems`. Links are untrusted: the hash, each side's file and its edits are capped in size.
 */
export async function decodeSession(hash: string, defaults: Session): Promise<{ session: Session; problems: LinkProblem[] }> {
  const problems: LinkProblem[] = [];
  if (hash.length > MAX_LINK_CHARS) {
    problems.push({ part: 'link', message: `is ${hash.length.toLocaleString('en-GB')} characters long; the playground reads links of up to ${MAX_LINK_CHARS.toLocaleString('en-GB')}` });
    return { session: defaults, problems };
  }
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const side = async (key: SideKey): Promise<SideState> => {
    const file = q.get(`${key}.file`);
    const data = q.get(`${key}.data`);
    const id = q.get(key);
    let source: ScenarioSource = defaults[key].source;
    let chosen = false;
    if (file !== null && data !== null) {
      try {
        source = { kind: 'file', name: file, text: await inflateBase64Url(data) };
        chosen = true;
      } catch (e) {
        const why = e instanceof LinkDataError ? e.message : `could not be read (${e instanceof Error ? e.message : String(e)})`;
        problems.push({ side: key, part: `${key}.data`, message: `the data of “${file.slice(0, 80)}” ${why}` });
      }
    } else if (id) {
      source = { kind: 'shipped', id };
      chosen = true;
    }
    if (!chosen) return defaults[key];
    const args = q.getAll(`${key}.set`);
    const sets: Record<string, string> = {};
    if (args.length > MAX_EDITS) {
      problems.push({ side: key, part: `${key}.set`, message: `${args.length.toLocaleString('en-GB')} edits; the playground reads up to ${MAX_EDITS}, so none were applied` });
      return { source, sets };
    }
    for (const arg of args) {
      const eq = arg.indexOf('=');
      const path = arg.slice(0, eq);
      if (eq <= 0) problems.push({ side: key, part: `${key}.set`, message: `“${arg.slice(0, 80)}” is not path=value` });
      else if (Object.hasOwn(Object.prototype, path)) problems.push({ side: key, part: `${key}.set`, message: `the path “${path}” is not allowed` });
      else sets[path] = arg.slice(eq + 1);
    }
    return { source, sets };
  };
  const int = (name: string, lo: number, hi: number, dflt: number) => {
    const v = Number(q.get(name));
    return q.has(name) && Number.isInteger(v) && v >= lo && v <= hi ? v : dflt;
  };
  const view = q.get('view');
  const session: Session = {
    a: await side('a'),
    b: await side('b'),
    seed: int('seed', 0, 2 ** 32 - 1, defaults.seed),
    replicates: int('reps', 1, MAX_REPLICATES, defaults.replicates),
    view: view === 'difference' ? 'difference' : view === 'compare' ? 'compare' : defaults.view,
    smoothing: int('smooth', 1, 60, defaults.smoothing),
    counterfactual: q.has('cf') ? q.get('cf') === '1' : defaults.counterfactual,
  };
  const edit = q.get('edit');
  if (edit === 'a' || edit === 'b') session.edit = edit;
  else if (edit !== null) problems.push({ part: 'edit', message: `“${edit.slice(0, 20)}” is not a side (a or b)` });
  else if (defaults.edit) session.edit = defaults.edit;
  const metric = q.get('metric');
  if (metric !== null && Object.hasOwn(METRICS, metric)) session.metric = metric;
  else if (metric !== null) problems.push({ part: 'metric', message: `“${metric.slice(0, 80)}” is not a metric of the playground` });
  else if (defaults.metric) session.metric = defaults.metric;
  return { session, problems };
}
