import { parseArgs } from 'node:util';
import { scenarioJsonSchemaText } from '../../sim/scenario/jsonSchemaText.ts';
import { parseOrUsage } from '../args.ts';
import { EXIT } from '../exitCodes.ts';
import type { Io } from '../io.ts';

export const usage = 'Usage: capflow schema';

export const help = `${usage}

Prints the JSON Schema (draft 2020-12) that scenario files follow, generated from the one
definition in sim/scenario/schema.ts; the same text as scenarios/schema/scenario.schema.json.
Point a scenario's "$schema" at it and editors validate and complete the file. It checks one
file at a time, so what a file may take from the file it extends is not required there;
capflow validate checks that the merged scenario is complete.

Options:
  -h, --help   show this help`;

export async function execute(argv: string[], io: Io): Promise<number> {
  parseOrUsage(() => parseArgs({ args: argv, options: {}, allowPositionals: false, strict: true }), usage);
  io.out(scenarioJsonSchemaText());
  return EXIT.ok;
}
