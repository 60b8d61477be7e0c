import { scenarioJsonSchema } from '../../sim/scenario/schema.ts';
import { collapseVariants } from './collapseVariants.ts';
import { walkSchema, type SchemaNode, type SchemaRows } from './schemaWalk.ts';

/** Parameters and settings of the scenario schema, variants collapsed, as the documents show them. */
export function scenarioRows(): SchemaRows {
  const rows = walkSchema(scenarioJsonSchema() as SchemaNode);
  return { parameters: collapseVariants(rows.parameters), settings: collapseVariants(rows.settings) };
}
