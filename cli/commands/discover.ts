import { experimentCommand } from '../experimentRunner/commands.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { EXPERIMENT_OPTIONS_HELP, OUTPUT_FOLDER_HELP } from './sharedHelp.ts';

export const usage = 'Usage: capflow discover BASELINE.json POLICY.json --vary path=lo:hi [--vary ...] --threshold x [--below|--above] [--metric M[:group]] [--at YYYY-MM|end] [--points N] [--reps N] [options]';

export const help = `${usage}

Scenario discovery (Bryant & Lempert 2010): over a Latin hypercube of assumption ranges, runs the
baseline and the policy at every point with the same replicates (common random numbers), takes
the policy's effect (policy − baseline, replicate by replicate, averaged), marks the points where
the effect is below the threshold (or above, with --above), and finds with PRIM (Friedman &
Fisher 1999) the box of assumptions where those points are concentrated: its density (share of
the points in the box that are below the threshold), coverage (share of all such points that
are in the box) and the assumptions it restricts.

Writes points.csv (each point's values, both means and the effect), trajectory.csv (every box of
the peeling, one row per step and assumption), box.csv (the chosen box), summary.txt (the box in
words, also printed), metrics.csv, summary.csv and manifest.json (default folder
runs/discover-<A>-vs-<B>-<seed>-<id>).

Options:
  --vary path=lo:hi  an assumption's range (repeatable; path@always=lo:hi or path@YYYY-MM=lo:hi
                     as for capflow sweep)
  --threshold x      the effect that counts as failing (required)
  --below, --above   a point is a case of interest when its effect is below x (default) or above
  --metric M[:group] the output read (default outcomes:local)
  --at YYYY-MM|end   the month read (default end, the last month of the shorter run)
  --tie path=EXPR    a parameter set from a varied one at every point (see capflow sweep --help)
  --points N         points of the Latin hypercube (default 100)
  --reps N           replicates per point and scenario (default: the baseline's "replicates")
  --min-coverage c   the box chosen is the densest of the peeling that holds at least this share
                     of the cases of interest (default 0.8)
  --step N           choose step N of the peeling instead (see trajectory.csv; the last step
                     when the peeling is shorter)
  --peel-alpha a     share of the box's points peeled at each step (default 0.05)
  --min-mass m       peeling stops before the box holds less than this share of points (0.05)
  --paste            widen the chosen box again where that raises its density (Friedman &
                     Fisher's pasting)
  --seed N           base seed (default: the baseline's "seed")
  --years N          horizon in years, for both scenarios
  --set path=value   edit both scenarios (repeatable; as for capflow run)
${EXPERIMENT_OPTIONS_HELP}
  -h, --help         show this help

A restriction that costs the chosen box no density is dropped before it is reported, so the
box names only the assumptions that matter (peeling restricts others by chance).

${OUTPUT_FOLDER_HELP}

${EXIT_CODES_HELP}`;

export function execute(argv: string[], io: Io): Promise<number> {
  return experimentCommand('discover', argv, io, usage);
}
