import { printable, unprintableCount } from './printable.ts';
import { setArgs, type SideState } from './session.ts';
import { hereDocument, sideFile, sideStem } from './compareCommand.ts';

/**
 * The `npx capflow run` command that reproduces one side of the view from the repository root: the
 * same scenario file, seed, replicates and edits. An uploaded file is named as the user loaded it
 * here; cliText writes its merged input instead when it has one (uploadedRunLines).
 *
 * A shared link sets the file name and the edits, so everything here is hostile text that an
 * analyst will paste into a terminal: unprintable characters (viz/printable.ts) are removed, not
 * quoted, because a quoted newline still looks like two commands and a bidi override shows one
 * thing and runs another; a file name starting with "-" gets "./" so it is never read as an option,
 * and an edit starting with "-" is passed as `--set=…` for the same reason.
 */
export function cliCommand(side: SideState, seed: number, replicates: number): string {
  const file = printable(side.source.kind === 'shipped' ? `scenarios/${side.source.id}.json` : side.source.name);
  const parts = ['npx', 'capflow', 'run', shellQuote(file.startsWith('-') ? `./${file}` : file), '--seed', String(seed), '--reps', String(replicates)];
  for (const arg of setArgs(side).map((a) => printable(a))) {
    if (arg.startsWith('-')) parts.push(`--set=${shellQuote(arg)}`);
    else parts.push('--set', shellQuote(arg));
  }
  return parts.join(' ');
}

/**
 * The text "Copy CLI command" copies: per side, a comment naming the scenario and the command. A
 * title is the scenario file's, so it is made printable too (a newline in it would end the comment
 * and run the rest), and a command that lost characters says so, as it may not reproduce the view.
 */
export function cliText(sides: readonly { key: string; label: string; side: SideState; input?: Record<string, unknown> }[], seed: number, replicates: number, compare?: string[]): string {
  const lines: string[] = [];
  for (const { key, label, side, input } of sides) {
    lines.push(`# ${key.toUpperCase()}: ${printable(label, ' ').trim()}`);
    if (side.source.kind === 'file' && input) {
      lines.push(...uploadedRunLines(key, side, input, seed, replicates));
      continue;
    }
    const removed = unprintableCount(side.source.kind === 'file' ? side.source.name : side.source.id) + setArgs(side).reduce((n, a) => n + unprintableCount(a), 0);
    if (removed > 0) lines.push(`# ${removed} control or bidirectional character${removed === 1 ? '' : 's'} removed from the file name and edits below; the command may differ from the view.`);
    lines.push(cliCommand(side, seed, replicates));
  }
  if (compare) lines.push(...compare);
  return lines.join('\n');
}

/**
 * An uploaded file cannot be run by its name from the repository root: the file is not there, and
 * its relative `extends` would not resolve. So the copied text writes the side's merged, edited
 * input (self-contained, no `extends`, edits applied) through the same quoted here-document as the
 * compare lines, and runs that file with no `--set` into a folder named, like the compare one, by
 * the side, the file's edits and content id, the seed and the replicates.
 */
function uploadedRunLines(key: string, side: SideState, input: Record<string, unknown>, seed: number, replicates: number): string[] {
  const stem = sideStem(key, side, input);
  const file = sideFile(stem);
  const out = `runs/playground-${stem}-seed${seed}-${replicates}reps`;
  return ['mkdir -p runs/playground', ...hereDocument(file, input), ['npx', 'capflow', 'run', file, '--seed', String(seed), '--reps', String(replicates), '--out', out].join(' ')];
}

/** POSIX shell quoting: bare when safe, else single-quoted. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
