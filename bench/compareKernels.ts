// `npx tsx bench/compareKernels.ts <other checkout> [scenario] [years] [rounds]`: runs bench/runOne.ts
// in the other checkout (e.g. `git worktree add ../kernel-old ed04303`, with node_modules linked)
// and in this one, alternately, so both see the same machine and load (issue 13: "the two measured
// alternately in one sitting"), and prints the medians and this kernel's ratio to the other, in wall
// time and in CPU time (user + system: steadier than wall on a shared, loaded machine).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const [other, scenario = 'scenarios/uk-2026.json', years = '10', roundsArg = '3'] = process.argv.slice(2);
if (!other) {
  console.error('usage: npx tsx bench/compareKernels.ts <other checkout> [scenario] [years] [rounds]');
  process.exit(1);
}

interface Figures {
  wall: number;
  cpu: number;
  peakRssMiB: number;
}

/**
 * One run of runOne in dir: its wall time (the run alone) and the process's CPU time (start-up
 * included). Node cannot read a child's CPU time, so bash's `time` reports it.
 */
function runIn(dir: string): Figures {
  const script = 'TIMEFORMAT="%U %S"; time node --import tsx bench/runOne.ts "$0" "$1"';
  const out = spawnSync('bash', ['-c', script, scenario, years], { cwd: dir, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${dir}: ${out.stderr.trim().split('\n').pop()}`);
  const r = JSON.parse(out.stdout.trim().split('\n').pop()!);
  const [user, sys] = out.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall: r.seconds, cpu: user + sys, peakRssMiB: r.peakRssMiB };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const here = process.cwd();
const there = resolve(other);
const results: Record<'other' | 'this', Figures[]> = { other: [], this: [] };
for (let round = 0; round < Number(roundsArg); round++) {
  results.other.push(runIn(there));
  results.this.push(runIn(here));
}
const summary = (fs: Figures[]) => ({ wall: median(fs.map((f) => f.wall)), cpu: median(fs.map((f) => f.cpu)), peakRssMiB: Math.max(...fs.map((f) => f.peakRssMiB)) });
const a = summary(results.other);
const b = summary(results.this);
console.log(JSON.stringify({ scenario, years: Number(years), rounds: Number(roundsArg), other: a, this: b, ratioWall: b.wall / a.wall, ratioCpu: b.cpu / a.cpu }));
