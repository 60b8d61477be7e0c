import { describe, expect, it } from 'vitest';
import { buildCatalogue, prepareSide } from '../../viz/catalogue.ts';
import { changeMarkers, datedChanges } from '../../viz/data/datedChanges.ts';
import { shippedScenarioFiles } from './scenarioFiles.ts';

describe('dated changes for the time-axis markers', () => {
  const catalogue = buildCatalogue(shippedScenarioFiles());
  const uk = prepareSide(catalogue, { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: {} }).input!;

  it('finds England 2026\'s combined-authority demand steps at 2027-04 and 2028-04, with their stated assumptions', () => {
    const changes = datedChanges('a', uk);
    const demand = changes.filter((c) => c.at === '2027-04' && c.note.includes('first wave of new strategic-authority duties'));
    expect(demand.length).toBeGreaterThan(0);
    expect(changes.some((c) => c.at === '2028-04' && c.note === 'assumption: second wave of new strategic-authority duties')).toBe(true);
    expect(changes.map((c) => c.at)).toEqual([...changes.map((c) => c.at)].sort());
  });

  it('groups changes of one month into one marker naming side, parameter, new value and provenance', () => {
    const markers = changeMarkers([
      { side: 'a', at: '2027-04', path: 'tiers.combined.demand', value: 0.7, note: 'assumption: first wave' },
      { side: 'b', at: '2027-04', path: 'funding.cycleMonths', value: 36, note: 'source: MHCLG' },
      { side: 'a', at: '2028-04', path: 'tiers.combined.demand', value: 0.8, note: 'assumption: second wave' },
    ]);
    expect(markers).toEqual([
      { at: '2027-04', text: '2027-04: A: tiers.combined.demand → 0.7 (assumption: first wave)\nB: funding.cycleMonths → 36 (source: MHCLG)' },
      { at: '2028-04', text: '2028-04: A: tiers.combined.demand → 0.8 (assumption: second wave)' },
    ]);
  });

  it('falls back to the parameter\'s provenance when a change gives none', () => {
    const input = { funding: { cycleMonths: { value: 12, source: 'the file', changes: [{ at: '2030-01', value: 24 }] } } };
    expect(datedChanges('b', input)).toEqual([{ side: 'b', at: '2030-01', path: 'funding.cycleMonths', value: 24, note: 'source: the file' }]);
  });
});
