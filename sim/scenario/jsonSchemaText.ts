import { scenarioJsonSchema } from './schema.ts';

/** The JSON Schema as committed and printed: stable key order, two-space indent, final newline. */
export function scenarioJsonSchemaText(): string {
  const schema = { ...scenarioJsonSchema(), title: 'capflow scenario', $id: 'https://capflow.invalid/scenario.schema.json' };
  return JSON.stringify(schema, null, 2) + '\n';
}
