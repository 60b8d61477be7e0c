import { parseArgs } from 'node:util';
import { formatProblemList, PROBLEMS_PRINTED_PER_FILE } from '../../sim/scenario/capProblems.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { loadScenario } from '../scenarioLoader.ts';

export const usage = 'Usage: capflow validate <scenario.json> [more.json ...]';

export const help = `${usage}

Reads each file and everything it extends, merges them and checks the result against the
scenario schema. Prints "ok <file>" for a valid file; otherwise the problems found, one per
line, as "file: $.json.path: message" (syntax errors give the line and column), the first 100
of each file and a count of the rest. Exits 1 if any file has a problem.

Options:
  -h, --help   show this help

${EXIT_CODES_HELP}`;

export async function execute(argv: string[], io: Io): Promise<number> {
  const { positionals } = parseOrUsage(() => parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true }), usage);
  if (positionals.length === 0) throw new CliError('name one or more scenario files to check', EXIT.invalid, usage);
  let failed = 0;
  for (const file of positionals) {
    const { problems } = loadScenario(file);
    if (problems.length === 0) io.out(`ok ${file}\n`);
    else {
      failed++;
      io.err(formatProblemList(problems, PROBLEMS_PRINTED_PER_FILE).map((line) => line + '\n').join(''));
    }
  }
  if (failed > 0 && positionals.length > 1) io.err(`${failed} of ${positionals.length} files have problems\n`);
  return failed > 0 ? EXIT.invalid : EXIT.ok;
}
