import type { MetricRow } from '../../sim/model/run.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { csvNumber, csvText, tidyHeader, tidyLines, tidyRunPrefix } from '../../sim/output/tidyCsv.ts';

/** Column names of tidy output: identity, varied parameters (one column each), then the row. */
export const header = tidyHeader;

/** A text cell of any capflow CSV: quoted when it must be, neutralised when it looks like a formula. */
export const field = csvText;

/** A number cell: shortest round-trip decimal, Inf, -Inf or NA. */
export const number = csvNumber;

/** The lines of one run's rows (no header), in the order the kernel emitted them. */
export function rowLines(run: RunSpec, pointNames: readonly string[], rows: readonly MetricRow[]): string {
  return tidyLines(tidyRunPrefix(run.label, run.replicate, run.seed, pointNames.map((n) => run.point[n])), rows);
}
