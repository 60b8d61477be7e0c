import { z } from 'zod';
import { param } from './param.ts';
import { MAX_NAME, MAX_PROVENANCE, text } from './text.ts';
import { DOMAINS, TIERS } from './vocabulary.ts';

/** Counts and size distribution of one tier's organisations, for national-scale runs. */
const TierGenerator = z
  .object({
    count: param({ description: 'Number of organisations', unit: 'organisations', min: 0, max: 20000, int: true }),
    totalStaff: param({ description: 'Total establishment across the tier', unit: 'officials', min: 0, max: 2e7, int: true }),
    sizeSpread: param({
      description: 'Log-normal sigma of organisation sizes (0 = all equal)',
      unit: 'log sigma', min: 0, max: 3, default: 0.8, assumption: 'councils and departments vary several-fold in size',
    }),
    londonShare: param({
      description: "Share of the tier's organisations placed in London-flagged regions; the others follow region weights",
      unit: 'share (0–1)', min: 0, max: 1, default: 0, assumption: 'organisations spread by region weight',
    }),
    coverage: param({
      description: 'Share of local organisations inside a combined authority of their region (read for the local tier only)',
      unit: 'share (0–1)', min: 0, max: 1, default: 1, assumption: 'full coverage',
    }),
    linksToCentral: param({
      description: 'Number of central departments each organisation must coordinate with (functional geography; read for the combined and local tiers)',
      unit: 'departments', min: 0, max: 50, int: true, default: 2, assumption: 'a lead department and one other',
    }),
  })
  .strict();

const Generated = z
  .object({
    mode: z.literal('generate'),
    central: TierGenerator,
    combined: TierGenerator,
    local: TierGenerator,
  })
  .strict();

const unit = z.number().min(0).max(1);

/** One named organisation of a regional case study; unset attributes are drawn from its tier profile. */
const ListedOrganisation = z
  .object({
    name: text(MAX_NAME).min(1),
    tier: z.enum(TIERS),
    region: text(MAX_NAME).min(1),
    establishment: z.number().int().min(1).max(2e6),
    source: text(MAX_PROVENANCE).min(1).optional().describe('Where the establishment figure comes from'),
    mandateClarity: unit.optional(),
    resourcing: unit.optional(),
    commitment: unit.optional(),
    attractiveness: unit.optional(),
    demand: z.object(Object.fromEntries(DOMAINS.map((d) => [d, unit.optional()]))).strict().optional(),
  })
  .strict();

/** Most organisations a list may name, and links between them: several times a whole country's. */
export const MAX_LISTED_ORGANISATIONS = 20_000;
export const MAX_LINKS = 200_000;

const Listed = z
  .object({
    mode: z.literal('list'),
    list: z.array(ListedOrganisation).min(1).max(MAX_LISTED_ORGANISATIONS),
    links: z
      .array(z.tuple([text(MAX_NAME).min(1), text(MAX_NAME).min(1)]))
      .max(MAX_LINKS)
      .default([])
      .describe('Pairs of organisations that must coordinate (functional geography)'),
  })
  .strict();

export const Organisations = z.discriminatedUnion('mode', [Generated, Listed]);
export type OrganisationsOutput = z.output<typeof Organisations>;
