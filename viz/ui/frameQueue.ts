/**
 * Drawing spread over animation frames: each named task (one chart, the table) runs at most once
 * per frame, and a frame runs tasks only until its budget is spent, so drawing every chart never
 * becomes one long main-thread task (issue 15: none over 100 ms while replicates arrive).
 * Scheduling a task again before it ran replaces it in its place in the line; scheduling one that
 * already ran this pass puts it at the back, so every chart is updated in turn and none starves
 * while results keep arriving.
 */
export interface FrameQueueOptions {
  /** Milliseconds of drawing per frame, after which the rest waits for the next frame. */
  budgetMs: number;
  now: () => number;
  requestFrame: (run: () => void) => void;
  /** Called when a frame leaves nothing queued: everything scheduled has been drawn. */
  onIdle?: () => void;
}

export interface FrameQueue {
  schedule(id: string, task: () => void): void;
  /** Tasks waiting for a frame. */
  readonly pending: number;
}

export function frameQueue(o: FrameQueueOptions): FrameQueue {
  const queue = new Map<string, () => void>();
  let requested = false;

  const frame = () => {
    requested = false;
    const started = o.now();
    for (const [id, task] of queue) {
      queue.delete(id);
      task();
      if (o.now() - started >= o.budgetMs) break;
    }
    if (queue.size > 0) request();
    else o.onIdle?.();
  };
  const request = () => {
    if (requested) return;
    requested = true;
    o.requestFrame(frame);
  };

  return {
    schedule(id, task) {
      queue.set(id, task);
      request();
    },
    get pending() {
      return queue.size;
    },
  };
}
