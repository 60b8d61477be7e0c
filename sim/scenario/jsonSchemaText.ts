import { fileSchema } from './fileSchema.ts';
import { scenarioJsonSchema } from './schema.ts';

/**
 * The JSON Schema editors validate scenario files with, as committed and printed: the schema of
 * one file (which may leave to the file it extends what it does not change), with stable key
 * order, two-space indent and a final newline.
 */
export function scenarioJsonSchemaText(): string {
  const schema = {
    ...fileSchema(scenarioJsonSchema()),
    title: 'capflow scenario',
    description:
      'One scenario file. Keys a file may take from the file it extends are not required here; `capflow validate` checks the merged scenario is complete.',
    $id: 'https://capflow.invalid/scenario.schema.json',
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
