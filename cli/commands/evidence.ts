import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOrUsage } from '../args.ts';
import { EXIT, EXIT_CODES_HELP } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { programVersion, sourceState } from '../provenance.ts';

export const usage = 'Usage: capflow evidence [--out DIR]';

export const help = `${usage}

Runs the validation suite (test/validation/): each claim of the source texts that the model should
reproduce, tested as a replicated, paired experiment whose effect must emerge in the claimed
direction with a 95% interval excluding zero. Prints each measured effect and writes a short report,
report.md, to the output folder (default runs/evidence). Takes a minute or two.

Claims still marked as expected failures are listed as "does not emerge yet", with their reason in
docs/ODD.md §7.15.

Options:
  --out DIR    output folder (default runs/evidence)
  -h, --help   show this help

${EXIT_CODES_HELP}`;

/** A test's outcome as the verbose reporter prints it: a mark, the file, then describe > test. */
const OUTCOME = /^\s*(✓|×|↓)\s+\S+\.test\.ts > (.*?)(\s+\d+m?s)?$/;

/** Claims written as expected failures (`it.fails`): they pass as tests because they do not emerge. */
function expectedFailures(): Set<string> {
  const names = new Set<string>();
  for (const f of readdirSync('test/validation').filter((n) => n.endsWith('.test.ts'))) {
    for (const m of readFileSync(join('test/validation', f), 'utf8').matchAll(/it\.fails\(\s*(['"`])(.*?)\1/g)) names.add(m[2]);
  }
  return names;
}

export async function execute(argv: string[], io: Io): Promise<number> {
  const { values } = parseOrUsage(() => parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: false, strict: true }), usage);
  const out = values.out ?? join('runs', 'evidence');
  io.err('capflow evidence: running the validation suite (a minute or two)...\n');
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/validation', '--reporter=verbose', '--no-color'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const effects = lines.filter((l) => /^\[[a-z-]+\] /.test(l));
  const notYet = expectedFailures();
  const outcomes = lines.flatMap((l) => {
    const m = OUTCOME.exec(l);
    if (!m) return [];
    const name = m[2].trim();
    const test = name.split(' > ').pop()!;
    return [{ passed: m[1] === '✓' && !notYet.has(test), name }];
  });
  const report = [
    '# capflow evidence',
    '',
    `capflow ${programVersion()}, commit ${sourceState().gitCommit ?? 'unknown'}, ${new Date().toISOString()}. Suite exit code ${run.status}.`,
    '',
    '## Claims',
    '',
    ...outcomes.map((o) => `- ${o.passed ? 'emerges' : 'does not emerge yet'}: ${o.name}`),
    '',
    '## Measured effects (paired differences, 95% intervals)',
    '',
    ...effects.map((e) => `- ${e}`),
    '',
  ].join('\n');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'report.md'), report);
  io.out(`${effects.join('\n')}\n\n${outcomes.filter((o) => o.passed).length} checks pass; ${outcomes.filter((o) => !o.passed).length} claim(s) do not emerge yet (docs/ODD.md §7.15).\nReport: ${join(out, 'report.md')}\n`);
  return run.status === 0 ? EXIT.ok : EXIT.internal;
}
