// Reads a finished run folder (metrics.csv, draws.csv if any) and says how each target of a
// targets file that lists the folder's scenario is met: the mean over replicates, its spread, and
// the distance from the observed figure in error scales (sqrt(obs sd² + discrepancy sd²)) and in
// observation sds. The national check of the Japan calibration (docs/ODD.md Appendix C, "Japan"):
//   node cli/capflow.mjs run scenarios/japan.json --posterior posteriors/japan.csv --reps 6 --years 4 --out runs/japan-posterior-check
//   npx tsx scripts/checkTargets.ts runs/japan-posterior-check targets/japan.json
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorScale } from '../sim/calibration/errorScale.ts';
import { observationSd } from '../sim/calibration/observationSd.ts';
import { parseTargets } from '../sim/calibration/parseTargets.ts';
import { quantityValue, type SeriesRow } from '../sim/calibration/quantityValue.ts';

const [folder, targetsFile] = process.argv.slice(2);
if (!folder || !targetsFile) throw new Error('usage: npx tsx scripts/checkTargets.ts RUN_FOLDER TARGETS.json');
const parsed = parseTargets(targetsFile, readFileSync(targetsFile, 'utf8'));
if (!parsed.targets) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));

const lines = readFileSync(join(folder, 'metrics.csv'), 'utf8').split('\n');
const head = lines[0].split(',');
const at = (name: string) => head.indexOf(name);
const [cScenario, cReplicate, cDate, cMetric, cGroup, cValue] = ['scenario', 'replicate', 'date', 'metric', 'group', 'value'].map(at);
const runs = new Map<string, SeriesRow[]>();
for (const line of lines.slice(1)) {
  if (line === '') continue;
  // Groups of the metrics read here hold no commas or quotes.
  const c = line.split(',');
  const key = `${c[cScenario]}\u0000${c[cReplicate]}`;
  if (!runs.has(key)) runs.set(key, []);
  runs.get(key)!.push({ date: c[cDate].slice(0, 7), metric: c[cMetric], group: c[cGroup], value: c[cValue] === '' ? NaN : Number(c[cValue]) });
}
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
const scenario = manifest.scenario as Record<string, unknown>;
const draws = new Map<string, Record<string, number>>();
for (const r of manifest.experiment.runs as { label: string; replicate: number; posterior?: { parameters: Record<string, number> } }[]) {
  if (r.posterior) draws.set(`${r.label}\u0000${r.replicate}`, r.posterior.parameters);
}
const valueOf = (path: string) => {
  let node: unknown = scenario;
  for (const k of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined;
  const v = node !== null && typeof node === 'object' ? (node as { value?: unknown }).value : undefined;
  return typeof v === 'number' ? v : undefined;
};
const name = String(scenario.name);
for (const t of parsed.targets.targets.filter((x) => x.scenarios.includes(name))) {
  const values = [...runs].filter(([k]) => k.startsWith(`${name}\u0000`)).map(([k, rows]) => quantityValue(t.quantity, rows, (p) => draws.get(k)?.[p] ?? valueOf(p)));
  const ok = values.filter(Number.isFinite);
  if (ok.length === 0) {
    console.log(`${t.name}: no value (the runs do not cover it)`);
    continue;
  }
  const mean = ok.reduce((a, x) => a + x, 0) / ok.length;
  const lo = Math.min(...ok);
  const hi = Math.max(...ok);
  const scale = errorScale(t);
  const obs = observationSd(t);
  console.log(
    `${t.name} (${t.use}): observed ${t.observed}, runs ${mean.toPrecision(4)} (${ok.length} replicates, ${lo.toPrecision(4)} to ${hi.toPrecision(4)}); ` +
      `${((mean - t.observed) / scale).toFixed(2)} error scales, ${((mean - t.observed) / obs).toFixed(2)} observation sds: ${Math.abs(mean - t.observed) <= 2 * obs ? 'within' : 'outside'} 2 observation sds`,
  );
}
