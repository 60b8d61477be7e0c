/**
 * `capflow evidence`: reading the validation suite's verbose output back into claims, and the
 * report that lists every claim with its class, measured effects, seeds and assumptions. The
 * suite itself is not run here (it takes minutes); its output is written out as the reporter
 * prints it.
 */
import { describe, expect, it } from 'vitest';
import { evidenceExitCode, parseSuiteOutput, renderEvidence } from '../../cli/commands/evidence.ts';
import { claimTitle, CLAIMS } from '../../cli/evidence/claims.ts';
import { capflow } from './helpers.ts';

const measuredLine = (claim: string, what: string, mean: number, low: number | null, high: number | null, seed = 1) =>
  `@measured ${JSON.stringify({ claim, what, seed, n: 10, mean, low, high, dz: 3 })}`;

const output = (seed: number, capabilityPasses: boolean) =>
  [
    ` RUN  v4`,
    `stdout | test/validation/reciprocity.test.ts`,
    `[reciprocity-capability] capability at local, two-way minus one-way-up: 0.000600 (95% CI 0.000200 to 0.00100, n = 10, dz = 1.20)`,
    measuredLine('reciprocity-capability', 'capability at local, two-way minus one-way-up', 0.0006, 0.0002, 0.001, seed),
    measuredLine('calibration-japan', 'national officials in local government', 1700, null, null, seed),
    `   ✓ test/validation/reciprocity.test.ts > validation harness (STRUCTURAL, no claim): paired differences > the suite reads the same paired differences 3ms`,
    `   ✓ test/validation/reciprocity.test.ts > ${claimTitle('reciprocity-coordination')} > at equal volume, two-way flows raise coordination 2ms`,
    `   ${capabilityPasses ? '✓' : '×'} test/validation/reciprocity.test.ts > ${claimTitle('reciprocity-capability')} > at equal volume, two-way flows raise capability 1ms`,
    `   ✓ test/validation/calibration.test.ts > ${claimTitle('calibration-japan')} > japan holds the stocks 1ms`,
  ].join('\n');

describe('capflow evidence', () => {
  it('reads outcomes, measured effects and printed effects from the verbose reporter', () => {
    const run = parseSuiteOutput(2, 1, output(2, false));
    expect(run.outcomes).toHaveLength(4);
    expect(run.outcomes.filter((o) => !o.passed).map((o) => o.name)).toEqual([`${claimTitle('reciprocity-capability')} > at equal volume, two-way flows raise capability`]);
    expect(run.outcomes[0].file).toBe('reciprocity.test.ts');
    expect(run.measured.map((m) => [m.claim, m.seed, m.mean])).toEqual([['reciprocity-capability', 2, 0.0006], ['calibration-japan', 2, 1700]]);
    expect(run.effects).toHaveLength(1);
  });

  it('reports every claim of the registry with its class, quote, assumptions, seeds and measured effects', () => {
    const report = renderEvidence([parseSuiteOutput(1, 0, output(1, true)), parseSuiteOutput(2, 1, output(2, false))], 'provenance line');
    for (const c of CLAIMS) {
      expect(report).toContain(`### ${c.id}: ${c.class.toUpperCase()}`);
      if (c.fairReading) expect(report).toContain(`**Why this reads the sentence fairly.** ${c.fairReading}`);
      expect(report).toContain(c.quote);
      for (const a of c.assumptions) expect(report).toContain(`- ${a}`);
    }
    expect(report).toContain('| reciprocity-capability | emergent | 000 | 1: holds, 2: fails |');
    expect(report).toContain('**Checked on.** seed 1: 1 of 1 tests pass; seed 2: fails 1 of 1: at equal volume, two-way flows raise capability.');
    expect(report).toContain('| capability at local, two-way minus one-way-up | 2 | 0.000600 | 0.000200 to 0.00100 | 10 |');
    expect(report).toContain('| national officials in local government | 1 | 1700.0 | no interval (one replicate) | 10 |');
    // A claim whose tests did not run says so rather than passing.
    expect(report).toContain('| commitment | structural | 002 | 1: not run, 2: not run |');
    expect(report).toContain('## Checks that belong to no claim');
  });

  it('reports an it.fails test as a known failure, not as holding and not as failing, and lists untested claims with their reason', () => {
    const name = 'a poor view of local government as a destination means markedly fewer secondments into it';
    const line = `   ✓ test/validation/inhibitions.test.ts > ${claimTitle('local-destination')} > ${name} 2ms`;
    const run = parseSuiteOutput(1, 0, line, new Set([name]));
    expect(run.outcomes).toEqual([{ file: 'inhibitions.test.ts', name: `${claimTitle('local-destination')} > ${name}`, passed: true, knownFailure: true }]);
    expect(evidenceExitCode([run])).toBe(0);
    expect(evidenceExitCode([parseSuiteOutput(1, 1, line.replace('✓', '×'), new Set([name]))])).toBe(1);
    const report = renderEvidence([run], 'provenance line');
    expect(report).toContain('| local-destination | structural | 002 | 1: known failure |');
    expect(report).toContain('1 of them a known failure recorded with it.fails');
    // An it.fails test that starts passing is reported by vitest as failed: the claim then fails until the test is made plain.
    expect(parseSuiteOutput(1, 1, line.replace('✓', '×'), new Set([name])).outcomes[0]).toMatchObject({ passed: false, knownFailure: false });
    const untested = CLAIMS.find((c) => c.class === 'untested')!;
    expect(report).toContain(`### ${untested.id}: UNTESTED`);
    expect(report).toContain(`**Not tested, because.** ${untested.measure}.`);
    expect(report).toContain(`| ${untested.id} | untested | ${untested.source} | 1: untested |`);
  });

  it('refuses seeds that are not whole numbers, before running anything', async () => {
    const r = await capflow(['evidence', '--seeds', '1,two']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--seeds must be comma-separated whole numbers, got "1,two"');
  });
});
