import { setArgs, type SideState } from './session.ts';

/**
 * The `capflow run` command that reproduces one side of the view: the same scenario file, seed,
 * replicates and edits. An uploaded file is named as the user loaded it.
 */
export function cliCommand(side: SideState, seed: number, replicates: number): string {
  const file = side.source.kind === 'shipped' ? `scenarios/${side.source.id}.json` : side.source.name;
  const parts = ['capflow', 'run', shellQuote(file), '--seed', String(seed), '--reps', String(replicates)];
  for (const arg of setArgs(side)) parts.push('--set', shellQuote(arg));
  return parts.join(' ');
}

/** POSIX shell quoting: bare when safe, else single-quoted. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
