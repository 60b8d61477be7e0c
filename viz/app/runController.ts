import { formatProblem } from '../../sim/scenario/problems.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { counterfactualScenario } from '../counterfactualScenario.ts';
import type { DatedChange } from '../data/datedChanges.ts';
import type { ReplicateSeries } from '../data/replicateSeries.ts';
import { plural } from '../plural.ts';
import { ReplicateResults, streamOf, type ChartStatistics } from '../run/replicateResults.ts';
import type { RunJob, WorkerReply } from '../runJob.ts';
import type { Session, SideKey } from '../session.ts';
import { SIDES } from './sessionStore.ts';

/** What runs the jobs: viz/workerPool.ts in the page, a fake in tests. */
export interface RunPool {
  run(jobs: Omit<RunJob, 'runId'>[]): number;
  cancel(): void;
}

export type RunState = 'running' | 'done' | 'error';

export interface RunHooks {
  state(state: RunState, text: string): void;
  progress(fraction: number, runs: number): void;
  /** A run of other inputs than the charts show has started (text), or the charts are current (undefined). */
  stale(text: string | undefined): void;
  /** There is something new to draw; `now` when it should not wait for the spacing of redraws. */
  show(now: boolean): void;
  /** Every run of `session` is in: it is safe to save for the next visit. */
  ran(session: Session): void;
  mark(event: string): void;
  now(): number;
}

/** One request: the session, its resolved scenarios and what the charts say about them. */
export interface RunRequest {
  session: Session;
  scenarios: Record<SideKey, Scenario>;
  labels: Record<SideKey, string>;
  money: Record<SideKey, string | undefined>;
  changes: DatedChange[];
}

/** Names the inputs whose replicates can be shared: everything that changes a run but the count. */
export function inputsKey(s: Session): string {
  return JSON.stringify([s.a, s.b, s.seed, s.counterfactual]);
}

/** The jobs a request needs given what `results` already holds, and how many runs are kept. */
export function planJobs(results: ReplicateResults, req: RunRequest): { jobs: Omit<RunJob, 'runId'>[]; kept: number } {
  const { session } = req;
  const jobs: Omit<RunJob, 'runId'>[] = [];
  let kept = 0;
  for (let replicate = 0; replicate < session.replicates; replicate++) {
    for (const counterfactual of session.counterfactual ? [false, true] : [false]) {
      for (const side of SIDES) {
        if (results.has(streamOf(side, counterfactual), replicate)) kept++;
        else jobs.push({ side, scenario: counterfactual ? counterfactualScenario(req.scenarios[side]) : req.scenarios[side], seed: session.seed, replicate, counterfactual });
      }
    }
  }
  return { jobs, kept };
}

/**
 * Runs the replicates a session asks for and holds what the charts show. Replicates already run
 * for the same inputs are kept (raising the count runs only the new ones); replies of a run that
 * was replaced are ignored; the charts keep the last results until the new run has a pair to show,
 * and are marked out of date meanwhile.
 */
export class RunController {
  private results = new ReplicateResults('');
  private shownResults = this.results;
  private shownCount = 0;
  private request: RunRequest | undefined;
  private shownRequest: RunRequest | undefined;
  private currentRun = -1;
  private readonly progress = new Map<string, number>();
  private jobsTotal = 0;
  private jobsKept = 0;
  private jobsDone = 0;
  private startedAt = 0;

  constructor(private readonly pool: RunPool, private readonly hooks: RunHooks) {}

  /** The id of the run in flight or last finished; −1 before the first. */
  get runId(): number {
    return this.currentRun;
  }

