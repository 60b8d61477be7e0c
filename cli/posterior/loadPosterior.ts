import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { posteriorParameters } from '../../sim/runDesign/posteriorDraw.ts';
import { parsePosteriorCsv } from '../../sim/runDesign/posteriorSample.ts';
import { applySets } from '../../sim/scenario/setPath.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import type { Problem } from '../../sim/scenario/problems.ts';
import { varyEdit } from '../experimentRunner/parseVary.ts';
import type { LoadedInput } from '../experimentRunner/loadInput.ts';
import type { PlannedPosterior } from '../experimentRunner/plan.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';

/**
 * Reads a posterior.csv for --posterior: its SHA-256 keys the draws and goes into the manifest,
 * so the same file gives the same draws wherever it lies, and an edited file different ones.
 */
export function loadPosterior(file: string, seed: number): PlannedPosterior {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new CliError(`--posterior ${file}: cannot read it (${(err as Error).message})`, EXIT.invalid);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { sample, problem } = parsePosteriorCsv(bytes.toString('utf8'), sha256);
  if (!sample) throw new CliError(`--posterior ${file}: ${problem}`, EXIT.invalid);
  return {
    record: { file, sha256, particles: sample.points.length, names: sample.names },
    drawOf: (replicate) => posteriorParameters(sample, seed, replicate),
  };
}

/**
 * Whether every scenario accepts every particle its replicates draw, checked before anything
 * runs; and a parameter both drawn and varied by a sweep is refused, since one would overwrite
 * the other.
 */
export function posteriorProblems(posterior: PlannedPosterior, loaded: readonly LoadedInput[], replicates: number, varied: readonly string[] = []): Problem[] {
  const clash = posterior.record.names.filter((n) => varied.includes(n));
  if (clash.length > 0) return clash.map((n) => ({ file: `--posterior ${posterior.record.file}`, path: n, message: 'is both drawn from the posterior and varied by --vary: drop one' }));
  const problems: Problem[] = [];
  const seen = new Set<number>();
  for (let k = 0; k < replicates; k++) {
    const draw = posterior.drawOf(k)!;
    if (seen.has(draw.particle)) continue;
    seen.add(draw.particle);
    for (const l of loaded) {
      const input = structuredClone(l.input);
      const edits = Object.entries(draw.parameters).map(([n, v]) => varyEdit(n, v));
      const found = [...applySets(input, edits, 'drawn from the posterior', '--posterior'), ...(validateScenario(l.file, input).problems ?? [])];
      problems.push(...found.map((p) => ({ ...p, message: `${p.message} (particle ${draw.particle} of ${posterior.record.file})` })));
    }
    if (problems.length > 0) break;
  }
  return problems;
}
