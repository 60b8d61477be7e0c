import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { primPaste, primPeel, primSelect, primTrim, type PrimBox } from '../../sim/stats/index.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { discoverSummary } from './discoverSummary.ts';
import type { DiscoverDetails, Experiment } from './experiment.ts';
import { readPartValues } from './readPart.ts';
import { field, number } from './rows.ts';
import { writeStreamed } from './summaries.ts';

/** One design point: its values, the mean outcome of each scenario, and the paired effect. */
export interface DiscoverPoint {
  values: number[];
  baseline: number;
  policy: number;
  effect: number;
  interesting: boolean;
}

/**
 * points.csv, trajectory.csv, box.csv and summary.txt of a discovery: the policy's effect at each
 * design point (the mean over replicates of policy − baseline, replicate by replicate), PRIM's
 * peeling trajectory over the points, and the box chosen from it. Returns the summary's words.
 */
export function writeDiscovery(dir: string, e: Experiment & { kind: 'discover' }): string {
  const d = e.details;
  const points = effectsByPoint(dir, e);
  const x = points.map((p) => p.values);
  const y = points.map((p) => p.interesting);
  const t = primPeel(x, y, { peelAlpha: d.prim.peelAlpha, minMass: d.prim.minMass });
  const chosen = primSelect(t, { minCoverage: d.prim.minCoverage, step: d.prim.step === null ? undefined : Math.min(d.prim.step, t.boxes.length - 1) });
  const trimmed = chosen && primTrim(x, y, t, chosen);
  const box = trimmed && d.prim.paste ? primPaste(x, y, t, trimmed, d.prim.peelAlpha) : trimmed;
  const names = d.factors.map((f) => f.path);

  writeStreamed(join(dir, 'points.csv'), (append) => {
    append(['point', ...names.map(field), 'n', 'baseline_mean', 'policy_mean', 'effect', 'case_of_interest'].join(',') + '\n');
    points.forEach((p, i) => append([i, ...p.values.map(number), d.replicates, number(p.baseline), number(p.policy), number(p.effect), p.interesting ? 'TRUE' : 'FALSE'].join(',') + '\n'));
  });
  writeStreamed(join(dir, 'trajectory.csv'), (append) => {
    append('step,coverage,density,mass,n_points,n_of_interest,dimension,lo,hi,restricted\n');
    for (const b of t.boxes) appendBox(append, b, names);
  });
  writeStreamed(join(dir, 'box.csv'), (append) => {
    append('step,coverage,density,mass,n_points,n_of_interest,dimension,lo,hi,restricted\n');
    if (box) appendBox(append, box, names);
  });
  const words = discoverSummary(d, t, box, chosen);
  writeFileSync(join(dir, 'summary.txt'), words);
  return words;
}

/** A box as tidy rows: one per dimension, the box's statistics repeated on each. */
function appendBox(append: (s: string) => void, b: PrimBox, names: string[]): void {
  const stats = `${b.step},${number(b.coverage)},${number(b.density)},${number(b.mass)},${b.count},${b.interesting}`;
  b.limits.forEach((l, j) => append(`${stats},${field(names[j])},${number(l.lo)},${number(l.hi)},${b.restricted.includes(j) ? 'TRUE' : 'FALSE'}\n`));
}

/** Each design point's paired effect, in design order (the baseline's runs give the order). */
export function effectsByPoint(dir: string, e: Experiment & { kind: 'discover' }): DiscoverPoint[] {
  const d = e.details;
  const key = `${d.tick},${d.metric},${d.group}`;
  const value = (run: RunSpec) => {
    const v = readPartValues(dir, run, e.pointNames.length).get(key);
    if (v === undefined) throw new Error(`metric ${d.metric} (group ${d.group}) has no value at tick ${d.tick}`);
    return v;
  };
  const byPoint = new Map<string, { values: number[]; a: Map<number, number>; b: Map<number, number> }>();
  for (const run of e.runs) {
    const k = JSON.stringify(run.point);
    if (!byPoint.has(k)) byPoint.set(k, { values: e.pointNames.map((n) => run.point[n]), a: new Map(), b: new Map() });
    const entry = byPoint.get(k)!;
    (run.label === d.baseline ? entry.a : entry.b).set(run.replicate, value(run));
  }
  return [...byPoint.values()].map(({ values, a, b }) => {
    let sa = 0;
    let sb = 0;
    let diff = 0;
    // Replicates in order, so the sums are the same whatever order the runs finished in.
    for (const r of [...a.keys()].sort((p, q) => p - q)) {
      sa += a.get(r)!;
      sb += b.get(r)!;
      diff += b.get(r)! - a.get(r)!;
    }
    const effect = diff / a.size;
    return { values, baseline: sa / a.size, policy: sb / a.size, effect, interesting: isOfInterest(effect, d) };
  });
}

const isOfInterest = (effect: number, d: DiscoverDetails) => (d.direction === 'below' ? effect < d.threshold : effect > d.threshold);
