import { closestKeys } from '../scenario/closestKeys.ts';
import type { Problem } from '../scenario/problems.ts';
import { jsonPath } from '../scenario/problems.ts';
import type { Targets } from './targetsSchema.ts';

/**
 * Calibration targets that name a metric the model does not report, with "did you mean …?".
 * Validation targets may name a metric still to be written: they are reported, never refused, so a
 * file can record a published pattern before the model can be checked against it.
 */
export function metricProblems(file: string, targets: Targets, metricNames: readonly string[]): { problems: Problem[]; awaiting: string[] } {
  const known = new Set(metricNames);
  const problems: Problem[] = [];
  const awaiting: string[] = [];
  targets.targets.forEach((t, i) => {
    const q = t.quantity;
    const series =
      q.kind === 'share' ? [{ at: ['numerator', 'metric'], metric: q.numerator.metric }, { at: ['denominator', 'metric'], metric: q.denominator.metric }]
      : q.kind === 'parameter' ? []
      : [{ at: ['metric'], metric: q.metric }];
    for (const s of series) {
      if (known.has(s.metric)) continue;
      if (t.use === 'validation') {
        awaiting.push(`${t.name}: ${s.metric}`);
        continue;
      }
      const near = closestKeys(s.metric, metricNames);
      const hint = near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
      problems.push({ file, path: jsonPath(['targets', i, 'quantity', ...s.at]), message: `no metric "${s.metric}"${hint}` });
    }
  });
  return { problems, awaiting };
}
