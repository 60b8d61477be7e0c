import { mergeCommand } from '../experiment/commands.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';

export const usage = 'Usage: capflow merge <shard folder> [more folders ...] --out DIR [--force]';

export const help = `${usage}

Joins the folders of an experiment run in shards (--shard k/n on several machines) into the
outputs one machine would have written, byte for byte. Refuses folders of different experiments
and lists any runs that no folder holds.

Options:
  --out DIR    the folder to write (required)
  --force      replace a non-empty --out folder
  -h, --help   show this help

${EXIT_CODES_HELP}`;

export async function execute(argv: string[], io: Io): Promise<number> {
  return mergeCommand(argv, io.out, (s) => io.err(s + '\n'));
}
