import { describe, expect, it } from 'vitest';
import { applySets } from '../../sim/scenario/setPath.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import { scenarioJsonSchema } from '../../sim/scenario/schema.ts';
import { buildCatalogue, prepareSide } from '../../viz/catalogue.ts';
import { currentValue, labelOf, settingsOf, type NumberSetting, type SchemaNode } from '../../sim/scenario/settings.ts';
import { shippedScenarioFiles } from './scenarioFiles.ts';

const schema = scenarioJsonSchema() as SchemaNode;
const catalogue = buildCatalogue(shippedScenarioFiles());
const uk = prepareSide(catalogue, { source: { kind: 'shipped', id: 'uk-2026-regional' }, sets: {} });
const settings = settingsOf(schema, uk.loaded);
const byPath = new Map(settings.map((s) => [s.path, s]));

describe('settingsOf', () => {
  it('reads a parameter\'s description, unit, range, default and provenance from the schema', () => {
    expect(byPath.get('funding.cycleMonths')).toEqual({
      kind: 'number', path: 'funding.cycleMonths', section: ['funding'], key: 'cycleMonths',
      description: 'Length of a funding cycle', unit: 'months', min: 1, max: 240, integer: true,
      default: 12, defaultSource: 'MHCLG: annual settlements', defaultAssumption: undefined,
    });
  });

  it('includes instrument switches and selection modes, and parameters without defaults', () => {
    expect(byPath.get('programme.instruments.secondment.enabled')).toMatchObject({ kind: 'boolean', options: [true, false], default: true });
    expect(byPath.get('programme.instruments.exchange.selection')).toMatchObject({ kind: 'enum', options: ['voluntary', 'orchestrated'] });
    expect(byPath.get('tiers.local.leavingRatePerYear')).toMatchObject({ kind: 'number', unit: 'per year', min: 0, max: 1 });
    expect((byPath.get('tiers.local.leavingRatePerYear') as NumberSetting).default).toBeUndefined();
  });

  it('leaves out plain numbers that --set cannot edit, and the run identity', () => {
    for (const path of ['seed', 'replicates', 'programme.instruments.secondment.calendarMonth', 'programme.instruments.secondment.minGrade', 'name', 'start']) {
      expect(byPath.has(path), path).toBe(false);
    }
  });

  it('follows the organisations branch the scenario uses', () => {
    const generated = settingsOf(schema, { organisations: { mode: 'generate' } });
    const listed = settingsOf(schema, { organisations: { mode: 'list' } });
    expect(generated.some((s) => s.path === 'organisations.local.totalStaff')).toBe(true);
    expect(listed.some((s) => s.path.startsWith('organisations.'))).toBe(false);
  });

  it('gives only paths that --set accepts: every setting set to its own value still validates', () => {
    expect(settings.length).toBeGreaterThan(150);
    const input = structuredClone(uk.input!);
    const sets = settings.map((s) => `${s.path}=${String(currentValue(uk.loaded, s.path))}`);
    expect(applySets(input, sets, 'test')).toEqual([]);
    expect(validateScenario('round-trip', input).problems).toEqual([]);
  });
});

describe('labelOf', () => {
  it('turns schema keys into words', () => {
    expect(labelOf('cycleMonths')).toBe('Cycle months');
    expect(labelOf('centralToLocal')).toBe('Central to local');
  });
});
