// Wall-clock and CPU seconds of a whole process, start-up, work and exit: what a user waits for.
import { spawnSync } from 'node:child_process';
import { quantileSorted } from '../sim/stats/quantileSorted.ts';

export interface ProcessTimes {
  /** Medians over the runs: robust to the odd run slowed by another process on the machine. */
  wall: number;
  cpu: number;
  runs: number;
}

const REPORT_CPU = new URL('./reportCpuOnExit.mjs', import.meta.url).href;

/** Runs `node ...args` `runs` times in a row; throws with the command's stderr if one fails. */
export function processSeconds(args: readonly string[], runs: number, env: NodeJS.ProcessEnv = process.env): ProcessTimes {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const out = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], { encoding: 'utf8', env, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    wall.push((performance.now() - started) / 1000);
    if (out.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(out.stderr).trim().split('\n').slice(-3).join(' | ')}`);
    cpu.push(Number(String(out.output[3]).trim()));
  }
  const median = (xs: number[]) => quantileSorted([...xs].sort((a, b) => a - b), 0.5);
  return { wall: median(wall), cpu: median(cpu), runs };
}
