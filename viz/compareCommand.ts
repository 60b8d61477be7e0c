import { contentId } from '../sim/runDesign/contentId.ts';
import { setArgs, type SideState } from './session.ts';

/** One side of the view as the compare command needs it. */
export interface CompareSide {
  key: 'a' | 'b';
  side: SideState;
  /** The merged, edited input (PreparedSide.input): self-contained, no `extends`. */
  input: Record<string, unknown>;
}

const DELIMITER = 'CAPFLOW_JSON';

/**
 * Shell lines that reproduce the paired B − A view with `npx capflow compare`, as pasted from the
 * repository root. `compare --set` would edit both sides alike, so a side with edits, or from an
 * uploaded file (whose relative `extends` would not resolve from the root), is written first as
 * its merged, edited input through a quoted here-document: the JSON is one line with every
 * non-ASCII character escaped, so it can neither end the here-document early nor show one text
 * and hold another. The output folder names both scenarios, the edits (a slug and a content id)
 * and the seed and replicates. The block stands alone, so it can be pasted without the lines above.
 */
export function compareLines(sides: readonly [CompareSide, CompareSide], seed: number, replicates: number, counterfactual: boolean): string[] {
  const lines = ['# The paired B − A view (capflow compare), from the repository root:'];
  const files: string[] = [];
  const names: string[] = [];
  let wrote = false;
  for (const { key, side, input } of sides) {
    const edited = side.source.kind === 'file' || setArgs(side).length > 0;
    const name = edited ? editedName(key, side, input) : safeName(String(input.name ?? key));
    names.push(name);
    if (!edited && side.source.kind === 'shipped') {
      files.push(`scenarios/${side.source.id}.json`);
      continue;
    }
    if (!wrote) lines.push('mkdir -p runs/playground');
    wrote = true;
    const file = sideFile(`${key}-${name}`); // sideStem, without hashing the input again
    lines.push(...hereDocument(file, input));
    files.push(file);
  }
  const out = `runs/playground-${names[0]}-vs-${names[1]}-seed${seed}-${replicates}reps${counterfactual ? '-counterfactual' : ''}`;
  lines.push(['npx capflow compare', files[0], files[1], '--seed', String(seed), '--reps', String(replicates), ...(counterfactual ? ['--counterfactual'] : []), '--out', out].join(' '));
  return lines;
}

/**
 * The name the copied text gives an uploaded or edited side's written input and its run folder:
 * the side, its scenario name, a slug of the edits and a content id, so two different inputs never
 * share a file.
 */
export function sideStem(key: string, side: SideState, input: Record<string, unknown>): string {
  return `${key}-${editedName(key, side, input)}`;
}

/** Where the copied text writes the input named `stem` (sideStem). */
export function sideFile(stem: string): string {
  return `runs/playground/${stem}.json`;
}

function editedName(key: string, side: SideState, input: Record<string, unknown>): string {
  return `${safeName(String(input.name ?? key))}-${editSlug(side)}-${contentId(input).slice(0, 8)}`;
}

/** The quoted here-document that writes `input` to `file` (see compareLines for why it is safe). */
export function hereDocument(file: string, input: Record<string, unknown>): string[] {
  return [`cat > ${file} <<'${DELIMITER}'`, asciiJson(input), DELIMITER];
}

/** JSON on one line, every character outside printable ASCII as a \u escape. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A short readable name for a side's edits: each edit's last path part and value, letters and digits only. */
function editSlug(side: SideState): string {
  const parts = Object.entries(side.sets).map(([path, value]) => `${path.split('.').pop()}${value}`.replace(/[^A-Za-z0-9.]/g, ''));
  const slug = (side.source.kind === 'file' ? ['file', ...parts] : parts).join('_').slice(0, 40);
  return slug || 'edited';
}

function safeName(s: string): string {
  return s.replace(/[^a-z0-9._-]/g, '').slice(0, 64) || 'scenario';
}
