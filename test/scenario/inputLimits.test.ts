import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateOfTick } from '../../sim/model/compile.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../sim/scenario/limits.ts';
import { validateScenario } from '../../sim/scenario/resolve.ts';
import { scenarioJsonSchema } from '../../sim/scenario/schema.ts';

const tiny = () => JSON.parse(readFileSync('test/fixtures/commands/tiny-generated.json', 'utf8')) as Record<string, any>;
const problems = (input: Record<string, unknown>) => validateScenario('tiny.json', input).problems.map((p) => `${p.path}: ${p.message}`);
const CONTROL = 'control characters, line or paragraph separators and bidi controls are not allowed (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029, U+202A–U+202E, U+2066–U+2069)';

describe('dates', () => {
  it.each(['0000-01', '9999-12', '1899-12', '2201-01', '20260-04', '226-04'])('refuses a start of %s', (start) => {
    expect(problems({ ...tiny(), start })).toEqual(['$.start: expected a month as "YYYY-MM" from 1900-01 to 2200-12']);
  });

  it('accepts the first and last months of the range', () => {
    expect(problems({ ...tiny(), start: '1900-01' })).toEqual([]);
    expect(problems({ ...tiny(), start: '2200-12' })).toEqual([]);
  });

  it('refuses a dated change outside the range', () => {
    const input = tiny();
    input.funding = { cycleMonths: { value: 12, source: 's', changes: [{ at: '10000-01', value: 36, source: 's' }] } };
    expect(problems(input)).toEqual(['$.funding.cycleMonths.changes[0].at: expected a month as "YYYY-MM" from 1900-01 to 2200-12']);
  });

  it('keeps every date a run can write to four digits, warm-up included', () => {
    const schema = scenarioJsonSchema() as any;
    const maxYears = schema.properties.years.anyOf[0].maximum;
    const maxWarmUp = schema.properties.warmUpYears.anyOf[0].maximum;
    expect([FIRST_YEAR, LAST_YEAR, maxYears, maxWarmUp]).toEqual([1900, 2200, 50, 20]);
    expect(dateOfTick(`${LAST_YEAR}-12`, maxYears * 12)).toBe('2250-12');
    expect(dateOfTick(`${FIRST_YEAR}-01`, -maxWarmUp * 12)).toBe('1880-01');
  });
});

describe('text fields', () => {
  it('refuses a title whose newline would end a comment in a copied shell command', () => {
    expect(problems({ ...tiny(), title: 'England\ntouch ~/pwned\n#' })).toEqual([`$.title: ${CONTROL}`]);
  });

  it.each([
    ['a tab', '\t'],
    ['a carriage return', '\r'],
    ['NUL', '\u0000'],
    ['DEL', '\u007f'],
    ['a C1 control', '\u0085'],
    ['a line separator', '\u2028'],
    ['a paragraph separator', '\u2029'],
    ['a right-to-left override', '\u202e'],
    ['a first-strong isolate', '\u2068'],
    ['a pop directional isolate', '\u2069'],
  ])('refuses %s in a description', (_, ch) => {
    expect(problems({ ...tiny(), description: `a${ch}b` })).toEqual([`$.description: ${CONTROL}`]);
  });

  it('accepts letters of any script, dashes and emoji', () => {
    expect(problems({ ...tiny(), title: 'Kumamoto 熊本県 – 2026 ✓', description: 'Ōita, Zürich, العربية, 🚆' })).toEqual([]);
  });

  it('refuses control characters in region names, listed organisations, links and provenance', () => {
    const input = tiny();
    input.regions[1].name = 'North\tEast';
    input.funding = { cycleMonths: { value: 12, source: 'MHCLG\u202e', changes: [{ at: '2027-04', value: 24, assumption: 'x\u2066' }] } };
    input.organisations = {
      mode: 'list',
      list: [{ name: '=HYPERLINK("x")\t', tier: 'central', region: 'London', establishment: 10, source: 'a\nb' }],
      links: [['a\u0000', 'b']],
    };
    expect(problems(input)).toEqual([
      `$.regions[1].name: ${CONTROL}`,
      `$.organisations.list[0].name: ${CONTROL}`,
      `$.organisations.list[0].source: ${CONTROL}`,
      `$.organisations.links[0][0]: ${CONTROL}`,
      `$.funding.cycleMonths.source: ${CONTROL}`,
      `$.funding.cycleMonths.changes[0].assumption: ${CONTROL}`,
    ]);
  });

  it('refuses a scenario name of more than 64 characters, since it names output folders', () => {
    expect(problems({ ...tiny(), name: 'a'.repeat(64) })).toEqual([]);
    expect(problems({ ...tiny(), name: 'a'.repeat(65) })).toEqual(['$.name: Too big: expected string to have <=64 characters']);
  });

  it('refuses a title of more than 200 characters and a description of more than 20,000', () => {
    expect(problems({ ...tiny(), title: 'x'.repeat(200), description: 'x'.repeat(20_000) })).toEqual([]);
    expect(problems({ ...tiny(), title: 'x'.repeat(201), description: 'x'.repeat(20_001) })).toEqual([
      '$.title: Too big: expected string to have <=200 characters',
      '$.description: Too big: expected string to have <=20000 characters',
    ]);
  });
});

describe('list lengths', () => {
  it('takes up to 1,000 regions and refuses more', () => {
    const regions = (n: number) => Array.from({ length: n }, (_, i) => ({ name: i === 0 ? 'London' : i === 1 ? 'North' : `r${i}`, london: i === 0 }));
    expect(problems({ ...tiny(), regions: regions(1000) })).toEqual([]);
    expect(problems({ ...tiny(), regions: regions(1001) })).toEqual(['$.regions: Too big: expected array to have <=1000 items']);
  });

  it('refuses more than 600 dated changes of one parameter', () => {
    const input = tiny();
    const changes = Array.from({ length: 601 }, () => ({ at: '2027-01', value: 12, assumption: 'x' }));
    input.funding = { cycleMonths: { value: 12, source: 's', changes } };
    expect(problems(input)).toEqual(['$.funding.cycleMonths.changes: Too big: expected array to have <=600 items']);
  });

  it('refuses more than 20,000 listed organisations and 200,000 links', () => {
    const input = tiny();
    const org = { name: 'a', tier: 'central', region: 'London', establishment: 1 };
    input.organisations = { mode: 'list', list: Array.from({ length: 20_001 }, () => org), links: Array.from({ length: 200_001 }, () => ['a', 'a']) };
    const found = validateScenario('tiny.json', input).problems.map((p) => `${p.path}: ${p.message}`);
    expect(found).toEqual(['$.organisations.list: Too big: expected array to have <=20000 items', '$.organisations.links: Too big: expected array to have <=200000 items']);
  });

  it('refuses a region weight above 10¹⁰, so sums of weights stay finite', () => {
    const input = tiny();
    input.regions[1].weight = 1e308;
    expect(problems(input)).toEqual(['$.regions[1].weight: Too big: expected number to be <=10000000000']);
  });
});
