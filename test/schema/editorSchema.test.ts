import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

/**
 * The committed schema as an editor sees it, checked by an independent validator (Ajv), not by
 * zod: what it accepts and refuses is what VS Code and other editors show.
 */
const schema = JSON.parse(readFileSync('scenarios/schema/scenario.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
// capflow's annotations on parameters; annotations only, they validate nothing.
ajv.addVocabulary(['unit', 'source', 'assumption']);
const validate = ajv.compile(schema);

const errors = (file: unknown) => (validate(file) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const jsonIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
const tiny = () => read('test/fixtures/commands/tiny-generated.json');

describe('the editor schema, checked by an independent validator', () => {
  it('declares JSON Schema 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  const shipped = [...jsonIn('scenarios'), ...jsonIn('scenarios/base')];
  it('sees all 10 shipped scenarios and 5 bases', () => {
    expect(shipped).toHaveLength(15);
  });

  it.each(shipped)('accepts %s, though it leaves what it extends unsaid', (path) => {
    expect(errors(read(path))).toEqual([]);
  });

  it('accepts a complete scenario that extends nothing', () => {
    expect(errors(tiny())).toEqual([]);
  });

  it('flags an unknown key, wherever it is', () => {
    expect(errors({ name: 'x', funding: { cycleMonth: 12 } })).toContain('/funding must NOT have additional properties');
    expect(errors({ name: 'x', regions: [{ name: 'North', wieght: 2 }] })).toContain('/regions/0 must NOT have additional properties');
  });

  it('flags a wrong type', () => {
    expect(errors({ name: 'x', years: 'ten' })).toContain('/years must be integer');
    expect(errors({ name: 'x', regions: { name: 'North' } })).toContain('/regions must be array');
  });

  it('flags a value out of range, bare or with its provenance', () => {
    expect(errors({ name: 'x', funding: { renewalProbability: 2 } })).toContain('/funding/renewalProbability must be <= 1');
    expect(errors({ name: 'x', funding: { renewalProbability: { value: -1, source: 's' } } })).toContain('/funding/renewalProbability/value must be >= 0');
    expect(errors({ name: 'x', start: '9999-12' })).toContain('/start must match pattern "^(19\\d\\d|2[01]\\d\\d|2200)-(0[1-9]|1[0-2])$"');
  });

  it('flags a title with a newline', () => {
    expect(errors({ name: 'x', title: 'England\ntouch ~/pwned' }).some((e) => e.startsWith('/title must match pattern'))).toBe(true);
  });

  it('still requires what a file cannot inherit: items of lists, a parameter object\'s value, a name beside extends', () => {
    expect(errors({ name: 'x', regions: [{ london: true }] })).toContain("/regions/0 must have required property 'name'");
    expect(errors({ name: 'x', funding: { cycleMonths: { source: 'MHCLG' } } })).toContain("/funding/cycleMonths must have required property 'value'");
    expect(errors({ extends: 'base/uk.json' })).toContain("/ must have property name when property extends is present");
  });

  it('flags a listed organisation of an unknown tier, and an organisations form that fits neither', () => {
    const listed = { mode: 'list', list: [{ name: 'a', tier: 'county', region: 'North', establishment: 10 }] };
    expect(errors({ name: 'x', organisations: listed })).toContain('/organisations/list/0/tier must be equal to one of the allowed values');
    expect(errors({ name: 'x', organisations: { mode: 'list', central: { count: 3 } } })).not.toEqual([]);
  });
});
