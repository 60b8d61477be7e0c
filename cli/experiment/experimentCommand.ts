import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblemList } from '../../sim/scenario/capProblems.ts';
import { parseExperimentFile } from '../../sim/runDesign/parseExperimentFile.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import { experimentCommand } from '../experimentRunner/commands.ts';
import type { Io } from '../io.ts';
import { experimentArgv } from './experimentArgv.ts';
import { EXPERIMENT_COPY } from './experimentCopy.ts';

/** What `capflow experiment` takes besides the file: how to run it, never what to run. */
const OPTIONS = {
  out: { type: 'string' },
  force: { type: 'boolean' },
  resume: { type: 'boolean' },
  workers: { type: 'string' },
  shard: { type: 'string' },
  'max-memory': { type: 'string' },
} as const;


/**
 * `capflow experiment FILE`: reads and checks the file, turns it into the command line it stands
 * for (cli/experiment/experimentArgv.ts), and runs that through the same planner and output
 * pipeline as the command, with the file's text copied into the output folder and the manifest
 * recording `experiment FILE ...` as the command.
 */
export async function runExperimentFile(argv: string[], io: Io, usage: string): Promise<number> {
  const parsed = parseOrUsage(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }), usage);
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new CliError('name an experiment file', EXIT.invalid, usage);
  if (extra.length > 0) throw new CliError(`experiment takes one file, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`, EXIT.invalid, usage);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, EXIT.invalid);
  }
  const { experiment, problems } = parseExperimentFile(file, text);
  if (!experiment) {
    io.err(formatProblemList(problems).map((line) => line + '\n').join(''));
    return EXIT.invalid;
  }
  const here = dirname(file);
  const { kind, argv: command } = experimentArgv(experiment, (p) => nearPath(resolve(here, p)));
  const v = parsed.values;
  const how: string[] = [];
  for (const name of ['out', 'workers', 'shard', 'max-memory'] as const) if (v[name] !== undefined) how.push(`--${name}`, v[name]);
  if (v.force) how.push('--force');
  if (v.resume) how.push('--resume');
  // --out on the command line wins over the file's out (parseArgs keeps the last of a repeated flag).
  return experimentCommand(kind, [...command, ...how], io, usage, { command: ['experiment', ...argv], alongside: { [EXPERIMENT_COPY]: text } });
}

/** A path relative to the current folder when it lies below it (as manifests record sources), else absolute. */
function nearPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}
