import { drawOfReplicate } from '../../sim/runDesign/posteriorDraw.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { posteriorIntervals, unpairedParameterHalf } from '../../sim/stats/posteriorIntervals.ts';
import { number } from '../experimentRunner/rows.ts';
import type { ExtraColumns, PairColumns, PosteriorPairResult } from '../experimentRunner/summaries.ts';
import { DrawSpread } from './drawSpread.ts';

/** summary.csv's columns with --posterior: the two intervals of the mean (docs/ODD.md Appendix C). */
export const SUMMARY_POSTERIOR_COLUMNS = ['draws', 'stochastic_ci_low', 'stochastic_ci_high', 'parameter_ci_low', 'parameter_ci_high'] as const;

/** compare.csv's columns with --posterior: the paired difference under both intervals, and its sign by draw. */
export const COMPARE_POSTERIOR_COLUMNS = [
  'draws', 'stochastic_diff_ci_low', 'stochastic_diff_ci_high', 'parameter_diff_ci_low', 'parameter_diff_ci_high',
  'parameter_unpaired_half_width', 'draws_positive', 'draws_negative',
] as const;

const drawOf = (run: RunSpec) => drawOfReplicate(run.replicate);

/** One summary group's posterior columns. */
export function summaryPosteriorColumns(): ExtraColumns {
  const spread = new DrawSpread();
  return {
    names: SUMMARY_POSTERIOR_COLUMNS,
    add: (key, run, value) => spread.add(key, drawOf(run), value),
    cells: (key) => {
      const m = spread.get(key);
      if (!m) return SUMMARY_POSTERIOR_COLUMNS.map(() => '');
      const r = posteriorIntervals(m);
      return [String(m.draws), number(r.mean - r.stochasticHalf), number(r.mean + r.stochasticHalf), number(r.mean - r.parameterHalf), number(r.mean + r.parameterHalf)];
    },
  };
}

/**
 * One pair's posterior columns. The difference is taken replicate by replicate, so both the
 * stochastic streams and the drawn parameters are common to the two sides; the unpaired width is
 * what independent draws on each side would give. `keep` names the keys whose draw-by-draw means
 * the report reads.
 */
export function pairPosteriorColumns(keep: (key: string) => boolean): () => PairColumns {
  return () => {
    const diff = new DrawSpread(keep);
    const a = new DrawSpread();
    const b = new DrawSpread();
    const result = (key: string): PosteriorPairResult | undefined => {
      const d = diff.get(key);
      if (!d) return undefined;
      const r = posteriorIntervals(d);
      return {
        draws: d.draws,
        stochasticLow: r.mean - r.stochasticHalf,
        stochasticHigh: r.mean + r.stochasticHalf,
        parameterLow: r.mean - r.parameterHalf,
        parameterHigh: r.mean + r.parameterHalf,
        unpairedParameterHalf: unpairedParameterHalf(a.get(key)!, b.get(key)!),
        positive: d.positive,
        negative: d.negative,
        drawMeans: d.means,
      };
    };
    return {
      names: COMPARE_POSTERIOR_COLUMNS,
      add: (key, run, va, vb) => {
        const draw = drawOf(run);
        diff.add(key, draw, vb - va);
        a.add(key, draw, va);
        b.add(key, draw, vb);
      },
      cells: (key) => {
        const r = result(key);
        if (!r) return COMPARE_POSTERIOR_COLUMNS.map(() => '');
        return [String(r.draws), number(r.stochasticLow), number(r.stochasticHigh), number(r.parameterLow), number(r.parameterHigh), number(r.unpairedParameterHalf), String(r.positive), String(r.negative)];
      },
      result,
    };
  };
}
