import { RECORDING_HELP } from '../experimentRunner/recording.ts';

/** Options every experiment command (run, compare, sweep, sensitivity, discover) takes, as their help lists them. */
export const EXPERIMENT_OPTIONS_HELP = `  --print-experiment print the experiment file this command line is (JSON) and exit; run it
                     with capflow experiment FILE for the same bytes (paths stay as typed)
  --workers N        worker threads (default: the number of processors); the results are the
                     same bytes with any number
  --out DIR          output folder (default: runs/<name>-<seed> for a plain run of a scenario
                     file; otherwise 8 hex digits of the experiment's content id are added, so
                     different experiments never share a folder)
  --force            replace an existing output folder of an earlier capflow run
  --resume           finish an interrupted run of the same command (its finished runs are kept)
  --shard k/n        run only the k-th of n shares of the runs (join them with capflow merge)
  --max-memory SIZE  refuse experiments estimated to need more memory than this: GB, or with a
                     unit (512MB, 1.5GB); default 75% of the memory this process may use (the
                     machine's, or its control group's when lower, as under Slurm --mem)
${RECORDING_HELP}`;

/** --posterior, as run, compare and sweep list it (one text, so the three helps cannot drift). */
export const POSTERIOR_HELP = `  --posterior FILE   draw each replicate's parameters from a posterior.csv of capflow calibrate
                     (posteriors/japan.csv ships): replicates 2j and 2j+1 share draw j, chosen
                     by a hash of the file's content, the seed and j, the same in every scenario,
                     so comparisons stay paired. Adds the stochastic and the parameter-inclusive
                     intervals to summary.csv (and compare.csv), writes draws.csv, and says which
                     conclusions survive parameter uncertainty (docs/ODD.md Appendix C)`;

/** How every command writes its output folder. */
export const OUTPUT_FOLDER_HELP = `The output folder appears complete or not at all: work happens in a hidden sibling
(.<name>.partial), renamed into place at the end; after Ctrl-C or a crash the finished runs stay
there for --resume. A non-empty folder is refused unless --force is given, and --force replaces
only a folder of capflow's own outputs (with its manifest), never the current folder, one that
contains it, or a symbolic link. The progress bar is drawn on stderr only when it is a terminal.`;
