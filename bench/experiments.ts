// `npm run bench -- experiments`: figures for the experiment engine. Each case runs in a fresh
// process (bench/experimentOne.ts) so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(args: string[]): { seconds: number; peakRssMiB: number; runs: number } | string {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'bench/experimentOne.ts', ...args], { encoding: 'utf8' });
  if (out.status !== 0) return `failed: ${out.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  return JSON.parse(out.stdout.trim().split('\n').pop()!);
}

export function experimentBench(only: string[]): void {
  const scratch = mkdtempSync(join(tmpdir(), 'capflow-bench-'));
  const cases: [string, string[]][] = [];
  const regional = 'scenarios/uk-2026-regional.json';
  if (existsSync(regional)) {
    for (const workers of [1, 2]) cases.push([`regional replicates, ${workers} worker(s)`, ['run', regional, '--reps', '40', '--workers', String(workers), '--out', join(scratch, `w${workers}`)]]);
  }
  cases.push(['memory: 10 runs of a tiny sweep', ['sweep', 'test/fixtures/scenarios/tiny-listed.json', '--vary', 'programme.framework.handover=0:0.9:0.1', '--reps', '1', '--years', '1', '--workers', '1', '--out', join(scratch, 'm10')]]);
  cases.push(['memory: 1,000 runs of a tiny sweep', ['sweep', 'test/fixtures/scenarios/tiny-listed.json', '--vary', 'programme.framework.handover=0:0.99:0.01', '--vary', 'programme.framework.knowledgeCapture=0:0.9:0.1', '--reps', '1', '--years', '1', '--workers', '1', '--out', join(scratch, 'm1000')]]);
  if (existsSync('scenarios/uk-2026.json') && existsSync('scenarios/japan.json')) {
    cases.push(['national compare uk-2026 vs japan, 50 reps', ['compare', 'scenarios/uk-2026.json', 'scenarios/japan.json', '--reps', '50', '--out', join(scratch, 'national')]]);
  }
  const results: Record<string, ReturnType<typeof run>> = {};
  for (const [label, args] of cases) {
    if (only.length > 0 && !only.some((o) => label.includes(o))) continue;
    const r = run(args);
    results[label] = r;
    console.log(
      typeof r === 'string'
        ? `${label.padEnd(44)} ${r}`
        : `${label.padEnd(44)} ${String(r.runs).padStart(5)} runs  ${r.seconds.toFixed(2).padStart(8)} s  ${(r.runs / r.seconds).toFixed(2).padStart(7)} runs/s  peak ${r.peakRssMiB.toFixed(0)} MiB`,
    );
  }
  const one = results['regional replicates, 1 worker(s)'];
  const two = results['regional replicates, 2 worker(s)'];
  if (typeof one === 'object' && typeof two === 'object') console.log(`speed-up with 2 workers: ${(one.seconds / two.seconds).toFixed(2)}x`);
  const m10 = results['memory: 10 runs of a tiny sweep'];
  const m1000 = results['memory: 1,000 runs of a tiny sweep'];
  if (typeof m10 === 'object' && typeof m1000 === 'object') console.log(`peak memory, 1,000 runs over 10 runs: ${(m1000.peakRssMiB / m10.peakRssMiB).toFixed(2)}x`);
  rmSync(scratch, { recursive: true, force: true });
}
