import { z } from 'zod';
import { param, share } from './param.ts';
import { DIRECTIONS } from './vocabulary.ts';

const placesFor = (d: string) =>
  param({ description: `Places offered per year, ${d}`, unit: 'places per year', min: 0, max: 1e6, default: 0, assumption: 'none offered unless stated' });
const places = z
  .object(Object.fromEntries(DIRECTIONS.map((d) => [d, placesFor(d)])) as Record<(typeof DIRECTIONS)[number], ReturnType<typeof placesFor>>)
  .strict();

/** One mobility instrument: its volumes per direction, who may go, how they are chosen, what it costs. */
const instrument = (defaults: { minMonths: number; maxMonths: number; why: string }) =>
  z
    .object({
      enabled: z.boolean().default(true),
      selection: z
        .enum(['voluntary', 'orchestrated'])
        .default('voluntary')
        .describe('voluntary: officials self-select; orchestrated: planned rotation on a fixed calendar (Japan)'),
      calendarMonth: z.number().int().min(1).max(12).default(4).describe('Orchestrated rotations start and end in this month (1–12)'),
      minMonths: param({ description: 'Shortest placement', unit: 'months', min: 1, max: 120, int: true, default: defaults.minMonths, assumption: defaults.why }),
      maxMonths: param({ description: 'Longest placement', unit: 'months', min: 1, max: 120, int: true, default: defaults.maxMonths, assumption: defaults.why }),
      minGrade: z.number().int().min(0).max(4).default(0),
      maxGrade: z.number().int().min(0).max(4).default(4),
      placesPerYear: places.prefault({}),
      earlyEndPerYear: param({
        description: 'Annual hazard that a live placement of average match (quality 0.5) ends early without monitoring and review; better matches end early less',
        unit: 'per year', min: 0, max: 1, default: 0.15, assumption: 'to be swept; no figure found',
      }),
      backfillShare: param({
        description: "Share of a placed official's salary spent on backfill while away",
        unit: 'share of salary (0–2)', min: 0, max: 2, default: 0.5, assumption: 'half of posts backfilled',
      }),
      hostPaysShare: param({
        description: "Share of a placed official's salary the host reimburses to the sender (002: jointly funded on both sides)",
        unit: 'share (0–1)', min: 0, max: 1, default: 0, assumption: 'the sender pays unless stated',
      }),
      costPerPlacement: param({ description: 'One-off arrangement cost per placement', unit: 'GBP', min: 0, max: 1e6, default: 2000, assumption: 'travel, induction, administration' }),
      maxHostShare: param({
        description: "Most a host's establishment that placed officials may make up",
        unit: 'share (0–1)', min: 0, max: 1, default: 0.05, assumption: 'hosts can absorb few placements',
      }),
    })
    .strict();

export const Programme = z
  .object({
    framework: z
      .object({
        strategy: share('A strategy for placements (002 good practice)', 0, 'absent unless stated'),
        objectives: share('Clear objectives agreed in advance (000, 002)', 0, 'absent unless stated'),
        definedWork: share('Defined work areas and content; careful matching (002)', 0, 'absent unless stated'),
        induction: share('Induction that shortens the ramp-up at the host (000)', 0, 'absent unless stated'),
        logistics: share('Financial and logistic arrangements sorted in advance (002)', 0, 'absent unless stated'),
        monitoring: share('Monitoring and review during the placement (002)', 0, 'absent unless stated'),
        handover: share('Handover at the host when the placement ends (000)', 0, 'absent unless stated'),
        knowledgeCapture: share('Knowledge capture on return: "building on secondment" (000, 002)', 0, 'absent unless stated'),
        evaluation: share('Evaluation feeding back into the programme (000)', 0, 'absent unless stated'),
      })
      .strict()
      .prefault({}),
    safeguards: z
      .object({
        seniorPostCap: share("Most of a host's senior posts that central secondees may hold (1 = no cap) (000)", 1, 'no cap unless stated'),
        hostAccountability: share('Chance that a central secondee in a senior local post answers to the host\'s leadership rather than their home ministry (000)', 0.5, 'to be swept'),
      })
      .strict()
      .prefault({}),
    instruments: z
      .object({
        secondment: instrument({ minMonths: 12, maxMonths: 24, why: '002: most productive 12–24 months; UK rule 12 months to 2 years' }).prefault({}),
        attachment: instrument({ minMonths: 1, maxMonths: 1, why: '002: three-week attachments (Whitehall and Industry Group), one tick' }).prefault({}),
        exchange: instrument({ minMonths: 12, maxMonths: 24, why: 'same terms as secondment' }).prefault({}),
      })
      .strict()
      .prefault({}),
  })
  .strict();
