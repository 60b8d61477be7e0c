import { writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * A committed regression baseline: a scenario run, the exact digest of its metrics.csv, and
 * tolerances on means. The shipped baselines in test/regression and the ones `capflow regress
 * --add` writes for a fork's own scenarios share this one format.
 */
export const Baseline = z
  .object({
    description: z.string().optional(),
    scenario: z.string().describe('Scenario file, relative to this baseline'),
    seed: z.number().int().min(0),
    replicates: z.number().int().min(1),
    years: z.number().int().min(1),
    /** SHA-256 of metrics.csv; a mismatch fails unless exact is false. */
    sha256: z.string(),
    exact: z.boolean().default(true),
    tolerances: z.array(
      z.object({ metric: z.string(), group: z.string(), tick: z.number().int().min(0), mean: z.number(), tolerance: z.number().min(0) }).strict(),
    ),
  })
  .strict();
export type Baseline = z.infer<typeof Baseline>;
export type Tolerance = Baseline['tolerances'][number];

export const DEFAULT_REGRESSION_DIR = 'test/regression';

/** Writes a baseline as the shipped ones are written: two-space JSON and a final newline. */
export function writeBaseline(file: string, b: Baseline): void {
  writeFileSync(file, JSON.stringify(b, null, 2) + '\n');
}
