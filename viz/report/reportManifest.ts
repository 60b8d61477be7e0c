import type { Session, SideKey } from '../session.ts';
import { setArgs } from '../session.ts';

export interface ManifestSide {
  label: string;
  /** The scenario's `name`, as the CSV's scenario column gives it. */
  name: string;
  /** Shipped scenario id, or the loaded file's name. */
  source: string;
  /** SHA-256 of the merged, edited input that ran (what "Download scenario" saves). */
  inputSha256: string;
  start: string;
  months: number;
  replicatesShown: number;
}

/**
 * What a report's numbers were computed from, in the spirit of the CLI's manifest.json
 * (cli/manifest.ts): program and version, when, the link that reopens the view, each side's
 * scenario, edits and input digest, the seed and replicates, and the CLI commands that reproduce it.
 */
export function reportManifest(o: { version: string; generated: string; link: string; session: Session; sides: Record<SideKey, ManifestSide>; cli: string }) {
  const { session } = o;
  return {
    program: { name: 'capflow', part: 'playground', version: o.version },
    generated: o.generated,
    link: o.link,
    seed: session.seed,
    replicates: session.replicates,
    counterfactual: session.counterfactual,
    view: session.view,
    smoothingMonths: session.smoothing,
    sides: Object.fromEntries((['a', 'b'] as const).map((k) => [k.toUpperCase(), { ...o.sides[k], edits: setArgs(session[k]) }])),
    cli: o.cli,
  };
}

/** Hex SHA-256 of a text's UTF-8 bytes (Web Crypto: in the page, offline, and in Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
