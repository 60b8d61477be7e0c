import { join } from 'node:path';
import type { Experiment } from './experiment.ts';
import { writeParquetCopy } from './parquetCopy.ts';
import { readPartValues } from './readPart.ts';
import { recordsRow, unmatchedChoices } from './recording.ts';
import { splitKey, writeComparison, writeMetrics, writeSummary } from './summaries.ts';
import { writeSensitivity } from './sensitivityOutput.ts';
import { writeCodebook } from './codebook.ts';
import { writeDiscovery } from './discoverOutput.ts';
import { pairPosteriorColumns, summaryPosteriorColumns } from '../posterior/posteriorColumns.ts';
import { writeDraws } from '../posterior/writeDraws.ts';
import { HEADLINE } from './report.ts';

/**
 * Builds an experiment's outputs from its finished parts. It reads only the parts and the
 * experiment's own description, so one machine, a resumed run, and merged shards give the same
 * bytes.
 */
export function assemble(dir: string, e: Experiment) {
  const r = e.recording;
  const keep = r ? (tick: number, metric: string, group: string) => recordsRow(r, tick, e.details.ticks, metric, group) : undefined;
  writeMetrics(dir, e.runs, e.pointNames, keep);
  // With a posterior, summary.csv and compare.csv add the parameter-inclusive intervals (docs/ODD.md Appendix C).
  const posterior = e.kind === 'run' || e.kind === 'compare' || e.kind === 'sweep' ? e.details.posterior : undefined;
  writeSummary(dir, e.runs, e.pointNames, keep, posterior ? summaryPosteriorColumns : undefined);
  if (r?.formats.includes('parquet')) for (const name of ['metrics', 'summary']) writeParquetCopy(join(dir, `${name}.csv`), join(dir, `${name}.parquet`));
  if (posterior) writeDraws(dir, e.runs, posterior.names);
  const pairs = e.kind === 'run' || e.kind === 'compare' ? e.details.pairs : e.kind === 'sweep' && e.details.counterfactual ? [{ baseline: e.labels[1], scenario: e.labels[0] }] : [];
  const endOfHeadline = (key: string) => key.startsWith(`${e.details.ticks},`) && HEADLINE.includes(key.split(',')[1]);
  const comparisons = pairs.length > 0 ? writeComparison(dir, e.runs, pairs, e.pointNames, posterior ? pairPosteriorColumns(endOfHeadline) : undefined) : [];
  const sensitivity = e.kind === 'sensitivity' ? writeSensitivity(dir, e) : undefined;
  const discovery = e.kind === 'discover' ? writeDiscovery(dir, e) : undefined;
  const extra = [...(pairs.length > 0 ? ['compare.csv'] : []), ...(posterior ? ['draws.csv'] : []), ...(sensitivity ? ['sensitivity.csv'] : []), ...(discovery ? ['points.csv', 'trajectory.csv', 'box.csv'] : [])];
  writeCodebook(dir, e, ['metrics.csv', 'summary.csv', ...extra]);
  const unmatched = r && e.runs.length > 0 ? unmatchedChoices(r, [...readPartValues(dir, e.runs[0], e.pointNames.length).keys()].map((k) => { const [, metric, group] = splitKey(k); return { metric, group }; })) : [];
  return { pairs, comparisons, sensitivity, discovery, unmatched };
}

/** With --format parquet alone, the CSV copies of metrics and summary, to drop once the reports have read them (the compare report reads summary.csv). */
export function unrecordedCsv(e: Experiment): string[] {
  return e.recording && !e.recording.formats.includes('csv') ? ['metrics.csv', 'summary.csv'] : [];
}
