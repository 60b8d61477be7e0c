/// <reference lib="webworker" />
// The simulation's clock in the browser: runs one replicate per message, off the main thread, with
// the kernel's own runReplicate, so the browser and the CLI produce the same numbers.
import './zodJitless.ts';
import { runReplicate } from '../sim/model/run.ts';
import { SeriesCollector } from './data/replicateSeries.ts';
import type { RunJob, WorkerReply } from './runJob.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<RunJob>) => {
  const job = event.data;
  const { runId, side, replicate, seed } = job;
  try {
    const s = job.scenario;
    const started = performance.now();
    const collector = new SeriesCollector({ scenario: s.name, replicate, seed, start: s.start, ticks: s.years.value * 12 });
    let lastReport = 0;
    runReplicate(s, {
      seed,
      replicate,
      onRows: collector.add,
      onTick: (tick, ticks) => {
        const now = performance.now();
        if (now - lastReport > 50 || tick === ticks) {
          lastReport = now;
          reply({ type: 'progress', runId, side, counterfactual: job.counterfactual, replicate, tick, ticks });
        }
      },
    });
    const series = collector.finish();
    reply({ type: 'result', runId, side, counterfactual: job.counterfactual, series, ms: performance.now() - started }, [series.values.buffer, series.present.buffer]);
  } catch (e) {
    reply({ type: 'error', runId, side, replicate, message: e instanceof Error ? e.message : String(e), problems: [] });
  }
};
