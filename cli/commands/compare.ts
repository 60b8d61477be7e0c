import { experimentCommand } from '../experimentRunner/commands.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { EXPERIMENT_OPTIONS_HELP, OUTPUT_FOLDER_HELP, POSTERIOR_HELP } from './sharedHelp.ts';

export const usage = 'Usage: capflow compare A.json B.json [C.json ...] [--reps N] [--counterfactual] [--posterior FILE] [--workers N] [options]';

export const help = `${usage}

Runs the same replicates of several scenarios and compares each with the first, paired by
replicate (replicate k of every scenario draws the same random numbers), so differences come
with narrower 95% intervals than independent runs would give. With --counterfactual each
scenario is also run without mobility, measuring what mobility itself contributes.

Writes metrics.csv, summary.csv, compare.csv and manifest.json to the output folder (default
runs/compare-<A>-vs-<B>-<seed>-<id>).

Options:
  --reps N           replicates per scenario (default: the first scenario's "replicates")
  --seed N           base seed (default: the first scenario's "seed")
  --years N          horizon in years, for every scenario
  --set path=value   edit every scenario (repeatable; value, value@YYYY-MM or value@always,
                     as for capflow run)
  --counterfactual   also run each scenario without mobility
${POSTERIOR_HELP}
${EXPERIMENT_OPTIONS_HELP}
  -h, --help         show this help

${OUTPUT_FOLDER_HELP}

${EXIT_CODES_HELP}`;

export function execute(argv: string[], io: Io): Promise<number> {
  return experimentCommand('compare', argv, io, usage);
}
