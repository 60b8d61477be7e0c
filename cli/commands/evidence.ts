import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLAIMS, claimOf, type Claim } from '../evidence/claims.ts';
import { parseOrUsage } from '../args.ts';
import { CliError } from '../cliError.ts';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { programVersion, sourceState } from '../provenance.ts';
import { screenFindings, type FindingScreen } from '../evidence/screen.ts';
import { SCREEN_FACTORS, SCREEN_FINDINGS, SCREEN_SCENARIO } from '../evidence/screenDesign.ts';

export const usage = 'Usage: capflow evidence [--out DIR] [--seeds LIST] | capflow evidence --screen [--trajectories R] [--reps N] [--years N] [--out DIR]';

export const help = `${usage}

Runs the validation suite (test/validation/): each claim of the source texts that the model should
reproduce, tested as a replicated, paired experiment. Each claim is classed (cli/evidence/
claims.ts) as emergent (it arises from mechanisms not written for it; its estimate must not be a
parameter read back) or structural (the model assumes it; the test checks the implementation).
Writes report.md to the output folder (default runs/evidence): every claim with its class, source
sentence, measured effects and 95% intervals, the seeds it was checked on and whether its tests
passed on each, and the assumptions it rests on (with their docs/ODD.md sections). Claims the
model cannot express yet are listed as untested with the reason; claims it gets wrong are known
failures (it.fails tests), reported as such. Takes a minute or two per seed. Exits 0 when every
test passes on every seed (known failures included, as they are recorded), 1 when some test fails.

Options:
  --out DIR      output folder (default runs/evidence)
  --seeds LIST   comma-separated seeds to run the suite on (default 1, the suite's own seed),
                 e.g. --seeds 1,2,3 to see which findings hold beyond the seed they were checked on
  --screen       instead of the suite, a Morris screen of the findings over the assumptions they
                 rest on (cli/evidence/screenDesign.ts: factors, plausible ranges, findings) on
                 uk-2026-regional; writes screen.md: per finding the most influential
                 assumptions (μ*) and the share of design points keeping the claimed sign
  --trajectories R  Morris trajectories for --screen (default 3; (factors + 1)·R points)
  --reps N       replicates per point and arm for --screen (default 2)
  --years N      horizon for --screen (default the scenario's)
  -h, --help     show this help

${EXIT_CODES_HELP}`;

/** A test's outcome as the verbose reporter prints it: a mark, the file, then describe > test. */
const OUTCOME = /^\s*(✓|×|↓)\s+(\S+\.test\.ts) > (.*?)(\s+\d+m?s)?$/;
/** The JSON lines tests print with helpers.ts `measured`. */
const MEASURED = '@measured ';

export interface Outcome {
  file: string;
  /** describe > test, as the reporter prints it. */
  name: string;
  passed: boolean;
  /**
   * An `it.fails` test that passed, that is, a claim the model is known to get wrong, recorded as
   * such in its test: reported as a known failure, never as holding, and not a reason to exit 1.
   */
  knownFailure: boolean;
}

export interface Measured {
  claim: string;
  what: string;
  seed: number;
  n: number;
  mean: number;
  /** null where the interval is infinite (a single replicate). */
  low: number | null;
  high: number | null;
}

export interface SuiteRun {
  seed: number;
  status: number | null;
  outcomes: Outcome[];
  measured: Measured[];
  /** Every `[claim] what: effect` line the tests printed, for the appendix. */
  effects: string[];
}

