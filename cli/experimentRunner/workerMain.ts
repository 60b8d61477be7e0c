import { parentPort } from 'node:worker_threads';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { executeRun } from './executeRun.ts';

export interface WorkerTask {
  dir: string;
  run: RunSpec;
  input: Record<string, unknown>;
  pointNames: string[];
}

/** A failure carries the error's code and path, so the main thread can tell a full disk from a bug. */
export type WorkerReply = { id: string; ok: true } | { id: string; ok: false; error: string; code?: string; path?: string; syscall?: string };

parentPort!.on('message', (task: WorkerTask) => {
  try {
    executeRun(task.dir, task.run, task.input, task.pointNames);
    parentPort!.postMessage({ id: task.run.id, ok: true } satisfies WorkerReply);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    parentPort!.postMessage({ id: task.run.id, ok: false, error: err instanceof Error ? err.message : String(e), code: err?.code, path: err?.path, syscall: err?.syscall } satisfies WorkerReply);
  }
});
