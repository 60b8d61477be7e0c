// Regenerates the JSON Schemas from the zod schemas (the one definition of a scenario, and of a
// targets file, and of an experiment file). `npm run schema:write`; test/schema fails when a committed file is stale.
import { writeFileSync } from 'node:fs';
import { targetsJsonSchemaText } from '../sim/calibration/targetsJsonSchemaText.ts';
import { experimentJsonSchemaText } from '../sim/runDesign/experimentJsonSchemaText.ts';
import { scenarioJsonSchemaText } from '../sim/scenario/jsonSchemaText.ts';

writeFileSync('scenarios/schema/scenario.schema.json', scenarioJsonSchemaText());
console.log('wrote scenarios/schema/scenario.schema.json');
writeFileSync('targets/schema/targets.schema.json', targetsJsonSchemaText());
console.log('wrote targets/schema/targets.schema.json');
writeFileSync('experiments/schema/experiment.schema.json', experimentJsonSchemaText());
console.log('wrote experiments/schema/experiment.schema.json');
