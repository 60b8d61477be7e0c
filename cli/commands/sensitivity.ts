import { experimentCommand } from '../experimentRunner/commands.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { EXPERIMENT_OPTIONS_HELP, OUTPUT_FOLDER_HELP } from './sharedHelp.ts';

export const usage = 'Usage: capflow sensitivity <scenario.json> --vary path=lo:hi [--vary ...] [--tie path=other] [--method morris|sobol] [--samples N] [--metric name:group] [--counterfactual] [options]';

export const help = `${usage}

Global sensitivity analysis of one metric at one tick to the varied parameters: Morris
elementary effects (screening, cheap) or Sobol first-order and total indices (Saltelli design,
Jansen estimators), with bootstrap 95% intervals. Writes metrics.csv, summary.csv,
sensitivity.csv and manifest.json (default folder runs/sensitivity-<name>-<seed>-<id>, so a
Morris and a Sobol analysis never share one).

Options:
  --vary path=lo:hi   a parameter and its range (repeatable); path@always=lo:hi drops its dated
                      changes, path@YYYY-MM=lo:hi varies the change from that month (see
                      capflow sweep --help)
  --tie path=EXPR     a parameter set from a varied one at every point (see capflow sweep
                      --help); it is not a factor of the analysis
  --counterfactual    also run every point with mobility off, and analyse the paired difference:
                      the sensitivity of what mobility contributes (sensitivity.csv: output is
                      mobility_contribution rather than level)
  --method M          morris (default) or sobol
  --samples N         trajectories (Morris, default 10) or base samples (Sobol, default 64)
  --metric name:group the output analysed (default outcomes:local); whole-number parameters are
                      rounded at every design point
  --tick N            the tick analysed (default: the horizon)
  --reps N            replicates per point (default 1)
  --seed N, --years N, --set path=value   as for capflow run (a parameter keeps its dated
                      changes unless the value says @YYYY-MM or @always)
${EXPERIMENT_OPTIONS_HELP}
  -h, --help          show this help

${OUTPUT_FOLDER_HELP}

${EXIT_CODES_HELP}`;

export function execute(argv: string[], io: Io): Promise<number> {
  return experimentCommand('sensitivity', argv, io, usage);
}
