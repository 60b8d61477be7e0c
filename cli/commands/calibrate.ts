import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { errorScale } from '../../sim/calibration/errorScale.ts';
import { metricProblems } from '../../sim/calibration/metricProblems.ts';
import { parseTargets } from '../../sim/calibration/parseTargets.ts';
import { METRICS } from '../../sim/model/metrics.ts';
import { formatProblemList } from '../../sim/scenario/capProblems.ts';
import type { Problem } from '../../sim/scenario/problems.ts';
import { abcDiagnostics } from '../../sim/stats/abcDiagnostics.ts';
import type { AbcSettings } from '../../sim/stats/abcTypes.ts';
import { parseOrUsage, wholeNumber } from '../args.ts';
import { runCalibration } from '../calibration/runCalibration.ts';
import { CliError } from '../cliError.ts';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.ts';
import { Interrupts } from '../interrupts.ts';
import type { Io } from '../io.ts';
import { loadInput } from '../experimentRunner/loadInput.ts';
import { describeFiles } from '../manifest.ts';
import { writeFileSync } from 'node:fs';
import { OutputFolder } from '../outputFolder.ts';
import { calibrationManifest, sameCalibration } from '../calibration/calibrationManifest.ts';
import { parseVary } from '../experimentRunner/parseVary.ts';

export const usage = 'Usage: capflow calibrate <scenario.json> --targets FILE --vary path=lo:hi [--vary ...] [options]';

export const help = `${usage}

Finds the parameter values consistent with published figures by ABC-SMC (docs/ODD.md Appendix C):
a uniform prior on each --vary range, generations of simulations whose tolerance tightens, and a
weighted posterior sample. Uses the targets of FILE that list this scenario and are marked for
calibration. Writes posterior.csv (one row per particle: weight, parameters, distance, each
target's value) and diagnostics.json (effective sample size, each target's error, how far each
parameter narrowed, correlations, every generation) to --out (default
runs/calibrate-<name>-<seed>), with manifest.json. Each batch of runs is kept under work/ in the
staging folder until the end, so --resume finishes an interrupted calibration with the same bytes.

Options:
  --targets FILE       targets file (targets/japan.json, targets/uk.json)
  --vary path=lo:hi    a parameter's prior range (repeatable)
  --particles N        particles per generation (default 100)
  --generations N      generations (default 4)
  --batch N            runs planned at once (default 50)
  --max-runs N         most runs per generation (default 20 × particles)
  --quantile Q         share of the last population's distances the next tolerance keeps (default 0.5)
  --seed N             seed (default: the scenario's "seed")
  --years N            horizon in years
  --set path=value     edit the scenario first (repeatable)
  --workers N          worker threads (default: one per core)
  --out DIR            output folder, written through a staging folder beside it (.<name>.partial)
                       and renamed into place when complete, with a manifest.json (the command,
                       the targets file's SHA-256, the settings, capflow's commit, every file's SHA-256)
  --force              replace an earlier capflow output folder at --out
  --resume             finish an interrupted calibration of --out (its staging folder)
  -h, --help           show this help

${EXIT_CODES_HELP}`;

const OPTIONS = {
  targets: { type: 'string' },
  vary: { type: 'string', multiple: true },
  particles: { type: 'string' },
  generations: { type: 'string' },
  batch: { type: 'string' },
  'max-runs': { type: 'string' },
  quantile: { type: 'string' },
  seed: { type: 'string' },
  years: { type: 'string' },
  set: { type: 'string', multiple: true },
  workers: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  resume: { type: 'boolean' },
} as const;

