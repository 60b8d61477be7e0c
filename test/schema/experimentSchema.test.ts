import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseExperimentFile } from '../../sim/runDesign/parseExperimentFile.ts';

/** The committed experiment schema as an editor sees it, checked by an independent validator (Ajv), not by zod. */
const schema = JSON.parse(readFileSync('experiments/schema/experiment.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const errors = (file: unknown) => (validate(file) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
const shipped = readdirSync('experiments').filter((f) => f.endsWith('.json')).map((f) => join('experiments', f));

describe('the experiment files shipped in experiments/', () => {
  it('include the README\'s example', () => {
    expect(shipped).toContain('experiments/secondment-length.json');
  });

  it.each(shipped)('%s is accepted by the editor schema and by capflow', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(errors(JSON.parse(text))).toEqual([]);
    expect(parseExperimentFile(path, text).problems).toEqual([]);
  });

  it('is the README\'s example, as it is shown there', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = JSON.parse(/### Experiments as files[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]);
    const { description, ...file } = JSON.parse(readFileSync('experiments/secondment-length.json', 'utf8'));
    expect(typeof description).toBe('string');
    expect(shown).toEqual(file);
  });
});

describe('the editor schema of experiment files', () => {
  it('flags an unknown key and a design that does not exist', () => {
    expect(errors({ kind: 'sweep', scenarios: ['a.json'], replicate: 2 })).toContain('/ must NOT have additional properties');
    expect(errors({ kind: 'sweep', scenarios: ['a.json'], design: { type: 'factorial' } }).length).toBeGreaterThan(0);
  });
});
