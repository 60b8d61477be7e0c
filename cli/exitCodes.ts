/**
 * What a capflow process exits with, so scripts and CI can tell a bad scenario from a refused
 * output folder. 70 is EX_SOFTWARE and 130 is 128 + SIGINT, as shells expect
 * (https://man.freebsd.org/cgi/man.cgi?query=sysexits).
 */
export const EXIT = {
  ok: 0,
  /** Scenario problems, unknown flags or bad values, missing arguments, malformed manifests, missing shards. */
  invalid: 1,
  /** The output folder exists and is not empty (without --force), is not capflow's to replace, or cannot be written. */
  refused: 2,
  /** The run would not fit in memory. */
  tooLarge: 3,
  internal: 70,
  interrupted: 130,
} as const;

/** The exit codes as `capflow --help` lists them. */
export const EXIT_CODES_HELP = `Exit codes:
  0    success
  1    invalid input: scenario problems, unknown flags or bad values, missing arguments,
       a malformed manifest or shard folder, shards missing at merge
  2    output refused: the output folder exists and is not empty (add --force, or --resume),
       is not capflow's to replace, or cannot be written (full disk, read-only, ...)
  3    refused as too large: the estimated memory exceeds the limit (see --max-memory)
  70   internal error: a bug in capflow, please report it
  130  interrupted (Ctrl-C); nothing is left half-written, finished runs are kept for --resume`;
