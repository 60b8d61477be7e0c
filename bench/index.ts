// `npm run bench`: prints speed and memory figures for the kernel; `npm run bench -- experiments`
// for the experiment engine, `-- startup` for whole-process start-up, `-- scale` for cost against
// scale (all three after the kernel cases by default). Not a test: figures vary with
// the machine and its load, so they are printed for people to read and compare within one run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { experimentBench } from './experiments.ts';
import { scaleBench } from './scaling.ts';
import { startupBench } from './startup.ts';

interface Case {
  label: string;
  file: string;
  years: number;
}

const CASES: Case[] = [
  { label: 'regional uk-2026, 10 years', file: 'scenarios/uk-2026-regional.json', years: 10 },
  { label: 'regional japan, 10 years', file: 'scenarios/japan-regional.json', years: 10 },
  { label: 'national uk-2026, 10 years', file: 'scenarios/uk-2026.json', years: 10 },
  { label: 'national japan, 10 years', file: 'scenarios/japan.json', years: 10 },
];

const args = process.argv.slice(2);
const experiments = args[0] === 'experiments';
const only = experiments ? args.slice(1) : args;
if (experiments) {
  experimentBench(only);
  process.exit(0);
}
if (args[0] === 'startup' || args[0] === 'scale') {
  (args[0] === 'startup' ? startupBench : scaleBench)(args.slice(1));
  process.exit(0);
}
let printed = 0;
const say = (line: string) => {
  printed++;
  console.log(line);
};
for (const c of CASES) {
  if (only.length > 0 && !only.some((o) => c.label.includes(o))) continue;
  if (!existsSync(c.file)) {
    say(`${c.label.padEnd(30)} missing ${c.file}`);
    continue;
  }
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'bench/runOne.ts', c.file, String(c.years)], { encoding: 'utf8' });
  if (out.status !== 0) {
    say(`${c.label.padEnd(30)} failed: ${out.stderr.trim().split('\n').pop()}`);
    continue;
  }
  const r = JSON.parse(out.stdout.trim().split('\n').pop()!);
  say(
    `${c.label.padEnd(30)} ${String(r.officials).padStart(9)} officials  ${r.seconds.toFixed(2).padStart(7)} s  ` +
      `${(r.agentTicksPerSecond / 1e6).toFixed(1).padStart(6)} M agent-ticks/s  peak ${r.peakRssMiB.toFixed(0).padStart(5)} MiB`,
  );
}
if (printed === 0 && only.length > 0) console.log('no benchmark case matched');
if (only.length === 0) {
  startupBench([]);
  scaleBench([]);
}
