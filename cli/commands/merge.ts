import { mergeCommand } from '../experimentRunner/merge.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';

export const usage = 'Usage: capflow merge <shard folder> [more folders ...] --out DIR [--force]';

export const help = `${usage}

Joins the folders of an experiment run in shards (--shard k/n on several machines) into the
outputs one machine would have written, byte for byte, with its manifest.json. Refuses folders of
different experiments; when runs are missing it writes nothing and names the missing shards
(k/n, and the --array=K to resubmit them on Slurm).

Options:
  --out DIR    the folder to write (required)
  --force      replace an earlier capflow run's folder at --out
  -h, --help   show this help

${EXIT_CODES_HELP}`;

export async function execute(argv: string[], io: Io): Promise<number> {
  return mergeCommand(argv, io, usage);
}
