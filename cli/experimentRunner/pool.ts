import { Worker } from 'node:worker_threads';
import type { RunSpec } from '../../sim/runDesign/runSpec.ts';
import { executeRunHere, Stopped } from './executeRun.ts';
import type { WorkerReply, WorkerTask } from './workerMain.ts';

/** How often a pool checks for Ctrl-C while every thread is busy. */
const POLL_MS = 50;

/** A worker's failure as the Error it was, so an I/O error (ENOSPC, EROFS) keeps its code and path. */
function failure(reply: Extract<WorkerReply, { ok: false }>): Error {
  const err = new Error(`run ${reply.id} failed: ${reply.error}`) as NodeJS.ErrnoException;
  if (reply.code) Object.assign(err, { code: reply.code, path: reply.path, syscall: reply.syscall });
  return err;
}

/**
 * Runs experiment runs on a pool of worker threads (or in this thread when one thread would do).
 * Each run writes its own part file, so the order runs finish in never shows in the results. When
 * `shouldStop` turns true, no further run starts, running threads are ended, and Stopped is thrown:
 * finished parts stay on disk, an unfinished run leaves none.
 */
export async function runAll(
  dir: string,
  runs: readonly RunSpec[],
  inputs: Readonly<Record<string, Record<string, unknown>>>,
  pointNames: readonly string[],
  workers: number,
  onDone: (run: RunSpec) => void,
  shouldStop: () => boolean = () => false,
  onMonth?: (tick: number, horizon: number) => void,
): Promise<void> {
  const threadCount = Math.min(workers, runs.length);
  if (threadCount <= 1) {
    for (const run of runs) {
      if (shouldStop()) throw new Stopped();
      await executeRunHere(dir, run, inputs[run.inputId], pointNames, shouldStop, onMonth);
      onDone(run);
    }
    return;
  }
  const queue = [...runs];
  const byId = new Map(runs.map((r) => [r.id, r]));
  // Next to this module: cli/experimentRunner/worker.mjs (tsx and the sources) when capflow runs
  // from source, build/cli/worker.mjs (the compiled worker) when it runs the build, which keeps
  // every file flat in one folder for this (scripts/buildCli.mjs).
  const threads = Array.from({ length: threadCount }, () => new Worker(new URL('./worker.mjs', import.meta.url)));
  let poll: NodeJS.Timeout | undefined;
  try {
    const stopped = new Promise<never>((_, reject) => {
      poll = setInterval(() => shouldStop() && reject(new Stopped()), POLL_MS);
    });
    await Promise.race([
      stopped,
      Promise.all(
        threads.map(
          (thread) =>
            new Promise<void>((resolve, reject) => {
              const next = () => {
                if (shouldStop()) return reject(new Stopped());
                const run = queue.shift();
                if (!run) return resolve();
                thread.postMessage({ dir, run, input: inputs[run.inputId], pointNames: [...pointNames] } satisfies WorkerTask);
              };
              thread.on('message', (reply: WorkerReply) => {
                if (!reply.ok) return reject(failure(reply));
                onDone(byId.get(reply.id)!);
                next();
              });
              thread.on('error', reject);
              thread.on('exit', (code) => code !== 0 && reject(new Error(`worker exited with code ${code}`)));
              next();
            }),
        ),
      ),
    ]);
  } finally {
    clearInterval(poll);
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
