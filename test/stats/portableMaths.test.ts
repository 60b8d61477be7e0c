import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Engines may round Math.log, exp, sin, pow … differently in the last bit (V8 versions do), and
// summary.csv and compare.csv print 17 significant digits. The statistics must therefore use the
// plain-arithmetic functions of sim/math/portable.ts, which every engine rounds alike.
const ENGINE_FUNCTIONS = ['log', 'log1p', 'log2', 'log10', 'exp', 'expm1', 'pow', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'cbrt', 'hypot'] as const;
const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The sources of every number summary.csv, compare.csv and sensitivity.csv print: the statistics
 * and run identities under sim/, and the CLI files that turn running moments into intervals,
 * summaries and indices (the CLI's other files only count, name and move files).
 */
const SCANNED_FOLDERS = ['sim/stats', 'sim/runDesign', 'sim/output'];
const CSV_NUMBER_FILES = ['cli/experimentRunner/parseVary.ts', 'cli/experimentRunner/intervals.ts', 'cli/experimentRunner/summaries.ts', 'cli/experimentRunner/collectSummary.ts', 'cli/experimentRunner/sensitivityOutput.ts', 'cli/experimentRunner/rows.ts'];
const SCANNED_FILES = [
  ...SCANNED_FOLDERS.flatMap((folder) => readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.ts')).map((f) => `${folder}/${f}`)),
  ...CSV_NUMBER_FILES,
];

/** The next double above x: what an engine that rounds the other way would return. */
function nextUp(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += x > 0 ? 1n : -1n;
  return new Float64Array(bits.buffer)[0];
}

/** Every statistic that reaches a CSV, as the strings the writers print. */
async function statistics(): Promise<string[]> {
  // Fresh modules, so tQuantile's memo holds nothing computed under the other engine.
  vi.resetModules();
  const stats = await import('../../sim/stats/index.ts');
  const a = [0.61, 0.64, 0.58, 0.66, 0.62];
  const b = [0.67, 0.69, 0.6, 0.73, 0.66];
  const out: number[] = [];
  for (const df of [1, 2, 4, 9, 3.7, 29, 1e6]) for (const p of [0.6, 0.9, 0.975, 0.995, 1 - 1e-9]) out.push(stats.tQuantile(p, df));
  for (const p of [1e-10, 0.01, 0.025, 0.3, 0.975]) out.push(stats.normalQuantile(p));
  for (const x of [0.2, 1.5, 7.25, 40]) out.push(stats.logGamma(x));
  for (const t of [0.1, 1.3, 4]) out.push(stats.studentTUpperTail(t, 4), stats.studentTDensity(t, 4));
  out.push(stats.regularizedIncompleteBeta(0.3, 2.5, 0.5));
  out.push(...Object.values(stats.summarise(a)));
  const d = stats.pairedDifference(a, b);
  out.push(d.ciLow, d.ciHigh, d.pValue, d.unpaired.df, d.unpaired.halfWidth, d.halfWidthRatio);
  out.push(stats.replicatesNeeded(0.05, 0.01), stats.ishigami(1, 2, 3));
  return out.map(String);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('statistics in every engine', () => {
  it('give the same bits when the engine rounds Math.log, exp, sin, pow … one ulp up', async () => {
    const reference = await statistics();
    for (const name of ENGINE_FUNCTIONS) {
      const original = Math[name] as (...args: number[]) => number;
      vi.spyOn(Math, name).mockImplementation((...args: number[]) => nextUp(original(...args)));
    }
    expect(Math.log(10)).not.toBe(Math.LN10);
    expect(await statistics()).toEqual(reference);
  });

  it('come from sources that call no engine transcendental function: the statistics, and the CLI files that compute numbers for a CSV', () => {
    const call = new RegExp(`Math\\.(${ENGINE_FUNCTIONS.join('|')})\\b|[\\w)\\]]\\s*\\*\\*\\s*[\\w(]`);
    const offenders: string[] = [];
    for (const file of SCANNED_FILES) {
      readFileSync(join(ROOT, file), 'utf8').split('\n').forEach((line, i) => {
        if (call.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
