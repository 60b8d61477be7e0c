import { Worker } from 'node:worker_threads';
import type { RunSpec } from '../../sim/experiment/runSpec.ts';
import { executeRun } from './executeRun.ts';
import type { WorkerReply, WorkerTask } from './workerMain.ts';

/**
 * Runs experiment runs on a pool of worker threads (or in this thread with one worker). Each run
 * writes its own part file, so the order runs finish in never shows in the results.
 */
export async function runAll(
  dir: string,
  runs: readonly RunSpec[],
  inputs: Readonly<Record<string, Record<string, unknown>>>,
  pointNames: readonly string[],
  workers: number,
  onDone: (run: RunSpec) => void,
): Promise<void> {
  if (workers <= 1) {
    for (const run of runs) {
      executeRun(dir, run, inputs[run.inputId], pointNames);
      onDone(run);
      // Let signals and progress output through between runs.
      await new Promise((r) => setImmediate(r));
    }
    return;
  }
  const queue = [...runs];
  const byId = new Map(runs.map((r) => [r.id, r]));
  const threads = Array.from({ length: Math.min(workers, runs.length) }, () => new Worker(new URL('./worker.mjs', import.meta.url)));
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const run = queue.shift();
              if (!run) return resolve();
              thread.postMessage({ dir, run, input: inputs[run.inputId], pointNames: [...pointNames] } satisfies WorkerTask);
            };
            thread.on('message', (reply: WorkerReply) => {
              if (!reply.ok) return reject(new Error(`run ${reply.id} failed: ${reply.error}`));
              onDone(byId.get(reply.id)!);
              next();
            });
            thread.on('error', reject);
            thread.on('exit', (code) => code !== 0 && reject(new Error(`worker exited with code ${code}`)));
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
