import type { Problem } from '../sim/scenario/problems.ts';
import type { Scenario } from '../sim/scenario/schema.ts';
import type { SideKey } from './session.ts';
import type { ReplicateSeries } from './data/replicateSeries.ts';

/** One replicate of one side, as the page asks a worker to run it. */
export interface RunJob {
  runId: number;
  side: SideKey;
  /**
   * The resolved scenario, validated on the page (the worker stays free of zod, so it starts
   * quickly); structured cloning carries it over unchanged.
   */
  scenario: Scenario;
  seed: number;
  replicate: number;
  /** This is the side's counterfactual (every instrument off), echoed in the reply. */
  counterfactual: boolean;
}

export type WorkerReply =
  | { type: 'progress'; runId: number; side: SideKey; counterfactual: boolean; replicate: number; tick: number; ticks: number }
  | { type: 'result'; runId: number; side: SideKey; counterfactual: boolean; series: ReplicateSeries; ms: number }
  | { type: 'error'; runId: number; side: SideKey; replicate: number; message: string; problems: Problem[] };
