import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawOfReplicate } from '../../sim/runDesign/posteriorDraw.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { field, number } from '../experimentRunner/rows.ts';

/**
 * draws.csv: which posterior particle each replicate ran, and its parameters, one row per
 * replicate (every scenario of the experiment ran the same ones), so a result can be read against
 * the parameters behind it.
 */
export function writeDraws(dir: string, runs: readonly RunSpec[], names: readonly string[]): void {
  const byReplicate = new Map<number, RunSpec>();
  for (const r of runs) if (r.posterior && !byReplicate.has(r.replicate)) byReplicate.set(r.replicate, r);
  const lines = [['replicate', 'draw', 'particle', ...names].map(field).join(',')];
  for (const [replicate, r] of [...byReplicate].sort((x, y) => x[0] - y[0])) {
    lines.push([String(replicate), String(drawOfReplicate(replicate)), String(r.posterior!.particle), ...names.map((n) => number(r.posterior!.parameters[n]))].join(','));
  }
  writeFileSync(join(dir, 'draws.csv'), lines.join('\n') + '\n');
}
