import { experimentCommand } from '../experimentRunner/commands.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { EXPERIMENT_OPTIONS_HELP, OUTPUT_FOLDER_HELP, POSTERIOR_HELP } from './sharedHelp.ts';

export const usage = 'Usage: capflow sweep <scenario.json> --vary path=lo:hi:step [--vary path[@always|@YYYY-MM]=a,b,c ...] [--tie path=other] [--design grid|lhs|ofat] [--samples N | --levels K] [--counterfactual] [--reps N] [--posterior FILE] [options]';

export const help = `${usage}

Runs a scenario over a grid of parameter values (every combination of the --vary values), a
Latin hypercube sample of ranges (--design lhs), or one parameter at a time (--design ofat: each
over its range at K levels, the others at the scenario's values; ten Broeke et al. 2016), with
the same replicates at every point. Whole-number parameters (funding.cycleMonths) are rounded at
every point of a Latin hypercube.
Writes metrics.csv and summary.csv with one column per varied parameter, and manifest.json
(default folder runs/sweep-<name>-<seed>-<id>).

Options:
  --vary path=SPEC   a parameter to vary (repeatable): lo:hi:step (a grid, both ends included),
                     a,b,c (listed values) or lo:hi (a range, for --design lhs). As with --set,
                     the parameter keeps its dated changes and the value varied is the one
                     before them: in uk-2026, funding.cycleMonths switches to 36 in 2026-04, the
                     start, so --vary funding.cycleMonths=12,24 varies only the warm-up. Write
                     path@always=SPEC to vary the value for the whole run (the changes dropped),
                     or path@YYYY-MM=SPEC to vary the change from that month
  --tie path=EXPR    a parameter set from a varied one at every point (repeatable): EXPR is
                     other, times*other, other+plus or times*other-plus, where other is a --vary
                     name; rounded for whole numbers. To vary the length of secondments as
                     one factor, with S for programme.instruments.secondment:
                     --vary S.maxMonths=6:36 --tie S.minMonths=S.maxMonths
  --design D         grid (default), lhs or ofat
  --samples N        points of a Latin hypercube (default 10)
  --levels K         levels of each range of a one-at-a-time design (default 5); a factor
                     given as a list (a,b,c) keeps its values as its levels
  --counterfactual   also run every point with mobility off (same replicates), and write the
                     paired difference at each point to compare.csv: what mobility contributes
  --reps N           replicates per point (default: the scenario's "replicates")
  --seed N           base seed (default: the scenario's "seed")
  --years N          horizon in years
${POSTERIOR_HELP}
  --set path=value   edit the scenario before varying (repeatable; value, value@YYYY-MM or
                     value@always, as for capflow run)
${EXPERIMENT_OPTIONS_HELP}
  -h, --help         show this help

${OUTPUT_FOLDER_HELP}

${EXIT_CODES_HELP}`;

export function execute(argv: string[], io: Io): Promise<number> {
  return experimentCommand('sweep', argv, io, usage);
}
