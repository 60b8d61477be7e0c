import { DEFAULT_REGRESSION_DIR, regressCommand } from '../experimentRunner/regress.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';

export const usage = `Usage: capflow regress [--dir DIR] [--report DIR] [--workers N] [baseline.json ...]
       capflow regress --update [--dir DIR] [baseline.json ...]
       capflow regress --add SCENARIO [--reps N] [--years N] [--seed N] [--tolerance metric:group=x ...] [--dir DIR] [--force]`;

export const help = `${usage}

Runs each regression baseline (default: every .json in ${DEFAULT_REGRESSION_DIR}/) and fails when
results drift: metrics.csv's SHA-256 differs from the baseline's, or a mean moves beyond its
tolerance. A failure names what moved: each metric and group whose replicate mean changed, the
first month it changed (tick and date), the month of the largest change and the means before and
after, read against the reference means kept beside the baseline (NAME.means.csv). A baseline
without them fails on its digest alone.

Options:
  --add SCENARIO   make a baseline for a scenario of your own: runs it and writes
                   DIR/<scenario name>.json and .means.csv (refused if it exists, without --force)
    --reps N       replicates (default 2)
    --years N      years simulated (default 3)
    --seed N       seed (default 1)
    --tolerance metric:group=x   a mean at the last month that may move by at most x, repeatable
                   (default: capability, coordination, outcomes and localAutonomy of local, 0.01)
    --force        replace an existing baseline of that name
  --update         rewrite the baselines and their means with the current results, printing what changed
  --dir DIR        folder of baselines (default ${DEFAULT_REGRESSION_DIR})
  --report DIR     write every moved series of a failed baseline to DIR/NAME.drift.csv
  --workers N      worker threads (default: the number of processors)
  -h, --help       show this help

Exits 0 when every baseline holds (or --add and --update have written), 1 when a baseline
drifted or cannot be read or run (or a flag is wrong), 2 when --add would replace a baseline.

${EXIT_CODES_HELP}`;

export function execute(argv: string[], io: Io): Promise<number> {
  return regressCommand(argv, io, usage);
}
