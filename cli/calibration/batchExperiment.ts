import { contentId } from '../../sim/runDesign/contentId.ts';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import type { AbcProposal } from '../../sim/stats/abcTypes.ts';
import type { Experiment } from '../experimentRunner/experiment.ts';
import type { LoadedInput } from '../experimentRunner/loadInput.ts';

/**
 * One batch of ABC proposals as a sweep experiment, so it runs on the workers, writes a part per
 * run and resumes like every experiment (cli/experimentRunner/experiment.ts). A proposal is one
 * run: its point under the factors' names, replicate 0 and the proposal's own seed, so its random
 * streams depend on (seed, generation, proposal index) alone and never on the batch it fell in.
 */
export function batchExperiment(base: LoadedInput, names: readonly string[], proposals: readonly AbcProposal[], ticks: number): Experiment {
  const inputId = contentId(base.input);
  const label = base.scenario.name;
  const runs: RunSpec[] = proposals.map((p) => {
    const point = Object.fromEntries(names.map((n, d) => [n, p.point[d]]));
    return { id: contentId({ label, inputId, point, replicate: 0, seed: p.seed }), label, inputId, point, replicate: 0, seed: p.seed };
  });
  return {
    kind: 'sweep',
    runs,
    inputs: { [inputId]: base.input },
    labels: [label],
    pointNames: [...names],
    details: { design: 'lhs', samples: proposals.length, seed: proposals[0]?.seed ?? 0, replicates: 1, ticks },
  };
}
