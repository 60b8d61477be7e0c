import type { Experiment } from './experiment.ts';
import { writeComparison, writeMetrics, writeSummary } from './summaries.ts';
import { writeSensitivity } from './sensitivityOutput.ts';
import { writeCodebook } from './codebook.ts';
import { writeDiscovery } from './discoverOutput.ts';

/**
 * Builds an experiment's outputs from its finished parts. It reads only the parts and the
 * experiment's own description, so one machine, a resumed run, and merged shards give the same
 * bytes.
 */
export function assemble(dir: string, e: Experiment) {
  writeMetrics(dir, e.runs, e.pointNames);
  writeSummary(dir, e.runs, e.pointNames);
  const pairs = e.kind === 'run' || e.kind === 'compare' ? e.details.pairs : e.kind === 'sweep' && e.details.counterfactual ? [{ baseline: e.labels[1], scenario: e.labels[0] }] : [];
  const comparisons = pairs.length > 0 ? writeComparison(dir, e.runs, pairs, e.pointNames) : [];
  const sensitivity = e.kind === 'sensitivity' ? writeSensitivity(dir, e) : undefined;
  const discovery = e.kind === 'discover' ? writeDiscovery(dir, e) : undefined;
  const extra = [...(pairs.length > 0 ? ['compare.csv'] : []), ...(sensitivity ? ['sensitivity.csv'] : []), ...(discovery ? ['points.csv', 'trajectory.csv', 'box.csv'] : [])];
  writeCodebook(dir, e, ['metrics.csv', 'summary.csv', ...extra]);
  return { pairs, comparisons, sensitivity, discovery };
}
