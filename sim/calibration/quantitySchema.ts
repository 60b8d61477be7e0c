import { z } from 'zod';
import { YearMonth } from '../scenario/param.ts';
import { MAX_NAME, text } from '../scenario/text.ts';

/** Most groups one series may sum (a metric has at most 3 instruments × 6 directions, or 47+ regions). */
export const MAX_GROUPS = 100;

/**
 * One metric's monthly values, summed over the named groups (e.g. the live placements of both
 * directions out of the centre). Group names are those of the tidy output (`metric,group` rows of
 * metrics.csv: a tier, `instrument:direction`, a region or `all`).
 */
const Series = z
  .object({
    metric: text(MAX_NAME).min(1).describe('Metric name, as in metrics.csv'),
    groups: z.array(text(MAX_NAME).min(1)).min(1).max(MAX_GROUPS).describe('Groups of the metric whose values are summed'),
  })
  .strict();

/** The series' value in one month (a stock observed at a date). */
const Stock = Series.extend({ kind: z.literal('stock'), at: YearMonth.describe('Month the stock is read') }).strict();

/** The mean of the series' monthly values from `from` to `to`, both included (a rate or a stock averaged over a window). */
const Mean = Series.extend({ kind: z.literal('mean'), from: YearMonth, to: YearMonth }).strict();

/**
 * The sum of `numerator`'s monthly values over a window divided by the sum of `denominator`'s, e.g.
 * the share of new secondees placed in prefectures, or of promotions going to experienced officials.
 */
const Share = z
  .object({ kind: z.literal('share'), numerator: Series, denominator: Series, from: YearMonth, to: YearMonth })
  .strict();

/**
 * A scenario parameter's value (a dotted path such as `learning.rampMonths`). A published figure
 * for an *input* (time to productivity) constrains a varied parameter directly: it acts as a
 * likelihood on the prior, not as a check of the model's behaviour, and the file should say so.
 */
const Parameter = z.object({ kind: z.literal('parameter'), path: text(MAX_NAME).min(1) }).strict();

/** What a target compares with its observed figure. */
export const Quantity = z.discriminatedUnion('kind', [Stock, Mean, Share, Parameter]);

export type QuantityInput = z.input<typeof Quantity>;
export type QuantitySpec = z.output<typeof Quantity>;
