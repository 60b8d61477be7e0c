import type { PrimBox, PrimLimit, PrimTrajectory } from '../../sim/stats/index.ts';
import type { DiscoverDetails } from './experiment.ts';
import { wrap } from '../wrap.ts';

/** Shortest readable form of a limit: 3 significant digits. */
const show = (v: number) => String(Number(v.toPrecision(3)));
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One restricted dimension in words: at most, at least, or between. */
function condition(name: string, limit: PrimLimit, range: PrimLimit): string {
  const lo = limit.lo > range.lo;
  const hi = limit.hi < range.hi;
  if (lo && hi) return `${name} is between ${show(limit.lo)} and ${show(limit.hi)}`;
  return lo ? `${name} is at least ${show(limit.lo)}` : `${name} is at most ${show(limit.hi)}`;
}

/**
 * The discovery in words, for stdout and summary.txt: what was asked, how many points answered
 * yes, and the box ("the effect is below x in 83% of cases where a is at most 0.2 and b at most
 * 0.5"), with its coverage and mass, or why there is no box.
 */
export function discoverSummary(d: DiscoverDetails, t: PrimTrajectory, box: PrimBox | undefined, chosen: PrimBox | undefined): string {
  const what = `the effect of ${d.policy} over ${d.baseline} on ${d.metric}${d.group === 'all' ? '' : ` (${d.group})`} in ${d.date}`;
  const side = `${d.direction} ${show(d.threshold)}`;
  const lines = [
    `Scenario discovery: ${what}, paired by replicate (${d.replicates} per point), at ${t.total} points of a Latin hypercube.`,
    `It is ${side} at ${t.totalInteresting} of ${t.total} points (${percent(t.totalInteresting / t.total)}).`,
  ];
  if (!box || !chosen) {
    lines.push(t.totalInteresting === 0 ? `No point is ${side}: there is no box to find.` : `No box of the trajectory covers ${percent(d.prim.minCoverage)} of those points: lower --min-coverage.`);
    return lines.map((l) => wrap(l)).join('\n') + '\n';
  }
  const names = d.factors.map((f) => f.path);
  const where = box.restricted.map((j) => condition(names[j], box.limits[j], t.range[j]));
  if (where.length === 0) {
    lines.push(`No box of assumptions does better than the whole range: it is ${side} in ${percent(box.density)} of all cases, wherever the assumptions lie.`);
  } else {
    lines.push(
      `It is ${side} in ${percent(box.density)} of cases where ${where.join(' and ')}.`,
      `That box holds ${percent(box.coverage)} of the points ${side} (coverage) and ${percent(box.mass)} of all points (mass); it is step ${box.step} of ${t.boxes.length - 1} of the peeling${d.prim.paste ? ', pasted' : ''}, restricting ${box.restricted.length} of ${names.length} assumptions.`,
    );
  }
  if (box.restricted.length < chosen.restricted.length) {
    const dropped = chosen.restricted.filter((j) => !box.restricted.includes(j)).map((j) => names[j]);
    lines.push(`Peeling also restricted ${dropped.join(', ')}; the restriction is dropped because it bought no density.`);
  }
  return lines.map((l) => wrap(l)).join('\n') + '\n';
}
