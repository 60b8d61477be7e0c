import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import { count } from '../format.ts';
import { defaultLimit, estimateExperimentBytes, gb, parseSize, type MemoryLimit } from '../memoryEstimate.ts';

/** The limit runs are checked against: `--max-memory`, or 75% of what this process may use. */
export function memoryLimit(text: string | undefined, usage: string): MemoryLimit {
  if (text === undefined) return defaultLimit();
  const bytes = parseSize(text);
  if (bytes === undefined) throw new CliError(`--max-memory takes a size such as 8 (GB), 512MB or 1.5GB, got "${text}"`, EXIT.invalid, usage);
  return { bytes, source: '--max-memory' };
}

/**
 * Refuses (exit 3) an experiment estimated not to fit, before anything is written or allocated,
 * saying how many worker threads would fit when fewer would. Returns the estimate.
 */
export function checkMemory(file: string, officials: number, threads: number, limit: MemoryLimit): number {
  const estimate = estimateExperimentBytes(officials, threads);
  if (estimate <= limit.bytes) return estimate;
  let fits = threads - 1;
  while (fits >= 1 && estimateExperimentBytes(officials, fits) > limit.bytes) fits--;
  const atOnce = threads > 1 ? ` with ${threads} runs at once (one per worker thread)` : '';
  const advice = fits >= 1 ? `Run with --workers ${fits}, reduce` : 'Reduce';
  throw new CliError(
    `${file} is too large to run here: ${count(officials)} officials need an estimated ${gb(estimate)} of memory${atOnce}, ` +
      `above the limit of ${gb(limit.bytes)} (${limit.source}). ${advice} the organisations' totalStaff, or raise the limit ` +
      'with --max-memory if the machine can take it.',
    EXIT.tooLarge,
  );
}
