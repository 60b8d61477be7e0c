// Regenerates scenarios/schema/scenario.schema.json from the zod schema (the one definition of a
// scenario). `npm run schema:write`; test/schema fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../sim/scenario/jsonSchemaText.ts';

writeFileSync('scenarios/schema/scenario.schema.json', scenarioJsonSchemaText());
console.log('wrote scenarios/schema/scenario.schema.json');
