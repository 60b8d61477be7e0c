// One experiment for the benchmark, in its own process: prints runs, seconds and peak memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../cli/main.ts';

const [kind, ...args] = process.argv.slice(2);
const started = performance.now();
const code = await main([kind, ...args], { out: () => {}, err: (s) => void process.stderr.write(s), stderrIsTTY: false });
if (code !== 0) process.exit(code);
const out = args[args.indexOf('--out') + 1];
const runs = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).experiment.runs.length;
console.log(JSON.stringify({ runs, seconds: (performance.now() - started) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
