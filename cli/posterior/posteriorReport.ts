import { METRICS } from '../../sim/model/metrics.ts';
import { drawOfReplicate } from '../../sim/runDesign/posteriorDraw.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { rankCorrelation } from '../../sim/stats/rankCorrelation.ts';
import { wrap } from '../wrap.ts';
import { HEADLINE } from '../experimentRunner/report.ts';
import { splitKey, type Pair, type PairedResult, type PosteriorPairResult } from '../experimentRunner/summaries.ts';

const fmt = (x: number) => (!Number.isFinite(x) ? 'n/a' : Math.abs(x) >= 1000 ? x.toExponential(3) : x.toFixed(4));
const excludesZero = (lo: number, hi: number) => Number.isFinite(lo) && Number.isFinite(hi) && (lo > 0 || hi < 0);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/** Each draw's parameters, by draw number, from the runs of one scenario. */
function drawParameters(runs: readonly RunSpec[], label: string): Map<number, Record<string, number>> {
  const byDraw = new Map<number, Record<string, number>>();
  for (const r of runs) if (r.label === label && r.posterior && !byDraw.has(drawOfReplicate(r.replicate))) byDraw.set(drawOfReplicate(r.replicate), r.posterior.parameters);
  return byDraw;
}

/** The parameter the draws' effects follow most closely (largest |Spearman ρ|), if any is defined. */
function strongestParameter(p: PosteriorPairResult, params: Map<number, Record<string, number>>, names: readonly string[]): { name: string; rho: number } | undefined {
  const means = p.drawMeans ?? [];
  const draws = [...params.keys()].sort((a, b) => a - b).slice(0, means.length);
  let best: { name: string; rho: number } | undefined;
  for (const name of names) {
    const rho = rankCorrelation(draws.map((d) => params.get(d)![name]), means);
    if (Number.isFinite(rho) && (!best || Math.abs(rho) > Math.abs(best.rho))) best = { name, rho };
  }
  return best;
}

/**
 * The end of the horizon under parameter uncertainty: for each headline metric, the paired
 * difference with its stochastic and parameter-inclusive intervals, then in words which
 * conclusions survive the parameters the calibration left open, which have a sign that depends
 * on them (and on which most), and which are not resolved even at fixed parameters.
 */
export function posteriorReport(pairs: readonly Pair[], results: Map<string, PairedResult>[], endTick: number, runs: readonly RunSpec[], names: readonly string[], file: string): string {
  const out: string[] = [];
  pairs.forEach((pair, i) => {
    const rows: string[][] = [['metric/group', 'B − A', 'stochastic 95%', 'with parameters 95%', 'draws +/−']];
    const survive: string[] = [];
    const depend: string[] = [];
    const undecided: string[] = [];
    const unresolved: string[] = [];
    const params = drawParameters(runs, pair.scenario);
    let draws = 0;
    for (const [key, r] of results[i]) {
      const [tick, metric, group] = splitKey(key);
      const p = r.posterior;
      if (Number(tick) !== endTick || !HEADLINE.includes(metric) || !p || METRICS[metric]?.unit === 'GBP') continue;
      draws = p.draws;
      const what = `${metric}/${group}`;
      rows.push([what, fmt(r.mean), `${fmt(p.stochasticLow)} to ${fmt(p.stochasticHigh)}`, `${fmt(p.parameterLow)} to ${fmt(p.parameterHigh)}`, `${p.positive}/${p.negative}`]);
      const verb = r.mean > 0 ? 'raises' : 'lowers';
      if (excludesZero(p.parameterLow, p.parameterHigh)) {
        const same = r.mean > 0 ? p.positive : p.negative;
        survive.push(same === p.draws ? `${verb} ${what} in every posterior draw` : `${verb} ${what} (in ${same} of ${p.draws} draws)`);
      } else if (excludesZero(p.stochasticLow, p.stochasticHigh) && (p.positive === p.draws || p.negative === p.draws)) {
        undecided.push(`${verb} ${what}`);
      } else if (excludesZero(p.stochasticLow, p.stochasticHigh)) {
        const by = strongestParameter(p, params, names);
        depend.push(`${what} (${p.positive} of ${p.draws} draws above zero${by ? `; most on ${by.name}, Spearman ρ ${by.rho.toFixed(2)}` : ''})`);
      } else unresolved.push(what);
    }
    if (rows.length === 1) return;
    out.push(wrap(`A = ${pair.baseline}, B = ${pair.scenario}, over the posterior ${file} (${draws} draws, each run by the same replicates on both sides): at the end of the horizon`));
    out.push(table(rows));
    out.push(wrap('stochastic is the interval from replicate noise alone, the drawn parameters held as known; with parameters adds what the calibration leaves open (a 95% interval of the effect at a draw from the posterior; docs/ODD.md Appendix C). draws +/− counts the draws whose mean difference is above or below zero.'));
    if (survive.length > 0) out.push(wrap(`Survives parameter uncertainty: B ${survive.join('; ')}.`));
    if (undecided.length > 0) out.push(wrap(`Same sign in every draw, but the interval with parameters still reaches zero (more draws would tell): B ${undecided.join('; ')}.`));
    if (depend.length > 0) out.push(wrap(`The sign depends on the parameters (clear at fixed parameters, opposite in some draws): ${depend.join('; ')}.`));
    if (unresolved.length > 0) out.push(wrap(`Not resolved even at fixed parameters (the stochastic interval spans zero): ${unresolved.join(', ')}.`));
    out.push('');
  });
  return out.join('\n');
}