export async function execute(argv: string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseOrUsage(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }), usage);
  if (positionals.length !== 1) throw new CliError('name one scenario file to calibrate', EXIT.invalid, usage);
  if (v.targets === undefined) throw new CliError('give the figures to match with --targets FILE', EXIT.invalid, usage);
  const years = wholeNumber('years', v.years, 1, 50, usage);
  const loaded = loadInput(positionals[0], v.set ?? [], years);
  if (!loaded.loaded) return refuse(loaded.problems, io);
  const base = loaded.loaded;

  const targetsText = readText(v.targets);
  const parsed = parseTargets(v.targets, targetsText);
  if (!parsed.targets) return refuse(parsed.problems, io);
  const known = metricProblems(v.targets, parsed.targets, Object.keys(METRICS));
  if (known.problems.length > 0) return refuse(known.problems, io);
  const targets = parsed.targets.targets.filter((t) => t.scenarios.includes(base.scenario.name) && t.use === 'calibration');
  if (targets.length === 0) throw new CliError(`${v.targets} has no calibration target for the scenario "${base.scenario.name}"`, EXIT.invalid, usage);

  const { factors, problems } = parseVary(v.vary ?? []);
  if (problems.length > 0) return refuse(problems, io);
  if (factors.length === 0) throw new CliError('give at least one prior range, --vary path=lo:hi', EXIT.invalid, usage);
  const ranges = factors.map((f) => {
    if (!('lo' in f) || !(f.lo < f.hi)) throw new CliError(`--vary ${f.arg}: a prior is a range lo:hi with lo < hi`, EXIT.invalid, usage);
    return { name: f.name, lo: f.lo, hi: f.hi };
  });

  const particles = wholeNumber('particles', v.particles, 2, 100_000, usage) ?? 100;
  const quantile = v.quantile === undefined ? 0.5 : Number(v.quantile);
  if (!(quantile > 0 && quantile < 1)) throw new CliError(`--quantile takes a share between 0 and 1, got "${v.quantile}"`, EXIT.invalid, usage);
  const settings: AbcSettings = {
    ranges,
    observed: targets.map((t) => t.observed),
    scale: targets.map(errorScale),
    particles,
    batch: wholeNumber('batch', v.batch, 1, 100_000, usage) ?? 50,
    maxCandidates: wholeNumber('max-runs', v['max-runs'], 1, 10_000_000, usage) ?? 20 * particles,
    quantile,
    generations: wholeNumber('generations', v.generations, 1, 100, usage) ?? 4,
    seed: wholeNumber('seed', v.seed, 0, 2 ** 32 - 1, usage) ?? base.scenario.seed,
  };
  const dir = v.out ?? join('runs', `calibrate-${base.scenario.name}-${settings.seed}`);
  const command = ['calibrate', ...argv];
  if (v.resume && existsSync(join(dir, 'manifest.json')) && sameCalibration(join(dir, 'manifest.json'), settings, targetsText, base.input)) {
    io.out(`${dir} already holds this calibration, complete: nothing to resume.\n`);
    return EXIT.ok;
  }

  // The one output path (cli/outputFolder.ts): a staging folder beside --out, kept for --resume
  // when interrupted, renamed into place once posterior.csv, diagnostics.json and the manifest are written.
  const interrupts = new Interrupts();
  const clock = performance.now();
  const started = new Date();
  const workers = wholeNumber('workers', v.workers, 1, 1024, usage) ?? availableParallelism();
  const folder = OutputFolder.prepare(dir, { force: v.force ?? false, resume: v.resume ?? false });
  try {
    const { populations } = await runCalibration(base, targets, settings, {
      dir: folder.staging,
      workers,
      progress: io.stderrIsTTY,
      shouldStop: () => interrupts.signal !== undefined,
      log: (line) => io.err(line),
    });
    folder.discardWorkingState();
    writeFileSync(folder.file('manifest.json'), JSON.stringify(calibrationManifest({ command, started, seconds: (performance.now() - clock) / 1000, workers, base, targetsFile: v.targets, targetsText, settings, files: describeFiles(folder.staging) }), null, 2) + '\n');
    folder.commit();
    const d = abcDiagnostics(settings, populations[populations.length - 1]);
    const lines = [
      `Calibrated ${base.scenario.name} to ${targets.length} targets of ${v.targets} in ${((performance.now() - clock) / 1000).toFixed(1)} s; effective sample size ${d.effectiveSampleSize.toFixed(1)} of ${particles}.`,
      ...d.parameters.map((p) => `  ${p.name}: posterior 90% range ${p.low.toPrecision(4)} to ${p.high.toPrecision(4)}, ${(100 * p.narrowing).toFixed(0)}% of its prior range`),
      ...targets.map((t, i) => `  ${t.name}: observed ${t.observed}, mean error ${d.targets[i].meanError.toFixed(2)} scales, ${(100 * d.targets[i].matched).toFixed(0)}% of the posterior within 3`),
      `Wrote posterior.csv, diagnostics.json and manifest.json to ${dir}/`,
    ];
    io.out(lines.join('\n') + '\n');
    return EXIT.ok;
  } catch (err) {
    if (interrupts.signal !== undefined) throw new CliError(`interrupted (${interrupts.signal}): finished runs are kept in ${folder.staging}; run the same command with --resume to finish`, EXIT.interrupted);
    throw err;
  } finally {
    interrupts.release();
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`${file}: cannot read the targets file (${(err as Error).message})`, EXIT.invalid);
  }
}

function refuse(problems: Problem[], io: Io): number {
  io.err(formatProblemList(problems).map((line) => line + '\n').join(''));
  return EXIT.invalid;
}
