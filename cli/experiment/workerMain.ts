import { parentPort } from 'node:worker_threads';
import type { RunSpec } from '../../sim/experiment/runSpec.ts';
import { executeRun } from './executeRun.ts';

export interface WorkerTask {
  dir: string;
  run: RunSpec;
  input: Record<string, unknown>;
  pointNames: string[];
}

export type WorkerReply = { id: string; ok: true } | { id: string; ok: false; error: string };

parentPort!.on('message', (task: WorkerTask) => {
  try {
    executeRun(task.dir, task.run, task.input, task.pointNames);
    parentPort!.postMessage({ id: task.run.id, ok: true } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ id: task.run.id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
});