/** Tests written as expected failures (`it.fails`): they pass as tests because the claim does not emerge. */
function expectedFailures(): Set<string> {
  const names = new Set<string>();
  for (const f of readdirSync('test/validation').filter((n) => n.endsWith('.test.ts'))) {
    for (const m of readFileSync(join('test/validation', f), 'utf8').matchAll(/it\.fails\(\s*(['"`])(.*?)\1/g)) names.add(m[2]);
  }
  return names;
}

/** Reads one run of the suite from the verbose reporter's output. */
export function parseSuiteOutput(seed: number, status: number | null, output: string, notYet: Set<string> = new Set()): SuiteRun {
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const outcomes = lines.flatMap((l) => {
    const m = OUTCOME.exec(l);
    if (!m) return [];
    const name = m[3].trim();
    const test = name.split(' > ').pop()!;
    const passed = m[1] === '✓';
    return [{ file: m[2].split('/').pop()!, name, passed, knownFailure: passed && notYet.has(test) }];
  });
  const measured = lines.filter((l) => l.startsWith(MEASURED)).map((l) => JSON.parse(l.slice(MEASURED.length)) as Measured);
  return { seed, status, outcomes, measured, effects: lines.filter((l) => /^\[[a-z0-9-]+\] /.test(l)) };
}

const num = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(3));
const interval = (m: Measured) => (m.low === null || m.high === null ? 'no interval (one replicate)' : `${num(m.low)} to ${num(m.high)}`);

const testName = (o: Outcome) => o.name.split(' > ').pop();

/** One seed's verdict on a claim, for the summary table: holds, known failure, fails or not run. */
function verdictOf(c: Claim, r: SuiteRun): string {
  if (c.class === 'untested') return 'untested';
  const mine = r.outcomes.filter((o) => claimOf(o.name)?.id === c.id);
  if (mine.length === 0) return 'not run';
  if (mine.some((o) => !o.passed)) return 'fails';
  return mine.some((o) => o.knownFailure) ? 'known failure' : 'holds';
}

function claimSection(c: Claim, runs: SuiteRun[]): string[] {
  if (c.class === 'untested') {
    return [
      `### ${c.id}: UNTESTED`,
      '',
      `**Claim.** ${c.title}.`,
      '',
      `**Source (${c.source}).** "${c.quote}"`,
      '',
      `**Not tested, because.** ${c.measure}.`,
      '',
      '**What a test would need.**',
      '',
      ...c.assumptions.map((a) => `- ${a}`),
      '',
    ];
  }
  const checked = runs.map((r) => {
    const mine = r.outcomes.filter((o) => claimOf(o.name)?.id === c.id);
    const failed = mine.filter((o) => !o.passed);
    const known = mine.filter((o) => o.knownFailure);
    const knownText = known.length === 0 ? '' : `, ${known.length} of them a known failure recorded with it.fails (the model does not reproduce: ${known.map(testName).join('; ')})`;
    const verdict = mine.length === 0 ? 'not run' : failed.length === 0 ? `${mine.length} of ${mine.length} tests pass${knownText}` : `fails ${failed.length} of ${mine.length}: ${failed.map(testName).join('; ')}`;
    return `seed ${r.seed}: ${verdict}`;
  });
  const effects = runs.flatMap((r) => r.measured.filter((m) => m.claim === c.id));
  return [
    `### ${c.id}: ${c.class.toUpperCase()}`,
    '',
    `**Claim.** ${c.title}.`,
    '',
    `**Source (${c.source}).** "${c.quote}"`,
    '',
    `**Measured as.** ${c.measure}. Test file: test/validation/${c.file}.`,
    ...(c.fairReading ? ['', `**Why this reads the sentence fairly.** ${c.fairReading}`] : []),
    '',
    '**Rests on.**',
    '',
    ...c.assumptions.map((a) => `- ${a}`),
    '',
    `**Checked on.** ${checked.join('; ')}.`,
    '',
    ...(effects.length === 0
      ? ['No effect was measured (the tests did not run or failed before measuring).']
      : ['| effect | seed | mean | 95% CI | n |', '|---|---|---|---|---|', ...effects.map((m) => `| ${m.what} | ${m.seed} | ${num(m.mean)} | ${interval(m)} | ${m.n} |`)]),
    '',
  ];
}

/** The evidence report: one section per claim of the registry, then what the suite printed. */
export function renderEvidence(runs: SuiteRun[], provenance: string): string {
  const unclassed = [...new Set(runs.flatMap((r) => r.outcomes.filter((o) => !claimOf(o.name)).map((o) => o.name)))];
  const count = (k: Claim['class']) => CLAIMS.filter((c) => c.class === k).length;
  return [
    '# capflow evidence',
    '',
    provenance,
    '',
    `Seeds: ${runs.map((r) => `${r.seed} (suite exit code ${r.status})`).join(', ')}.`,
    '',
    `${CLAIMS.length} claims: ${count('emergent')} emergent (they arise from mechanisms not written for them, and no estimate may be a parameter read back), ${count('structural')} structural (the model assumes them; the tests check the implementation) and ${count('untested')} untested (the model cannot express them yet; each says why). A known failure is a claim the model gets wrong, recorded as such with it.fails: it does not hold, but it is not a broken test either. Classes and assumptions come from cli/evidence/claims.ts; sections cited are those of docs/ODD.md.`,
    '',
    `How far each regional finding rests on the assumptions around it is screened separately: \`capflow evidence --screen\` runs a Morris screen over ${SCREEN_FACTORS.length} assumption parameters and their plausible ranges (cli/evidence/screenDesign.ts) and reports, per finding, the assumptions with the largest effect and the share of points keeping the claimed sign.`,
    '',
    '## Summary',
    '',
    '| claim | class | source | checked on |',
    '|---|---|---|---|',
    ...CLAIMS.map((c) => {
      const verdicts = runs.map((r) => `${r.seed}: ${verdictOf(c, r)}`);
      return `| ${c.id} | ${c.class} | ${c.source} | ${verdicts.join(', ')} |`;
    }),
    '',
    '## Claims',
    '',
    ...CLAIMS.flatMap((c) => claimSection(c, runs)),
    ...(unclassed.length > 0 ? ['## Checks that belong to no claim', '', ...unclassed.map((n) => `- ${n}`), ''] : []),
    '## Everything the suite printed (paired differences, 95% intervals)',
    '',
    ...runs.flatMap((r) => [`### Seed ${r.seed}`, '', ...r.effects.map((e) => `- ${e}`), '']),
  ].join('\n');
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(3));

/** The screen's report: per finding, whether its sign survives and which assumptions move it most. */
export function renderScreen(results: FindingScreen[], settings: string, provenance: string): string {
  return [
    '# capflow evidence --screen',
    '',
    provenance,
    '',
    settings,
    '',
    'Factors and plausible ranges (cli/evidence/screenDesign.ts):',
    '',
    '| assumption | range | why this range |',
    '|---|---|---|',
    ...SCREEN_FACTORS.map((f) => `| ${f.path} | ${f.lo} to ${f.hi} | ${f.why} |`),
    '',
    '| claim | finding (arm minus shipped, at each point) | claimed sign | points keeping it | contrast range | replicate noise (sd) | points clear of noise | most influential (μ*) |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map((r) => {
      const top = r.influence.slice(0, 3).map((x) => `${x.path} ${fmt(x.muStar)}`).join('; ');
      const survives = r.signKept === 1 ? 'all' : `${Math.round(100 * r.signKept)}%`;
      const clear = r.clearOfNoise === null ? 'n/a' : `${Math.round(100 * r.clearOfNoise)}%`;
      return `| ${r.finding.claim} | ${r.finding.what} | ${r.finding.sign > 0 ? '+' : '−'} | ${survives} | ${fmt(Math.min(...r.contrasts))} to ${fmt(Math.max(...r.contrasts))} | ${r.noise === null ? 'n/a' : fmt(r.noise)} | ${clear} | ${top} |`;
    }),
    '',
    'A finding survives its assumptions when it keeps its sign at every point; with few replicates per point a small contrast can flip by chance, so a share just under 100% is a reason to look, not a refutation.',
    '',
    'Replicate noise is the standard deviation of the per-replicate contrast within a point, pooled over points; a point is clear of noise when its contrast exceeds twice its standard error. Replicate k draws the same random numbers at every point, so a finding that is not clear of noise carries the same replicates\' luck to every point: it can keep or lose its sign at all points at once, and then the share of points says nothing about the assumptions (rerun with more --reps).',
    '',
  ].join('\n');
}

function wholeFlag(name: string, text: string | undefined, fallback: number | undefined): number | undefined {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new CliError(`--${name} must be a whole number of at least 1, got "${text}"`, EXIT.invalid, usage);
  return Number(text);
}

async function screen(values: { trajectories?: string; reps?: string; years?: string; seeds?: string }, out: string, io: Io): Promise<number> {
  const trajectories = wholeFlag('trajectories', values.trajectories, 3)!;
  const reps = wholeFlag('reps', values.reps, 2)!;
  const years = wholeFlag('years', values.years, undefined);
  const seed = parseSeeds(values.seeds)[0];
  const points = (SCREEN_FACTORS.length + 1) * trajectories;
  io.err(`capflow evidence --screen: ${SCREEN_FACTORS.length} assumptions, ${trajectories} trajectories (${points} points), ${SCREEN_FINDINGS.length} findings, ${reps} replicate(s), seed ${seed}, ${SCREEN_SCENARIO}\n`);
  let last = -1;
  const results = screenFindings({
    scenario: SCREEN_SCENARIO, factors: SCREEN_FACTORS, findings: SCREEN_FINDINGS, trajectories, reps, years, seed,
    progress: (done, total) => {
      const pct = Math.floor((100 * done) / total);
      if (pct >= last + 5 || done === total) {
        last = pct;
        io.err(`  ${done} of ${total} runs (${pct}%)\n`);
      }
    },
  });
  const settings = `Scenario ${SCREEN_SCENARIO}${years === undefined ? '' : `, ${years} years`}; Morris design, ${trajectories} trajectories on 4 levels, ${points} points; ${reps} replicate(s) per point and arm, seed ${seed}, arms paired replicate by replicate.`;
  const report = renderScreen(results, settings, `capflow ${programVersion()}, commit ${sourceState().gitCommit ?? 'unknown'}${sourceState().gitDirty ? ' (modified)' : ''}, ${new Date().toISOString()}.`);
  try {
    mkdirSync(out, { recursive: true });
    const partial = join(out, '.screen.md.partial');
    writeFileSync(partial, report);
    renameSync(partial, join(out, 'screen.md'));
  } catch (err) {
    throw new CliError(`cannot write ${join(out, 'screen.md')}: ${(err as Error).message}`, EXIT.refused);
  }
  io.out(`${report}\nReport: ${join(out, 'screen.md')}\n`);
  return EXIT.ok;
}

function parseSeeds(text: string | undefined): number[] {
  if (text === undefined) return [1];
  const seeds = text.split(',').map((s) => s.trim());
  if (seeds.some((s) => !/^\d+$/.test(s) || !Number.isSafeInteger(Number(s)))) throw new CliError(`--seeds must be comma-separated whole numbers, got "${text}"`, EXIT.invalid, usage);
  return [...new Set(seeds.map(Number))];
}

export async function execute(argv: string[], io: Io): Promise<number> {
  const { values } = parseOrUsage(
    () => parseArgs({ args: argv, options: { out: { type: 'string' }, seeds: { type: 'string' }, screen: { type: 'boolean' }, trajectories: { type: 'string' }, reps: { type: 'string' }, years: { type: 'string' } }, allowPositionals: false, strict: true }),
    usage,
  );
  const out = values.out ?? join('runs', 'evidence');
  if (values.screen) return screen(values, out, io);
  if (values.trajectories !== undefined || values.reps !== undefined || values.years !== undefined) throw new CliError('--trajectories, --reps and --years go with --screen', EXIT.invalid, usage);
  const seeds = parseSeeds(values.seeds);
  const notYet = expectedFailures();
  const runs: SuiteRun[] = [];
  for (const seed of seeds) {
    io.err(`capflow evidence: running the validation suite on seed ${seed} (a minute or two)...\n`);
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/validation', '--reporter=verbose', '--no-color'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CAPFLOW_VALIDATION_SEED: String(seed) },
      maxBuffer: 64 * 1024 * 1024,
    });
    const parsed = parseSuiteOutput(seed, run.status, `${run.stdout}\n${run.stderr}`, notYet);
    if (parsed.outcomes.length === 0) throw new Error(`the validation suite reported no tests on seed ${seed} (exit code ${run.status}):\n${run.stderr.slice(-2000)}`);
    runs.push(parsed);
  }
  const report = renderEvidence(runs, `capflow ${programVersion()}, commit ${sourceState().gitCommit ?? 'unknown'}${sourceState().gitDirty ? ' (modified)' : ''}, ${new Date().toISOString()}.`);
  try {
    mkdirSync(out, { recursive: true });
    // Written beside and renamed, so a report is whole or absent.
    const partial = join(out, '.report.md.partial');
    writeFileSync(partial, report);
    renameSync(partial, join(out, 'report.md'));
  } catch (err) {
    throw new CliError(`cannot write ${join(out, 'report.md')}: ${(err as Error).message}`, EXIT.refused);
  }
  const failing = CLAIMS.filter((c) => runs.some((r) => r.outcomes.some((o) => claimOf(o.name)?.id === c.id && !o.passed)));
  const known = CLAIMS.filter((c) => !failing.includes(c) && runs.some((r) => r.outcomes.some((o) => claimOf(o.name)?.id === c.id && o.knownFailure)));
  const failedChecks = runs.flatMap((r) => r.outcomes.filter((o) => !o.passed && !claimOf(o.name)));
  io.out(
    `${runs.flatMap((r) => r.effects).join('\n')}\n\n` +
      `${CLAIMS.length} claims (${(['emergent', 'structural', 'untested'] as const).map((k) => `${CLAIMS.filter((c) => c.class === k).length} ${k}`).join(', ')}) on seed(s) ${seeds.join(', ')}: ` +
      `${failing.length === 0 ? 'no test fails' : `${failing.length} fail (${failing.map((c) => c.id).join(', ')})`}` +
      `${known.length > 0 ? `; ${known.length} known failure(s) recorded with it.fails (${known.map((c) => c.id).join(', ')})` : ''}` +
      `${failedChecks.length > 0 ? `; ${failedChecks.length} other check(s) fail` : ''}.\nReport: ${join(out, 'report.md')}\n`,
  );
  return evidenceExitCode(runs);
}

/**
 * 0 when no test failed on any seed, known failures (it.fails tests, which vitest passes) included:
 * a claim the model gets wrong and records as such is a finding, not a broken suite. 1 otherwise.
 */
export function evidenceExitCode(runs: SuiteRun[]): number {
  return runs.every((r) => r.status === 0 && r.outcomes.every((o) => o.passed)) ? EXIT.ok : EXIT.invalid;
}
