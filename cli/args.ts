import { closestKeys } from '../sim/scenario/closestKeys.ts';
import { EXIT } from './exitCodes.ts';
import { CliError } from './cliError.ts';

/**
 * Runs a `node:util` parseArgs call and turns its errors into a usage error. Node's messages for
 * unknown options explain `--` at length; the usage that follows says more.
 */
export function parseOrUsage<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(e.message)?.[1] ?? e.message;
      throw new CliError(`unknown option ${option}${didYouMean(option, usage)}`, EXIT.invalid, usage);
    }
    if (e.code?.startsWith('ERR_PARSE_ARGS')) throw new CliError(e.message, EXIT.invalid, usage);
    throw err;
  }
}

/** "; did you mean --reps?" for a near miss of an option the command's usage names, else nothing. */
export function didYouMean(option: string, usage: string): string {
  const known = usage.match(/--[a-z][a-z-]*/g) ?? [];
  const near = closestKeys(option.split('=')[0], known, 2);
  return near.length === 0 ? '' : `; did you mean ${near.join(' or ')}?`;
}

/**
 * A whole-number flag, checked here so `--reps 2.5` is a usage error rather than a scenario problem.
 * Only plain decimal digits count: `Number()` would also take `1e1`, `0x1`, `1.0` and padding, so a
 * typo would run something other than what the command line shows.
 */
export function wholeNumber(flag: string, text: string | undefined, min: number, max: number, usage: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^[0-9]+$/.test(text) || n < min || n > max) {
    throw new CliError(`--${flag} must be a whole number from ${min} to ${max}, got "${text}"`, EXIT.invalid, usage);
  }
  return n;
}
