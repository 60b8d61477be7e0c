import type { ExperimentFile } from '../../sim/runDesign/experimentFileSchema.ts';
import { tieArg } from './parseTie.ts';

/**
 * The command line an experiment file is equivalent to: its kind, and the arguments that command
 * takes (scenario files first, already resolved by `resolvePath`). `capflow experiment` runs the
 * file through this, so a file and the command it prints from (--print-experiment) are one
 * experiment by construction, with one planner, one content id and one output pipeline.
 */
export function experimentArgv(e: ExperimentFile, resolvePath: (path: string) => string): { kind: ExperimentFile['kind']; argv: string[] } {
  const argv: string[] = e.scenarios.map(resolvePath);
  const flag = (name: string, value: string | number | undefined) => {
    if (value !== undefined) argv.push(`--${name}`, typeof value === 'number' ? plain(value) : value);
  };
  for (const s of e.set ?? []) flag('set', s);
  flag('years', e.years);
  flag('seed', e.seed);
  flag('reps', e.replicates);
  if (e.counterfactual) argv.push('--counterfactual');
  for (const v of e.vary ?? []) {
    const name = v.when ? `${v.path}@${v.when}` : v.path;
    if (v.tiedTo !== undefined) flag('tie', tieArg({ name, tiedTo: v.tiedTo, times: v.times ?? 1, plus: v.plus ?? 0 }));
    else if (v.values) flag('vary', `${name}=${v.values.map(plain).join(',')}`);
    else if (v.range) flag('vary', `${name}=${[...v.range, ...(v.step === undefined ? [] : [v.step])].map(plain).join(':')}`);
  }
  const d = e.design;
  if (e.kind === 'sweep' && d) {
    flag('design', d.type);
    if (d.type === 'lhs') flag('samples', d.samples);
    if (d.type === 'ofat') flag('levels', d.levels);
  }
  if (e.kind === 'sensitivity' && d) {
    flag('method', d.type);
    if (d.type === 'morris') flag('samples', d.trajectories);
    if (d.type === 'sobol') flag('samples', d.baseSamples);
  }
  if (e.kind === 'discover' && d?.type === 'lhs') flag('points', d.samples);
  if (e.output) flag('metric', e.output.group === undefined ? e.output.metric : `${e.output.metric}:${e.output.group}`);
  flag('tick', e.output?.tick);
  flag('at', e.output?.at);
  const q = e.discover;
  if (q) {
    flag('threshold', q.threshold);
    if (q.direction === 'above') argv.push('--above');
    if (q.direction === 'below') argv.push('--below');
    flag('min-coverage', q.minCoverage);
    flag('peel-alpha', q.peelAlpha);
    flag('min-mass', q.minMass);
    flag('step', q.step);
    if (q.paste) argv.push('--paste');
  }
  const r = e.record;
  if (r?.metrics) flag('record', r.metrics.join(','));
  if (r?.groups) flag('record-groups', r.groups.join(','));
  flag('every', r?.everyTicks);
  if (r?.formats) flag('format', r.formats.join(','));
  if (e.posterior !== undefined) flag('posterior', resolvePath(e.posterior));
  if (e.out !== undefined) flag('out', resolvePath(e.out));
  return { kind: e.kind, argv };
}

/** A number as the flags' plain decimal syntax takes it (no exponent: 1e-7 is written 0.0000001). */
function plain(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, '');
}
