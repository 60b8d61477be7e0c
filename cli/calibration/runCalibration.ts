import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CalibrationTarget } from '../../sim/calibration/targetsSchema.ts';
import { abcDiagnostics } from '../../sim/stats/abcDiagnostics.ts';
import { abcProposals } from '../../sim/stats/abcProposals.ts';
import { abcSelect } from '../../sim/stats/abcSelect.ts';
import { abcTolerance } from '../../sim/stats/abcTolerance.ts';
import type { AbcPopulation, AbcProposal, AbcSettings } from '../../sim/stats/abcTypes.ts';
import { scaledDistance } from '../../sim/stats/scaledDistance.ts';
import { executeExperiment } from '../experimentRunner/experiment.ts';
import type { LoadedInput } from '../experimentRunner/loadInput.ts';
import { batchExperiment } from './batchExperiment.ts';
import { posteriorCsv } from './posteriorCsv.ts';
import { runSummaries } from './runSummaries.ts';

export interface CalibrationOptions {
  dir: string;
  workers: number;
  progress: boolean;
  shouldStop: () => boolean;
  log: (line: string) => void;
}

/**
 * ABC-SMC over the scenario (docs/ODD.md Appendix C), one batch of proposals at a time, each batch
 * an experiment in `work/g<generation>-b<batch>` under the output folder. Finished runs are parts on
 * disk, so a killed calibration resumes where it stopped: a batch's proposals are fixed by the
 * settings and the previous population, which is recomputed from the parts, not stored.
 * Writes posterior.csv and diagnostics.json; the populations of every generation are in
 * diagnostics.json too.
 */
export async function runCalibration(base: LoadedInput, targets: readonly CalibrationTarget[], settings: AbcSettings, o: CalibrationOptions): Promise<{ populations: AbcPopulation[] }> {
  const names = settings.ranges.map((r) => r.name);
  const ticks = base.scenario.years.value * 12;
  const populations: AbcPopulation[] = [];
  for (let g = 0; g < settings.generations; g++) {
    const previous = populations[g - 1];
    const epsilon = abcTolerance(settings, previous);
    const proposals: AbcProposal[] = [];
    const summaries: number[][] = [];
    const distances: number[] = [];
    let accepted = 0;
    for (let b = 0; accepted < settings.particles && proposals.length < settings.maxCandidates; b++) {
      const count = Math.min(settings.batch, settings.maxCandidates - proposals.length);
      const batch = abcProposals(settings, g, previous, proposals.length, count);
      const e = batchExperiment(base, names, batch, ticks);
      const dir = join(o.dir, 'work', `g${g}-b${b}`);
      await executeExperiment(e, { dir, workers: o.workers, resume: true, shouldStop: o.shouldStop, progress: o.progress });
      e.runs.forEach((run, i) => {
        const s = runSummaries(dir, run, names.length, targets, base.scenario);
        const d = scaledDistance(s, settings.observed, settings.scale);
        proposals.push(batch[i]);
        summaries.push(s);
        distances.push(d);
        if (Number.isFinite(d) && d <= epsilon) accepted++;
      });
    }
    const population = abcSelect(settings, epsilon, proposals, summaries, distances, previous);
    populations.push(population);
    o.log(`generation ${g}: tolerance ${epsilon === Infinity ? 'none (the prior)' : epsilon.toPrecision(4)}, ${population.points.length} particles from ${population.simulated} runs\n`);
  }
  const last = populations[populations.length - 1];
  const targetNames = targets.map((t) => t.name);
  const diagnostics = {
    targets: targetNames,
    settings,
    final: abcDiagnostics(settings, last),
    generations: populations.map((p) => ({ generation: p.generation, epsilon: p.epsilon, simulated: p.simulated, particles: p.points.length, diagnostics: abcDiagnostics(settings, p) })),
  };
  writeAtomically(join(o.dir, 'posterior.csv'), posteriorCsv(last, names, targetNames));
  writeAtomically(join(o.dir, 'diagnostics.json'), JSON.stringify(diagnostics, (_, v) => (v === Infinity ? null : v), 2) + '\n');
  return { populations };
}

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
