import type { RunJob, WorkerReply } from './runJob.ts';

export interface PoolCallbacks {
  onReply(reply: WorkerReply): void;
}

/**
 * A few workers that run jobs of the latest request only. A new request cancels the one in
 * flight: queued jobs are dropped and busy workers are terminated and replaced (a synchronous
 * replicate cannot be interrupted any other way without SharedArrayBuffer, which would need
 * cross-origin isolation headers wherever the playground is hosted). Idle workers are kept warm.
 */
export class WorkerPool {
  private workers: { worker: Worker; busy: boolean }[] = [];
  private queue: RunJob[] = [];
  private runId = 0;

  constructor(
    size: number,
    private readonly create: () => Worker,
    private readonly callbacks: PoolCallbacks,
  ) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  /** Starts a new request; returns its id. Replies of earlier requests are never delivered. */
  run(jobs: Omit<RunJob, 'runId'>[]): number {
    this.cancel();
    const runId = this.runId;
    this.queue = jobs.map((j) => ({ ...j, runId }));
    this.workers.forEach((_, i) => this.feed(i));
    return runId;
  }

  cancel(): void {
    this.runId++;
    this.queue = [];
    this.workers = this.workers.map((w) => {
      if (!w.busy) return w;
      w.worker.terminate();
      return this.spawn();
    });
  }

  dispose(): void {
    this.queue = [];
    this.workers.forEach((w) => w.worker.terminate());
    this.workers = [];
  }

  private spawn(): { worker: Worker; busy: boolean } {
    const slot = { worker: this.create(), busy: false };
    slot.worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.type !== 'progress') {
        slot.busy = false;
        const i = this.workers.indexOf(slot);
        if (i >= 0) this.feed(i);
      }
      if (reply.runId === this.runId) this.callbacks.onReply(reply);
    };
    slot.worker.onerror = (e) => {
      e.preventDefault();
      slot.busy = false;
      this.callbacks.onReply({ type: 'error', runId: this.runId, side: 'a', replicate: -1, message: e.message || 'the worker failed', problems: [] });
    };
    return slot;
  }

  private feed(i: number): void {
    const slot = this.workers[i];
    if (!slot || slot.busy || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    slot.busy = true;
    slot.worker.postMessage(job);
  }
}
