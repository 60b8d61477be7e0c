import { experimentCommand } from '../experimentRunner/commands.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { EXPERIMENT_OPTIONS_HELP, OUTPUT_FOLDER_HELP, POSTERIOR_HELP } from './sharedHelp.ts';

export const usage =
  'Usage: capflow run <scenario.json> [--seed N] [--reps N] [--years N] [--set path=value ...] [--out DIR] [--force] [--max-memory SIZE] [--counterfactual] [--posterior FILE] [--workers N] [--resume] [--shard k/n]\n' +
  '       capflow run --manifest FILE [--out DIR] [--force] [--workers N]';

export const help = `${usage}

Runs replicates 0..N-1 of a scenario, prints capability, coordination, local autonomy, outcomes,
placements, attrition and cost by tier at the start and end of the horizon (means over
replicates) and, with --counterfactual, what mobility adds at the end against the same run with
every instrument off (paired, with its 95% interval). Start to end alone mixes mobility's effect
with any trend the scenario has without it (dated changes, and at national scale, which skips the
spin-up, a start away from the long-run state). The counterfactual is not run by default because
it doubles the cost of a run. Writes to the output folder:
  metrics.csv    every metric, every tick, tidy long form:
                 scenario,replicate,seed,tick,date,metric,group,value (tick 0 is the start)
  summary.csv    for every tick, metric and group: the mean across replicates with its 95%
                 interval (scenario,tick,date,metric,group,n,mean,sd,ci_low,ci_high,half_width)
  compare.csv    with --counterfactual: the paired difference from the run without mobility
  manifest.json  the experiment (merged and edited inputs, seeds, replicates), the files read,
                 the edits made here, capflow's version, its own git commit and whether that
                 checkout was modified, Node version, platform, the command line, start and
                 finish times, and the SHA-256 of each file
The same scenario, edits and seed always give a byte-identical metrics.csv, however many workers.

Options:
  --seed N           base seed (default: the scenario's "seed"); replicate k draws from random
                     streams keyed by (seed, k)
  --reps N           number of replicates (default: the scenario's "replicates")
  --years N          horizon in years, applied as the edit years=N (default: the scenario's)
  --set path=value   change a value of the merged scenario (repeatable). The path names a value
                     the merged scenario has, or one its schema knows there, by keys and list
                     indices: funding.cycleMonths, regions.0.weight. A parameter keeps its dated
                     changes: value sets the value before the first of them; value@YYYY-MM adds
                     the change from that month, or replaces the one there; value@always sets
                     it for the whole run and drops them. The manifest records each edit as
                     "set on the command line", with the changes kept or dropped
  --counterfactual   also run the scenario with every mobility instrument off, and report the
                     paired difference: what mobility contributes to outcomes, and at what cost,
                     as a "mobility" column of the tiers table and in compare.csv
${POSTERIOR_HELP}
  --manifest FILE    run again exactly what a manifest.json records (to a new folder, default
                     runs/<its folder>-reproduced) and say whether every file's SHA-256 matches
${EXPERIMENT_OPTIONS_HELP}
  -h, --help         show this help

${OUTPUT_FOLDER_HELP}

${EXIT_CODES_HELP}`;

export function execute(argv: string[], io: Io): Promise<number> {
  return experimentCommand('run', argv, io, usage);
}
