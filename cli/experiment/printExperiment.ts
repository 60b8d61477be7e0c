import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblemList } from '../../sim/scenario/capProblems.ts';
import { ExperimentFileSchema, type ExperimentFile } from '../../sim/runDesign/experimentFileSchema.ts';
import { wholeNumber } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import type { Kind } from '../experimentRunner/experiment.ts';
import { parseVary } from '../experimentRunner/parseVary.ts';
import type { Values } from '../experimentRunner/commands.ts';
import { parseTies } from './parseTie.ts';

const SCHEMA = fileURLToPath(new URL('../../experiments/schema/experiment.schema.json', import.meta.url));

/**
 * `--print-experiment`: the experiment file a command line is equivalent to, as JSON. It keeps
 * only what the command line says (an option left out stays out, so its default is the same one),
 * and paths as typed: relative paths are relative to the current folder, so the file runs as it
 * is when saved there (`capflow experiment` reads paths relative to the file). How the command is
 * run (--workers, --shard, --resume, --force, --max-memory) is not part of an experiment.
 */
export function printExperiment(kind: Kind, v: Values, files: readonly string[], usage: string): string {
  if (v.manifest !== undefined) throw new CliError('--manifest reruns a recorded experiment: it has no experiment file to print', EXIT.invalid, usage);
  const number = (flag: 'years' | 'seed' | 'reps' | 'samples' | 'levels' | 'tick' | 'points' | 'step', min: number, max: number) => wholeNumber(flag, v[flag], min, max, usage);
  const decimal = (flag: 'threshold' | 'min-coverage' | 'peel-alpha' | 'min-mass') => (v[flag] === undefined ? undefined : Number(v[flag]));
  const e: Record<string, unknown> = { $schema: relative(process.cwd(), SCHEMA), kind, scenarios: [...files] };
  if (v.set) e.set = v.set;
  e.years = number('years', 1, 50);
  e.seed = number('seed', 0, 4_294_967_295);
  e.replicates = number('reps', 1, 100_000);
  if (v.counterfactual) e.counterfactual = true;
  if (v.vary || v.tie) {
    const { factors, problems } = parseVary(v.vary ?? []);
    const tied = parseTies(v.tie ?? [], factors);
    const all = [...problems, ...tied.problems];
    if (all.length > 0) throw new CliError(formatProblemList(all).join('\n'), EXIT.invalid);
    e.vary = [
      ...factors.map((f) => ({ path: f.path, ...(f.when ? { when: f.when } : {}), ...('values' in f ? { values: f.values } : { range: [f.lo, f.hi] }) })),
      ...tied.ties.map((t) => {
        const at = t.name.lastIndexOf('@');
        return { path: t.path, ...(at < 0 ? {} : { when: t.name.slice(at + 1) }), tiedTo: t.tiedTo, ...(t.times === 1 ? {} : { times: t.times }), ...(t.plus === 0 ? {} : { plus: t.plus }) };
      }),
    ];
  }
  // The command's own refusals of flags its design ignores, so no file is printed that the command would refuse.
  if (kind === 'sweep' && v.samples !== undefined && v.design !== 'lhs') throw new CliError('--samples is the size of a Latin hypercube: give it with --design lhs (a grid runs every combination of the --vary values; ofat takes --levels)', EXIT.invalid, usage);
  if (kind === 'sweep' && v.levels !== undefined && v.design !== 'ofat') throw new CliError('--levels is the number of values per parameter of a one-at-a-time design: give it with --design ofat', EXIT.invalid, usage);
  if (kind === 'sweep' && v.design !== undefined) e.design = v.design === 'lhs' ? { type: 'lhs', samples: number('samples', 2, 1_000_000) } : v.design === 'ofat' ? { type: 'ofat', levels: number('levels', 2, 10_000) } : { type: v.design };
  if (kind === 'sensitivity' && (v.method !== undefined || v.samples !== undefined)) {
    const method = v.method ?? 'morris';
    e.design = method === 'sobol' ? { type: 'sobol', baseSamples: number('samples', 2, 1_000_000) } : { type: method, trajectories: number('samples', 2, 1_000_000) };
  }
  if (kind === 'discover' && v.points !== undefined) e.design = { type: 'lhs', samples: number('points', 2, 1_000_000) };
  if (v.metric !== undefined || v.tick !== undefined || v.at !== undefined) {
    const spec = v.metric ?? 'outcomes:local';
    const colon = spec.indexOf(':');
    e.output = { metric: colon < 0 ? spec : spec.slice(0, colon), group: colon < 0 ? undefined : spec.slice(colon + 1), tick: number('tick', 0, 600), at: v.at };
  }
  if (kind === 'discover') {
    e.discover = {
      threshold: decimal('threshold'),
      direction: v.above ? 'above' : v.below ? 'below' : undefined,
      minCoverage: decimal('min-coverage'),
      peelAlpha: decimal('peel-alpha'),
      minMass: decimal('min-mass'),
      step: number('step', 0, 1_000_000),
      paste: v.paste || undefined,
    };
  }
  if (v.record !== undefined || v['record-groups'] !== undefined || v.every !== undefined || v.format !== undefined) {
    const list = (text: string | undefined) => (text === undefined ? undefined : text.split(',').map((x) => x.trim()).filter((x) => x !== ''));
    e.record = { metrics: list(v.record), groups: list(v['record-groups']), everyTicks: wholeNumber('every', v.every, 1, 1200, usage), formats: list(v.format) };
  }
  if (v.posterior !== undefined) e.posterior = v.posterior;
  if (v.out !== undefined) e.out = v.out;
  // Checked as a file would be, so what is printed is a file capflow experiment takes.
  const checked = ExperimentFileSchema.safeParse(JSON.parse(JSON.stringify(e)));
  if (!checked.success) throw new CliError(`this command line makes no valid experiment file: ${checked.error.issues[0].path.join('.')}: ${checked.error.issues[0].message}`, EXIT.invalid, usage);
  return JSON.stringify(checked.data satisfies ExperimentFile, null, 2) + '\n';
}
