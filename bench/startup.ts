// `npm run bench -- startup`: how long a user waits for capflow as a whole process, from the
// compiled build (scripts/buildCli.mjs) and, for comparison, from the TypeScript sources through
// tsx (CAPFLOW_FROM_SOURCE=1, what every command paid before the build existed; issue 13 targets
// 0.15 s for --help and validate, and a one-replicate regional run that beats a plain script).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsFresh } from '../cli/buildFreshness.mjs';
import { processSeconds } from './processSeconds.ts';

const BIN = 'cli/capflow.mjs';

export function startupBench(only: string[]): void {
  if (!buildIsFresh(process.cwd())) {
    console.log('compiling the command line first (it was missing or older than its sources)');
    spawnSync(process.execPath, ['scripts/buildCli.mjs'], { stdio: 'inherit' });
  }
  const scratch = mkdtempSync(join(tmpdir(), 'capflow-bench-'));
  const regionalRun = ['run', 'scenarios/uk-2026-regional.json', '--reps', '1', '--force', '--out', join(scratch, 'run')];
  const cases: [string, string[], number][] = [
    ['capflow --help', ['--help'], 9],
    ['capflow validate scenarios/japan-regional.json', ['validate', 'scenarios/japan-regional.json'], 9],
    ['capflow run uk-2026-regional --reps 1 (whole process)', regionalRun, 5],
  ];
  const fromSource = { ...process.env, CAPFLOW_FROM_SOURCE: '1' };
  for (const [label, args, runs] of cases) {
    if (only.length > 0 && !only.some((o) => label.includes(o))) continue;
    const compiled = processSeconds([BIN, ...args], runs);
    const source = processSeconds([BIN, ...args], Math.ceil(runs / 3), fromSource);
    console.log(
      `${label.padEnd(54)} compiled ${compiled.wall.toFixed(3)} s wall, ${compiled.cpu.toFixed(3)} s CPU (medians of ${compiled.runs})   ` +
        `from sources ${source.wall.toFixed(3)} s wall, ${source.cpu.toFixed(3)} s CPU (of ${source.runs})`,
    );
  }
  rmSync(scratch, { recursive: true, force: true });
}
