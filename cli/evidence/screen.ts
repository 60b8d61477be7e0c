/**
 * A Morris screen of the validation findings over the assumptions they rest on (issue 11, item 6):
 * at each point of a Morris design over SCREEN_FACTORS, each finding's contrast (its arm minus the
 * scenario as shipped, the same edits applied to both, paired replicate by replicate) is run; the
 * elementary effects say which assumptions move the finding most, and the share of points where
 * the contrast keeps the sign the claim asserts says whether it survives across their ranges.
 * Runs in this process, one replicate at a time: affordable for a regional scenario and a few
 * trajectories.
 */
import seedrandom from 'seedrandom';
import { contentId } from '../../sim/runDesign/contentId.ts';
import { runReplicate, type MetricRow } from '../../sim/model/run.ts';
import { morrisDesign, morrisIndices, scaleToRanges } from '../../sim/stats/index.ts';
import { formatProblem } from '../../sim/scenario/problems.ts';
import { loadInput } from '../experimentRunner/loadInput.ts';
import type { ScreenFactor, ScreenFinding } from './screenDesign.ts';

export interface ScreenOptions {
  scenario: string;
  factors: readonly ScreenFactor[];
  findings: readonly ScreenFinding[];
  trajectories: number;
  reps: number;
  years?: number;
  seed: number;
  progress?: (done: number, total: number) => void;
}

export interface FindingScreen {
  finding: ScreenFinding;
  /** The contrast (mean over replicates) at each design point. */
  contrasts: number[];
  /** Share of design points where the contrast has the sign the claim asserts. */
  signKept: number;
  /**
   * Pooled standard deviation of the per-replicate contrast within a point (null with one
   * replicate). Replicate k draws the same random numbers at every point (streams are keyed by seed
   * and replicate, not by parameter values), so a finding smaller than this noise carries the same
   * replicates' luck to every point: its sign can then be kept, or lost, at all points at once, and
   * the share of points keeping it is no evidence about the assumptions.
   */
  noise: number | null;
  /** Share of points where the contrast exceeds twice its standard error, noise / √reps (null with one replicate). */
  clearOfNoise: number | null;
  /** Factors by μ* (mean absolute elementary effect), largest first. */
  influence: { path: string; muStar: number; mu: number }[];
}

/** The value a finding reads from one run's rows. */
function readRun(rows: MetricRow[], f: ScreenFinding, horizon: number): number {
  const groups = new Set(f.groups);
  let sum = 0;
  for (const row of rows) {
    if (row.metric !== f.metric || !groups.has(row.group)) continue;
    if (f.read === 'total' ? row.tick >= 1 : row.tick === horizon) sum += row.value;
  }
  return sum;
}

/** One run's rows of the metrics the findings read. */
function runRows(file: string, sets: string[], years: number | undefined, seed: number, replicate: number, metrics: string[]): { rows: MetricRow[]; horizon: number } {
  const r = loadInput(file, sets, years);
  if (!r.loaded) throw new Error(`${file} with ${sets.join(' ')}: ${r.problems.map(formatProblem).join('; ')}`);
  const rows: MetricRow[] = [];
  const sim = runReplicate(r.loaded.scenario, { seed, replicate, metrics, onRows: (x) => rows.push(...x) });
  return { rows, horizon: sim.horizon };
}

export function screenFindings(o: ScreenOptions): FindingScreen[] {
  // The design's random numbers come from its content, never from the clock or run order.
  const rand = seedrandom.alea(contentId({ screen: o.factors, findings: o.findings.map((f) => f.what), trajectories: o.trajectories, seed: o.seed }));
  const design = morrisDesign(o.factors.length, o.trajectories, 4, rand);
  const points = scaleToRanges(design.points, o.factors.map((f) => ({ name: f.path, lo: f.lo, hi: f.hi })));
  const metrics = [...new Set(o.findings.map((f) => f.metric))];
  // Arms that share edits (the shipped arm, and findings read from one arm) run once per point and replicate.
  const arms = [[], ...new Map(o.findings.map((f) => [f.arm.join(' '), f.arm])).values()];
  const total = points.length * arms.length * o.reps;
  let done = 0;
  const contrasts = o.findings.map(() => new Array<number>(points.length).fill(0));
  const byReplicate = o.findings.map(() => points.map(() => new Array<number>(o.reps).fill(0)));
  points.forEach((point, p) => {
    const at = o.factors.map((f) => `${f.path}=${point[f.path]}@always`);
    for (let k = 0; k < o.reps; k++) {
      const runs = new Map<string, { rows: MetricRow[]; horizon: number }>();
      for (const arm of arms) {
        runs.set(arm.join(' '), runRows(o.scenario, [...at, ...arm], o.years, o.seed, k, metrics));
        o.progress?.(++done, total);
      }
      const shipped = runs.get('')!;
      o.findings.forEach((f, i) => {
        const arm = runs.get(f.arm.join(' '))!;
        byReplicate[i][p][k] = readRun(arm.rows, f, arm.horizon) - readRun(shipped.rows, f, shipped.horizon);
        contrasts[i][p] += byReplicate[i][p][k] / o.reps;
      });
    }
  });
  return o.findings.map((finding, i) => {
    const indices = morrisIndices(design, contrasts[i]);
    const noise = pooledSd(byReplicate[i], contrasts[i]);
    return {
      finding,
      contrasts: contrasts[i],
      signKept: contrasts[i].filter((c) => Math.sign(c) === finding.sign).length / points.length,
      noise,
      clearOfNoise: noise === null ? null : contrasts[i].filter((c) => Math.abs(c) > (2 * noise) / Math.sqrt(o.reps)).length / points.length,
      influence: indices.map((x) => ({ path: o.factors[x.factor].path, muStar: x.muStar, mu: x.mu })).sort((a, b) => b.muStar - a.muStar),
    };
  });
}

/** Standard deviation of the replicates about their point's mean, pooled over points (null below two replicates). */
function pooledSd(byReplicate: number[][], means: number[]): number | null {
  const reps = byReplicate[0]?.length ?? 0;
  if (reps < 2) return null;
  let sum = 0;
  byReplicate.forEach((values, p) => values.forEach((v) => (sum += (v - means[p]) ** 2)));
  return Math.sqrt(sum / (byReplicate.length * (reps - 1)));
}
