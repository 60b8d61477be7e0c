import { experimentFileJsonSchema } from './experimentFileSchema.ts';

/** The JSON Schema of experiment files as committed (experiments/schema/experiment.schema.json): stable key order, two-space indent, final newline. */
export function experimentJsonSchemaText(): string {
  const schema = {
    ...experimentFileJsonSchema(),
    title: 'capflow experiment',
    description: 'An experiment file for `capflow experiment`: what a run, compare, sweep, sensitivity or discover command line says, as data. Paths are relative to the file.',
    $id: 'https://capflow.invalid/experiment.schema.json',
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
