import { describe, expect, it } from 'vitest';
import { isParam } from '../../sim/model/compile.ts';
import { scenarioJsonSchema } from '../../sim/scenario/schema.ts';
import { collapseVariants } from '../../docs/render/collapseVariants.ts';
import { docCommentOf, firstSentence } from '../../docs/render/docComment.ts';
import { walkSchema, type SchemaNode } from '../../docs/render/schemaWalk.ts';
import { loadFixture } from '../kernel/helpers.ts';

/** Dotted paths of every resolved parameter in a scenario. */
function paramPaths(v: unknown, path = ''): string[] {
  if (isParam(v)) return [path];
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => paramPaths(x, path ? `${path}.${k}` : k));
}

describe('the schema walk behind the parameter tables', () => {
  const rows = walkSchema(scenarioJsonSchema() as SchemaNode);

  it('finds exactly the parameters a resolved generated scenario has', () => {
    const walked = rows.parameters.filter((p) => !p.condition || p.condition === 'organisations.mode = generate').map((p) => p.path);
    expect(walked.sort()).toEqual(paramPaths(loadFixture('generated')).sort());
  });

  it('reads unit, range, default and provenance from the node', () => {
    expect(rows.parameters.find((p) => p.path === 'funding.cycleMonths')).toEqual({
      path: 'funding.cycleMonths', description: 'Length of a funding cycle', unit: 'months', min: 1, max: 240, integer: true,
      default: 12, source: 'MHCLG: annual settlements',
    });
    expect(rows.parameters.find((p) => p.path === 'tiers.local.leavingRatePerYear')?.default).toBeUndefined();
  });

  it('documents the organisations union by its mode', () => {
    expect(rows.settings.find((s) => s.path === 'organisations.mode')?.type).toBe('`generate` | `list`');
    expect(rows.parameters.find((p) => p.path === 'organisations.local.count')?.condition).toBe('organisations.mode = generate');
  });
});

describe('collapsing variants', () => {
  const row = (path: string, description: string, d = 0) => ({ path, description, d });

  it('merges rows that differ only by a tier, ending descriptions with the placeholder', () => {
    expect(collapseVariants([row('tiers.central.x', 'X: central'), row('tiers.combined.x', 'X: combined'), row('tiers.local.x', 'X: local')]))
      .toEqual([row('tiers.<tier>.x', 'X: <tier>')]);
  });

  it('keeps apart variants that differ otherwise, and names a partial set', () => {
    expect(collapseVariants([row('i.secondment.m', 'M', 12), row('i.attachment.m', 'M', 1), row('i.exchange.m', 'M', 12)]))
      .toEqual([row('i.{secondment, exchange}.m', 'M', 12), row('i.attachment.m', 'M', 1)]);
  });

  it('does not touch a variant word inside a description', () => {
    const rows = [row('o.central.s', 'London share (central tier)'), row('o.combined.s', 'London share (central tier)'), row('o.local.s', 'London share (central tier)')];
    expect(collapseVariants(rows)).toEqual([row('o.<tier>.s', 'London share (central tier)')]);
  });
});

describe('phase summaries', () => {
  it('find the doc comment across a guard statement', () => {
    const source = '/** Learns. Then forgets. */\n// unrolled\nif (K !== 4) throw new Error();\n\nexport function learningPhase(w) {}\n';
    expect(docCommentOf(source, 'learningPhase')).toBe('Learns. Then forgets.');
  });

  it('do not take the doc comment of another declaration', () => {
    expect(docCommentOf('/** A constant. */\nconst x = 1;\nexport function f() {}\n', 'f')).toBeUndefined();
  });

  it('end the first sentence after closing quotes and brackets', () => {
    expect(firstSentence('Funding cycles (000: "slowed by short cycles"). At each boundary...')).toBe('Funding cycles (000: "slowed by short cycles").');
    expect(firstSentence('See docs/ODD.md §3, processes 2 and 3, in order.')).toBe('See docs/ODD.md §3, processes 2 and 3, in order.');
  });
});
