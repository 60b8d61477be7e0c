import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../cli/experimentRunner/loadInput.ts';
import { planSensitivity } from '../../cli/experimentRunner/plan.ts';
import { METRICS } from '../../sim/model/metrics.ts';
import { parseVary } from '../../cli/experimentRunner/parseVary.ts';
import { formatProblem } from '../../sim/scenario/problems.ts';
import { renderEvidence } from '../../docs/render/renderEvidence.ts';

/** The `capflow <command> ...` lines of the document's shell blocks, split into words. */
function commands(markdown: string, command: string): string[][] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks
    .flatMap((b) => b.replace(/\\\n/g, ' ').split('\n'))
    .map((l) => l.trim().split(/\s+/))
    .filter((w) => w[0] === 'capflow' && w[1] === command);
}

function option(words: string[], name: string): string | undefined {
  const i = words.indexOf(name);
  return i >= 0 ? words[i + 1] : undefined;
}

function options(words: string[], name: string): string[] {
  return words.flatMap((w, i) => (w === name ? [words[i + 1]] : []));
}

describe('docs/evidence.md', () => {
  const committed = readFileSync('docs/evidence.md', 'utf8');

  it('is exactly what the template and the schema generate (run `npx tsx scripts/writeDocs.ts` after changing either)', () => {
    expect(committed).toBe(renderEvidence());
  });

  const sensitivity = commands(committed, 'sensitivity');

  it('suggests sensitivity analyses', () => {
    expect(sensitivity.length).toBeGreaterThanOrEqual(5);
  });

  it.each(sensitivity.map((w) => [w[2], w] as const))('suggests a sensitivity analysis of %s that plans without problems', (file, words) => {
    expect(existsSync(file)).toBe(true);
    const { loaded, problems } = loadInput(file, []);
    expect(problems.map(formatProblem)).toEqual([]);
    const { factors, problems: varyProblems } = parseVary(options(words, '--vary'));
    expect(varyProblems.map(formatProblem)).toEqual([]);
    const [metric, group] = (option(words, '--metric') ?? 'outcomes:local').split(':');
    expect(Object.keys(METRICS)).toContain(metric);
    const method = option(words, '--method') as 'morris' | 'sobol';
    const samples = Number(option(words, '--samples'));
    const ticks = loaded!.scenario.years.value * 12;
    const planned = planSensitivity(loaded!, factors, method, samples, { metric, group, tick: ticks }, 1, 1);
    expect(planned.problems.map(formatProblem)).toEqual([]);
  });

  it.each(commands(committed, 'compare').map((w) => [w.slice(2).join(' '), w] as const))('suggests a comparison that loads: %s', (_, words) => {
    const files = words.slice(2).filter((w, i, all) => w.endsWith('.json') && !all[i - 1]?.startsWith('--'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(loadInput(file, options(words, '--set')).problems.map(formatProblem)).toEqual([]);
  });
});
