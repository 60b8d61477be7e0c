import { contentId } from './contentId.ts';

/**
 * One run of an experiment: which scenario input (by content id; the experiment holds each input
 * once), the parameter point applied to it, and the replicate. Everything a worker needs, and
 * nothing that depends on the run's position in the experiment.
 */
export interface RunSpec {
  id: string;
  /** The scenario's label in outputs (its name, or "name:counterfactual"). */
  label: string;
  inputId: string;
  /** Varied parameters and their values ({} outside sweeps), applied to the input before running. */
  point: Record<string, number>;
  replicate: number;
  seed: number;
}

/**
 * The replicates of one scenario input at one point. Replicate k of every scenario and every point
 * draws the same random numbers (streams keyed by seed and replicate), so comparisons are paired
 * under common random numbers; the run's id is a hash of its content.
 */
export function replicateRuns(label: string, inputId: string, seed: number, replicates: number, point: Record<string, number> = {}): RunSpec[] {
  return Array.from({ length: replicates }, (_, replicate) => ({
    // The label is part of a run's content: two scenarios that happen to be identical are still
    // two runs, each with its own file.
    id: contentId({ label, inputId, point, replicate, seed }),
    label,
    inputId,
    point,
    replicate,
    seed,
  }));
}
