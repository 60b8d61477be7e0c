import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { targetsJsonSchemaText } from '../../sim/calibration/targetsJsonSchemaText.ts';
import { scenarioJsonSchemaText } from '../../sim/scenario/jsonSchemaText.ts';

describe('the committed JSON Schema', () => {
  it('is exactly what the zod schema generates (run `npm run schema:write` after changing the schema)', () => {
    expect(readFileSync('scenarios/schema/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('of targets files is exactly what the zod schema generates too', () => {
    expect(readFileSync('targets/schema/targets.schema.json', 'utf8')).toBe(targetsJsonSchemaText());
  });

  it('describes parameters with their units and ranges', () => {
    const schema = JSON.parse(scenarioJsonSchemaText());
    const cycle = schema.properties.funding.properties.cycleMonths;
    expect(cycle.unit).toBe('months');
    expect(cycle.anyOf[0]).toMatchObject({ type: 'integer', minimum: 1, maximum: 240 });
  });
});

describe('the committed JSON Schema of experiment files', () => {
  it('is exactly what the zod schema generates (run `npm run schema:write` after changing it)', async () => {
    const { experimentJsonSchemaText } = await import('../../sim/runDesign/experimentJsonSchemaText.ts');
    expect(readFileSync('experiments/schema/experiment.schema.json', 'utf8')).toBe(experimentJsonSchemaText());
  });
});
