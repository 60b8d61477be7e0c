import { runExperimentFile } from '../experiment/experimentCommand.ts';
import { EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { OUTPUT_FOLDER_HELP } from './sharedHelp.ts';

export const usage = 'Usage: capflow experiment <experiment.json> [--out DIR] [--force] [--resume] [--workers N] [--shard k/n] [--max-memory SIZE]';

export const help = `${usage}

Runs an experiment file: a run, compare, sweep, sensitivity or discover written as JSON (its
JSON Schema is experiments/schema/experiment.schema.json; point "$schema" at it for an
editor's completion and checks). The file says what to run: scenarios, edits ("set"), years,
seed, replicates, varied parameters ("vary": values, a range, a range with a step, or tied to
another parameter), the design (grid, lhs, ofat, morris, sobol), the output analysed and the
folder ("out"). Scenario files and out are relative to the experiment file.

The outputs are those of the command it is equivalent to, byte for byte, through the same
pipeline; the folder also holds experiment-file.json, a copy of the file as it was read, and the
manifest records "experiment FILE" as the command. Every experiment command prints the file it
is equivalent to with --print-experiment, e.g.
  capflow sweep scenarios/uk-2026-regional.json --vary funding.cycleMonths=12:36 \\
      --design lhs --samples 20 --print-experiment > cycle.json
  capflow experiment cycle.json

A refused file is reported with the file, the JSON path and the reason, as scenario files are
(strict JSON, no duplicate keys). "record" (which metrics, groups and months to keep) is
reserved for recording selection, which is not built yet: a file that gives it is refused.

Options (how to run it; none changes the results):
  --out DIR          output folder, instead of the file's out (or the command's default)
  --force            replace an existing output folder of an earlier capflow run
  --resume           finish an interrupted run of the same experiment
  --workers N        worker threads (default: the number of processors)
  --shard k/n        run only the k-th of n shares of the runs (join them with capflow merge)
  --max-memory SIZE  refuse experiments estimated to need more memory than this
  -h, --help         show this help

${OUTPUT_FOLDER_HELP}

${EXIT_CODES_HELP}`;

export function execute(argv: string[], io: Io): Promise<number> {
  return runExperimentFile(argv, io, usage);
}
