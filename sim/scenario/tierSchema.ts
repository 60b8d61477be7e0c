import { z } from 'zod';
import { param } from './param.ts';
import { DOMAINS, GRADES } from './vocabulary.ts';

const share = (description: string) => param({ description, unit: 'share (0–1)', min: 0, max: 1 });

/** An organisation attribute drawn per organisation from a Beta distribution with this mean and spread. */
const distribution = (description: string) =>
  z
    .object({
      mean: param({ description: `${description}: mean across organisations`, unit: 'index (0–1)', min: 0, max: 1 }),
      spread: param({
        description: `${description}: standard deviation across organisations`,
        unit: 'index (0–1)',
        min: 0,
        max: 0.5,
        default: 0.1,
        assumption: 'moderate variation between organisations of a tier',
      }),
    })
    .strict()
    .describe(description);

const byDomain = (description: string) =>
  z.object(Object.fromEntries(DOMAINS.map((d) => [d, share(`${description}: ${d}`)])) as Record<
    (typeof DOMAINS)[number],
    ReturnType<typeof share>
  >).strict();

const byGrade = (description: string) =>
  z.object(Object.fromEntries(GRADES.map((g) => [g, share(`${description}: ${g}`)])) as Record<
    (typeof GRADES)[number],
    ReturnType<typeof share>
  >).strict();

/** What every organisation of one tier shares: its workforce flows and its organisational profile. */
export const TierProfile = z
  .object({
    leavingRatePerYear: param({ description: 'Share of staff leaving per year, excluding retirement', unit: 'per year', min: 0, max: 1 }),
    retirementRatePerYear: param({ description: 'Share of staff retiring per year', unit: 'per year', min: 0, max: 0.2 }),
    jobInsecurity: param({
      description: 'Job insecurity: raises leaving and lowers willingness to go on placement (002)',
      unit: 'index (0–1)', min: 0, max: 1, default: 0.2, assumption: 'moderate insecurity',
    }),
    vacancyMonths: param({ description: 'Mean months to fill a vacancy', unit: 'months', min: 0.5, max: 36, default: 3, assumption: 'typical public-sector recruitment time' }),
    internalPromotionShare: param({
      description: 'Share of vacancies above the entry grade filled by promoting from the grade below',
      unit: 'share (0–1)', min: 0, max: 1, default: 0.6, assumption: 'most senior posts filled internally',
    }),
    gradeShares: byGrade('Share of posts at each grade'),
    knowledge: byDomain('Knowledge of a typical official of this tier'),
    demand: byDomain("Knowledge this tier's work demands"),
    mandateClarity: distribution('Clarity of mandate: who decides, funds, delivers, is accountable (000)'),
    resourcing: distribution('Adequacy of resourcing (000)'),
    commitment: distribution('Commitment of leadership to staff mobility (002)'),
    attractiveness: distribution('Attractiveness as a placement destination (002: perception of local government)'),
    successionCapture: param({
      description: "Share of the gap to a leaver's knowledge that their successor (one colleague) closes through succession planning; leavers away on placement pass on nothing",
      unit: 'share (0–1)', min: 0, max: 1, default: 0.1, assumption: 'little succession planning by default',
    }),
    salaryPerMonth: param({ description: 'Mean employment cost per official per month', unit: 'GBP per month', min: 0, max: 1e6 }),
  })
  .strict();

export type TierProfileInput = z.input<typeof TierProfile>;
