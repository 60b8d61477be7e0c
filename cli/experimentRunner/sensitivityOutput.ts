import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { morrisIndices, sobolIndices } from '../../sim/stats/index.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import type { Experiment, SensitivityDetails } from './experiment.ts';
import { readPartValues } from './readPart.ts';
import { field, number } from './rows.ts';
import { writeStreamed } from './summaries.ts';

export type { SensitivityDetails };

export interface SensitivityRow {
  factor: string;
  index: string;
  estimate: number;
  low: number;
  high: number;
}

/**
 * sensitivity.csv: Morris mu*, mu and sigma, or Sobol first-order and total indices, of the chosen
 * output (a metric and group at one tick, averaged over replicates at each design point), with
 * bootstrap intervals.
 */
export function writeSensitivity(dir: string, e: Experiment & { kind: 'sensitivity' }): SensitivityRow[] {
  const d = e.details;
  const key = `${d.tick},${d.metric},${d.group}`;
  const sums = new Float64Array(d.unitPoints.length);
  const counts = new Float64Array(d.unitPoints.length);
  const pointIndex = new Map(e.runs.map((r) => [JSON.stringify(r.point), 0]));
  let next = 0;
  for (const k of pointIndex.keys()) pointIndex.set(k, next++);
  const valueOf = (run: RunSpec) => {
    const value = readPartValues(dir, run, e.pointNames.length).get(key);
    if (value === undefined) throw new Error(`metric ${d.metric} (group ${d.group}) has no value at tick ${d.tick}`);
    return value;
  };
  // With the counterfactual, the output at a point is scenario minus counterfactual, replicate by replicate.
  const offRuns = new Map(e.runs.filter((r) => r.label !== e.labels[0]).map((r) => [`${JSON.stringify(r.point)}\u0000${r.replicate}`, r]));
  for (const run of e.runs) {
    if (run.label !== e.labels[0]) continue;
    const off = d.counterfactual ? offRuns.get(`${JSON.stringify(run.point)}\u0000${run.replicate}`) : undefined;
    if (d.counterfactual && !off) throw new Error(`no counterfactual run for ${run.id}`);
    const value = valueOf(run) - (off ? valueOf(off) : 0);
    const p = pointIndex.get(JSON.stringify(run.point))!;
    sums[p] += value;
    counts[p]++;
  }
  // Points repeat in a design (Morris trajectories share corners): outputs follow the design order.
  const outputs = d.unitPoints.map((_, i) => sums[d.designPointOf[i]] / counts[d.designPointOf[i]]);
  const rand = seedrandom.alea(d.bootstrapSeed);
  const rows: SensitivityRow[] = [];
  if (d.method === 'morris') {
    for (const f of morrisIndices({ k: d.factors.length, points: d.unitPoints }, outputs, { bootstrap: 1000, rand, level: 0.95 })) {
      const name = d.factors[f.factor].path;
      rows.push({ factor: name, index: 'mu_star', estimate: f.muStar, low: f.muStarCi?.low ?? NaN, high: f.muStarCi?.high ?? NaN });
      rows.push({ factor: name, index: 'mu', estimate: f.mu, low: NaN, high: NaN });
      rows.push({ factor: name, index: 'sigma', estimate: f.sigma, low: NaN, high: NaN });
    }
  } else {
    const s = sobolIndices(outputs, d.factors.length, d.baseSamples, { bootstrap: 1000, rand, level: 0.95 });
    for (const f of s.factors) {
      const name = d.factors[f.factor].path;
      rows.push({ factor: name, index: 'first_order', estimate: f.first, low: f.firstCi?.low ?? NaN, high: f.firstCi?.high ?? NaN });
      rows.push({ factor: name, index: 'total', estimate: f.total, low: f.totalCi?.low ?? NaN, high: f.totalCi?.high ?? NaN });
    }
  }
  writeStreamed(join(dir, 'sensitivity.csv'), (append) => {
    append('method,metric,group,tick,factor,index,estimate,ci_low,ci_high,output\n');
    const output = d.counterfactual ? 'mobility_contribution' : 'level';
    for (const r of rows) {
      append([d.method, d.metric, field(d.group), d.tick, field(r.factor), r.index, number(r.estimate), number(r.low), number(r.high), output].join(',') + '\n');
    }
  });
  return rows;
}