  start(req: RunRequest): number {
    const key = inputsKey(req.session);
    if (this.results.key !== key) this.results = new ReplicateResults(key);
    const { jobs, kept } = planJobs(this.results, req);
    this.request = req;
    this.progress.clear();
    this.jobsTotal = jobs.length;
    this.jobsKept = kept;
    this.jobsDone = 0;
    this.startedAt = this.hooks.now();
    this.currentRun = this.pool.run(jobs);
    this.hooks.mark(`run ${this.currentRun} started: ${jobs.length} jobs, ${kept} kept`);
    if (this.shownResults !== this.results && this.shownRequest) this.hooks.stale('Out of date: these charts are of the previous settings; the new run is under way.');
    this.hooks.state('running', `Running ${plural(req.session.replicates, 'replicate')} of A and B${kept > 0 ? ` (${plural(kept, 'run')} kept from before)` : ''}…`);
    this.reportProgress();
    if (jobs.length === 0) this.finish();
    else if (kept > 0) this.showLatest(true);
    return this.currentRun;
  }

  cancel(): void {
    this.pool.cancel();
  }

  reply(reply: WorkerReply): void {
    if (reply.runId !== this.currentRun || !this.request) return;
    if (reply.type === 'progress') {
      this.progress.set(`${reply.side}${reply.counterfactual ? '0' : ''}${reply.replicate}`, reply.tick / reply.ticks);
      this.reportProgress();
      return;
    }
    if (reply.type === 'error') {
      this.pool.cancel();
      const detail = reply.problems.length ? reply.problems.map(formatProblem).join('; ') : reply.message;
      this.hooks.state('error', `Run failed for scenario ${reply.side.toUpperCase()}: ${detail}`);
      return;
    }
    this.hooks.mark(`result ${reply.side}${reply.series.replicate} (${Math.round(reply.ms)} ms in worker)`);
    this.results.put(streamOf(reply.side, reply.counterfactual), reply.series);
    this.progress.set(`${reply.side}${reply.counterfactual ? '0' : ''}${reply.series.replicate}`, 1);
    this.reportProgress();
    if (++this.jobsDone === this.jobsTotal) this.finish();
    else this.showLatest(false);
  }

  /** The replicates the charts show: the unbroken run from replicate 0, up to the count asked for. */
  shown(): Record<SideKey, ReplicateSeries[]> {
    return { a: this.shownResults.prefix('a', this.shownCount), b: this.shownResults.prefix('b', this.shownCount) };
  }

  /** Each side's counterfactual replicates, when the toggle asked for them. */
  baselines(): Record<SideKey, ReplicateSeries[]> {
    return { a: this.shownResults.prefix('a0', this.shownCount), b: this.shownResults.prefix('b0', this.shownCount) };
  }

  statistics(smoothing: number): ChartStatistics {
    return this.shownResults.statistics(smoothing, this.shownCount);
  }

  /** The request behind what is shown (labels, money, dated changes, seed). */
  get shownOf(): RunRequest | undefined {
    return this.shownRequest;
  }

  /** The charts show the inputs last asked for (perhaps not all their replicates yet). */
  get current(): boolean {
    return this.shownResults === this.results;
  }

  private showLatest(now: boolean): void {
    const req = this.request!;
    const n = req.session.replicates;
    if (this.results.prefix('a', n).length === 0 || this.results.prefix('b', n).length === 0) return;
    const first = this.shownResults !== this.results;
    this.shownResults = this.results;
    this.shownCount = n;
    this.shownRequest = req;
    this.hooks.show(now || first);
  }

  private finish(): void {
    const req = this.request!;
    const seconds = ((this.hooks.now() - this.startedAt) / 1000).toFixed(2);
    this.hooks.ran(req.session);
    this.showLatest(true);
    const total = this.jobsTotal + this.jobsKept;
    const kept = this.jobsKept > 0 ? `; ${this.jobsKept} kept from before, ${this.jobsTotal} run now` : '';
    this.hooks.state('done', `Done: ${plural(total, 'run')} (${plural(req.session.replicates, 'replicate')} of A and B, seed ${req.session.seed}${kept}) in ${seconds} s.`);
  }

  private reportProgress(): void {
    let sum = 0;
    for (const v of this.progress.values()) sum += v;
    this.hooks.progress(this.jobsTotal ? sum / this.jobsTotal : 1, this.jobsTotal);
  }
}
