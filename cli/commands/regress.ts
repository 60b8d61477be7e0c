import { DEFAULT_REGRESSION_DIR, regressCommand } from '../experimentRunner/regress.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';

export const usage = 'Usage: capflow regress [--update] [--dir DIR] [--workers N] [baseline.json ...]';

export const help = `${usage}

Runs each committed regression baseline (default: every .json in ${DEFAULT_REGRESSION_DIR}/) and
fails when results drift: metrics.csv's SHA-256 differs from the baseline's, or a mean moves
beyond its tolerance. Exits 0 when every baseline holds, 1 otherwise.

Options:
  --update       rewrite the baselines with the current results and print what changed
  --dir DIR      folder of baselines
  --workers N    worker threads (default: the number of processors)
  -h, --help     show this help

${EXIT_CODES_HELP}`;

export function execute(argv: string[], io: Io): Promise<number> {
  return regressCommand(argv, io, usage);
}
