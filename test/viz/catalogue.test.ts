import { describe, expect, it } from 'vitest';
import { buildCatalogue, PLAYGROUND_ORIGIN, prepareSide } from '../../viz/catalogue.ts';
import { joinScenarioPath, scenarioId } from '../../viz/scenarioPath.ts';
import { shippedScenarioFiles } from './scenarioFiles.ts';

const catalogue = buildCatalogue(shippedScenarioFiles());

describe('catalogue of shipped scenarios', () => {
  it('offers the runnable scenarios, the regional pair among them, and not the bases they extend', () => {
    const ids = catalogue.entries.map((e) => e.id);
    expect(ids).toContain('uk-2026-regional');
    expect(ids).toContain('japan-regional');
    expect(ids.some((id) => id.startsWith('base/'))).toBe(false);
    const regional = catalogue.entries.find((e) => e.id === 'uk-2026-regional')!;
    expect(regional.officials).toBeLessThan(100_000);
  });

  it('resolves paths as the CLI does', () => {
    expect(joinScenarioPath('/scenarios/uk-2026.json', 'base/uk-2026.json')).toBe('/scenarios/base/uk-2026.json');
    expect(joinScenarioPath('/scenarios/base/uk-2026.json', '../x.json')).toBe('/scenarios/x.json');
    expect(scenarioId('/scenarios/uk-2026-regional.json')).toBe('uk-2026-regional');
  });
});

describe('prepareSide', () => {
  it('applies edits as --set does, marking them as set in the playground', () => {
    const p = prepareSide(catalogue, { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: { 'funding.renewalProbability': '0.9' } });
    expect(p.editProblems).toEqual([]);
    expect(p.loaded!.funding.renewalProbability.value).not.toBe(0.9);
    expect(p.scenario!.funding.renewalProbability).toEqual({ value: 0.9, changes: [], assumption: PLAYGROUND_ORIGIN, source: undefined });
  });

  it('reports an edit out of range by its JSON path and keeps the loaded scenario', () => {
    const p = prepareSide(catalogue, { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: { 'funding.renewalProbability': '3' } });
    expect(p.scenario).toBeUndefined();
    expect(p.loaded).toBeDefined();
    expect(p.editProblems.map((x) => x.path)).toEqual(['$.funding.renewalProbability.value']);
  });

  it('loads an uploaded file that extends a shipped one by a path relative to scenarios/', () => {
    const text = JSON.stringify({ extends: 'japan-regional.json', name: 'mine', years: 2 });
    const p = prepareSide(catalogue, { source: { kind: 'file', name: 'mine.json', text }, sets: {} });
    expect(p.fileProblems).toEqual([]);
    expect(p.scenario!.name).toBe('mine');
    expect(p.scenario!.years.value).toBe(2);
  });

  it('refuses a broken file with every problem listed by JSON path', () => {
    const text = JSON.stringify({ extends: 'japan-regional.json', name: 'broken', years: 500, funding: { cycleMonths: 'annual', bogus: 1 } });
    const p = prepareSide(catalogue, { source: { kind: 'file', name: 'broken.json', text }, sets: {} });
    expect(p.loaded).toBeUndefined();
    expect(p.fileProblems.map((x) => x.path).sort()).toEqual(['$.funding.bogus', '$.funding.cycleMonths', '$.years']);
    const syntax = prepareSide(catalogue, { source: { kind: 'file', name: 'bad.json', text: '{"name": "x",,}' }, sets: {} });
    expect(syntax.fileProblems[0].path).toMatch(/^line 1, column \d+$/);
  });
});
