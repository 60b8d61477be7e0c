import { targetsJsonSchema } from './targetsSchema.ts';

/** The JSON Schema of a targets file as committed (targets/schema/targets.schema.json): stable key order, two-space indent, final newline. */
export function targetsJsonSchemaText(): string {
  const schema = {
    ...targetsJsonSchema(),
    title: 'capflow calibration targets',
    description: 'Published figures a scenario should reproduce, each with its uncertainty, the model discrepancy allowed and its source.',
    $id: 'https://capflow.invalid/targets.schema.json',
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
