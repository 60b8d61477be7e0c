// One experiment for the benchmark, in its own process: prints runs, seconds and peak memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimentCommand } from '../cli/experiment/commands.ts';

const [kind, ...args] = process.argv.slice(2);
const started = performance.now();
const code = await experimentCommand(kind as 'run', args, () => {}, (s) => process.stderr.write(s + '\n'));
if (code !== 0) process.exit(code);
const out = args[args.indexOf('--out') + 1];
const runs = JSON.parse(readFileSync(join(out, 'experiment.json'), 'utf8')).runs.length;
console.log(JSON.stringify({ runs, seconds: (performance.now() - started) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
