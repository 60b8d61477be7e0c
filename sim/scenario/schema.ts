import { z } from 'zod';
import { Careers, Context, Funding, Learning, Outcomes, Ties } from './mechanicsSchema.ts';
import { Organisations } from './organisationsSchema.ts';
import { param, YearMonth } from './param.ts';
import { Programme } from './programmeSchema.ts';
import { MAX_DESCRIPTION, MAX_NAME, MAX_TITLE, text } from './text.ts';
import { TierProfile } from './tierSchema.ts';

/**
 * Longest scenario name: it names output folders (`runs/<name>-<seed>`, and two or more names in a
 * comparison's), which most file systems cap at 255 bytes.
 */
export const MAX_SCENARIO_NAME = 64;

/** Most regions a scenario may have (England has 9, Japan 47 prefectures), and the largest weight (a population). */
export const MAX_REGIONS = 1_000;
export const MAX_REGION_WEIGHT = 1e10;

/**
 * The one definition of a scenario. Files are `ScenarioInput`; the kernel sees only the resolved
 * `Scenario` (every parameter normalised to value + provenance + dated changes).
 */
export const ScenarioSchema = z
  .object({
    $schema: text(2_000).optional(),
    extends: z.string().optional().describe('Relative path of a scenario this one overrides'),
    name: z
      .string()
      .max(MAX_SCENARIO_NAME)
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"')
      .describe('Identity of the scenario: names its output folder and labels its rows (random streams depend on seed and replicate only, so scenarios share random numbers)'),
    title: text(MAX_TITLE).optional(),
    description: text(MAX_DESCRIPTION).optional(),
    money: text(MAX_TITLE)
      .optional()
      .describe("How this scenario's money is stated: every amount is in GBP, the schema's unit; a scenario costed in another currency says here what it converted from and at what rate"),
    start: YearMonth.default('2026-04').describe('First month of the run'),
    years: param({ description: 'Horizon of the run', unit: 'years', min: 1, max: 50, int: true, default: 10, assumption: 'a decade of funding cycles' }),
    warmUpYears: param({
      description: 'Years simulated before the first reported month, so placements, careers and ties start from a settled state rather than from nobody ever having moved',
      unit: 'years', min: 0, max: 20, int: true, default: 0, assumption: 'no warm-up unless stated',
    }),
    spinUpYears: param({
      description: 'Years stepped before the warm-up with every mobility instrument off and every parameter at its first value, so knowledge, codes, tenure and grades start from the scenario\'s own long-run state rather than from the tier profiles',
      unit: 'years', min: 0, max: 100, int: true, default: 0, assumption: 'no spin-up unless stated',
    }),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1).describe('Base seed; replicate seeds derive from it'),
    replicates: z.number().int().min(1).max(100000).default(1).describe('Replicates run by default (capflow run --reps overrides)'),
    regions: z
      .array(
        z
          .object({
            name: text(MAX_NAME).min(1),
            london: z.boolean().default(false),
            weight: z.number().min(0).max(MAX_REGION_WEIGHT).default(1).describe('Share of local organisations and staff (e.g. population)'),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_REGIONS),
    tiers: z.object({ central: TierProfile, combined: TierProfile, local: TierProfile }).strict(),
    organisations: Organisations,
    funding: Funding.prefault({}),
    programme: Programme.prefault({}),
    learning: Learning.prefault({}),
    ties: Ties.prefault({}),
    careers: Careers.prefault({}),
    context: Context.prefault({}),
    outcomes: Outcomes.prefault({}),
  })
  .strict();

export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;

/** The JSON Schema that editors use to validate and complete scenario files. */
export function scenarioJsonSchema(): object {
  return z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' });
}
