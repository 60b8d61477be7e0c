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
  /**
   * With --posterior: the particle drawn for this replicate and its parameters, applied after the
   * point (sim/runDesign/posteriorDraw.ts). Absent otherwise, so runs without one keep their ids.
   */
  posterior?: { particle: number; parameters: Record<string, number> };
}

/** A replicate's posterior draw, when the experiment runs over a posterior. */
export type DrawOf = (replicate: number) => RunSpec['posterior'];

/**
 * The replicates of one scenario input at one point. Replicate k of every scenario and every point
 * draws the same random numbers (streams keyed by seed and replicate), so comparisons are paired
 * under common random numbers; the run's id is a hash of its content.
 */
export function replicateRuns(label: string, inputId: string, seed: number, replicates: number, point: Record<string, number> = {}, drawOf?: DrawOf): RunSpec[] {
  return Array.from({ length: replicates }, (_, replicate) => {
    const posterior = drawOf?.(replicate);
    // The label is part of a run's content: two scenarios that happen to be identical are still
    // two runs, each with its own file.
    const content = { label, inputId, point, replicate, seed };
    return posterior ? { id: runId({ ...content, posterior }), ...content, posterior } : { id: runId(content), ...content };
  });
}

/** A run's id: the hash of its content, the posterior draw included only when there is one. */
export function runId(r: Omit<RunSpec, 'id'>): string {
  const content = { label: r.label, inputId: r.inputId, point: r.point, replicate: r.replicate, seed: r.seed };
  return contentId(r.posterior ? { ...content, posterior: r.posterior } : content);
}
