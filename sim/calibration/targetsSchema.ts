import { z } from 'zod';
import { MAX_DESCRIPTION, MAX_NAME, MAX_PROVENANCE, text } from '../scenario/text.ts';
import { Quantity } from './quantitySchema.ts';

/** Most targets one file may hold: pattern-oriented calibration uses a handful, not thousands. */
export const MAX_TARGETS = 1_000;

const positive = z.number().positive().max(1e12);

/**
 * How far the observed figure may be from the truth. Either a standard deviation or an interval
 * with its coverage (a 95% interval is ±1.96 sd of a normal error, sim/calibration/observationSd.ts).
 * `assumption` says how the figure was chosen when the source states no uncertainty, which for
 * most published counts it does not.
 */
const Uncertainty = z.union([
  z.object({ sd: positive, source: text(MAX_PROVENANCE).optional(), assumption: text(MAX_PROVENANCE).optional() }).strict(),
  z
    .object({
      low: z.number().min(-1e12).max(1e12),
      high: z.number().min(-1e12).max(1e12),
      coverage: z.number().gt(0).lt(1).default(0.95).describe('Probability the interval holds the truth'),
      source: text(MAX_PROVENANCE).optional(),
      assumption: text(MAX_PROVENANCE).optional(),
    })
    .strict(),
]);

/**
 * The model discrepancy allowed (Kennedy & O'Hagan 2001; Vernon et al. 2010 §3): how far even the
 * best parameter values may leave the model from the truth, as a standard deviation. It is always
 * a judgement, so it always carries its reason.
 */
const Discrepancy = z.object({ sd: z.number().min(0).max(1e12), assumption: text(MAX_PROVENANCE).min(1) }).strict();

const Target = z
  .object({
    name: z.string().max(MAX_NAME).regex(/^[a-z0-9][a-zA-Z0-9._-]*$/, 'a letter or digit, then letters, digits, ".", "_" or "-"'),
    description: text(MAX_DESCRIPTION).optional(),
    scenarios: z
      .array(z.string().max(MAX_NAME).regex(/^[a-z0-9][a-z0-9._-]*$/, 'a scenario name'))
      .min(1)
      .max(MAX_TARGETS)
      .describe('Names of the scenarios the target applies to: a rate or a share holds at any scale, a stock only at the scale it was counted'),
    quantity: Quantity,
    observed: z.number().min(-1e12).max(1e12),
    uncertainty: Uncertainty,
    discrepancy: Discrepancy,
    source: text(MAX_PROVENANCE).min(1).describe('Where the observed figure was published'),
    use: z
      .enum(['calibration', 'validation'])
      .default('calibration')
      .describe('calibration: conditions the posterior; validation: held out and only reported (pattern-oriented modelling, Grimm et al. 2005)'),
  })
  .strict()
  .refine((t) => !('low' in t.uncertainty) || t.uncertainty.low < t.uncertainty.high, {
    path: ['uncertainty'],
    message: 'low must be below high',
  })
  // "YYYY-MM" strings sort as the months they name.
  .refine((t) => !('from' in t.quantity) || t.quantity.from <= t.quantity.to, {
    path: ['quantity', 'to'],
    message: 'the window must end no earlier than it starts (from ≤ to)',
  });

/** The one definition of a targets file: the figures a calibration asks a scenario to reproduce. */
export const TargetsSchema = z
  .object({
    $schema: text(2_000).optional(),
    title: text(MAX_NAME).optional(),
    description: text(MAX_DESCRIPTION).optional(),
    targets: z.array(Target).min(1).max(MAX_TARGETS),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.targets.forEach((t, i) => {
      const first = seen.get(t.name);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['targets', i, 'name'], message: `the name "${t.name}" is already used by targets[${first}]` });
      else seen.set(t.name, i);
    });
  });

export type TargetsInput = z.input<typeof TargetsSchema>;
export type Targets = z.output<typeof TargetsSchema>;
export type CalibrationTarget = Targets['targets'][number];

/** The JSON Schema editors validate targets files with. */
export function targetsJsonSchema(): object {
  return z.toJSONSchema(TargetsSchema, { io: 'input', unrepresentable: 'any' });
}
