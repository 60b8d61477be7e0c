// `npm run bench -- scale`: cost against scale. Scaled copies of national uk-2026
// (bench/scaledRunOne.ts, each in a fresh process) at 0.1x, 1x and 3x the workforce and at 1x and
// 10x the placement volume, so one can read whether a month costs in proportion to officials or
// to events (issue 13).
import { spawnSync } from 'node:child_process';

const SCENARIO = 'scenarios/uk-2026.json';
const YEARS = 1;

const CASES: { label: string; staff: number; places: number }[] = [
  { label: '0.1x workforce', staff: 0.1, places: 1 },
  { label: '1x workforce', staff: 1, places: 1 },
  { label: '3x workforce', staff: 3, places: 1 },
  { label: '10x placements', staff: 1, places: 10 },
];

export function scaleBench(only: string[]): void {
  console.log(`${SCENARIO} scaled, ${YEARS * 12} months each, median time of Simulation.step (wall and CPU):`);
  const perTick: Record<string, number> = {};
  for (const c of CASES) {
    if (only.length > 0 && !only.some((o) => c.label.includes(o))) continue;
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'bench/scaledRunOne.ts', SCENARIO, String(YEARS), String(c.staff), String(c.places)], { encoding: 'utf8' });
    if (out.status !== 0) {
      console.log(`  ${c.label.padEnd(16)} failed: ${out.stderr.trim().split('\n').pop()}`);
      continue;
    }
    const r = JSON.parse(out.stdout.trim().split('\n').pop()!);
    perTick[c.label] = r.medianCpuMsPerTick;
    console.log(
      `  ${c.label.padEnd(16)} ${String(r.officials).padStart(9)} officials  ${String(r.placementsStarted).padStart(6)} placements started  ` +
        `${r.medianMsPerTick.toFixed(1).padStart(7)} ms/tick wall  ${r.medianCpuMsPerTick.toFixed(1).padStart(7)} ms/tick CPU  ` +
        `${((r.medianCpuMsPerTick * 1e6) / r.officials).toFixed(0).padStart(5)} CPU ns/official/tick  peak ${r.peakRssMiB.toFixed(0)} MiB`,
    );
  }
  const ratio = (a: string, b: string) => (perTick[a] && perTick[b] ? `${(perTick[a] / perTick[b]).toFixed(2)}x` : 'n/a');
  console.log(`  CPU per tick, 3x over 1x workforce: ${ratio('3x workforce', '1x workforce')}; 10x over 1x placements: ${ratio('10x placements', '1x workforce')}`);
}
