import { z } from 'zod';
import { YearMonth } from '../scenario/param.ts';
import { MAX_DESCRIPTION, text } from '../scenario/text.ts';

/** Most scenarios, edits and varied parameters one experiment file may list. */
const MAX_ITEMS = 1_000;
const Path = text(300).min(1).describe('A parameter path as --set and --vary take it: keys separated by dots, list items by index (funding.cycleMonths, regions.0.weight)');
const When = z.union([z.literal('always'), YearMonth]).describe('"always" varies the value for the whole run (its dated changes dropped); "YYYY-MM" varies the change from that month; absent, the value before the dated changes is varied, as --set does');
const whole = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * One varied parameter. Exactly one of `values` (listed values, a grid's axis), `range` (lo and hi,
 * with `step` for a grid that includes both ends) or `tiedTo` (a function of the design point,
 * `times` × the other parameter's value + `plus`, so the length of secondments varies as one
 * line: minMonths tied to maxMonths).
 */
const Varied = z
  .object({
    path: Path,
    when: When.optional(),
    values: z.array(z.number()).min(1).max(MAX_ITEMS).optional().describe('Listed values (a grid axis)'),
    range: z.tuple([z.number(), z.number()]).optional().describe('[lo, hi]: a range for Latin hypercubes, one-at-a-time designs and sensitivity analysis'),
    step: z.number().positive().optional().describe('With range: a grid from lo to hi in steps (both ends included)'),
    tiedTo: text(320).min(1).optional().describe('Another varied parameter (its path, with @always or @YYYY-MM as varied): this one takes times × its value + plus at every point, rounded when the parameter is a whole number'),
    times: z.number().optional().describe('With tiedTo: the multiplier (default 1)'),
    plus: z.number().optional().describe('With tiedTo: the offset (default 0)'),
  })
  .strict()
  .superRefine((v, ctx) => {
    const given = (['values', 'range', 'tiedTo'] as const).filter((k) => v[k] !== undefined);
    if (given.length !== 1) ctx.addIssue({ code: 'custom', message: `give exactly one of values, range or tiedTo${given.length > 1 ? `, not ${given.join(' and ')}` : ''}` });
    if (v.range && !(v.range[0] < v.range[1])) ctx.addIssue({ code: 'custom', path: ['range'], message: 'lo must be below hi' });
    if (v.step !== undefined && !v.range) ctx.addIssue({ code: 'custom', path: ['step'], message: 'step goes with range' });
    if ((v.times !== undefined || v.plus !== undefined) && !v.tiedTo) ctx.addIssue({ code: 'custom', path: [v.times !== undefined ? 'times' : 'plus'], message: 'times and plus go with tiedTo' });
  });

/** How the design points are chosen: a sweep takes grid, lhs or ofat; sensitivity morris or sobol; discover lhs. */
const Design = z.discriminatedUnion('type', [
  z.object({ type: z.literal('grid') }).strict().describe('Every combination of the listed values (full factorial)'),
  z.object({ type: z.literal('lhs'), samples: whole(2, 1_000_000).optional().describe('Points (default 10; discover 100)') }).strict().describe('Latin hypercube over the ranges'),
  z.object({ type: z.literal('ofat'), levels: whole(2, 10_000).optional().describe('Levels of each range, evenly spaced, both ends included (default 5); a parameter given as values keeps them as its levels') }).strict().describe('One at a time: each parameter over its range, the others at the scenario\'s values (ten Broeke et al. 2016)'),
  z.object({ type: z.literal('morris'), trajectories: whole(2, 1_000_000).optional().describe('Trajectories (default 10)') }).strict().describe('Morris elementary effects'),
  z.object({ type: z.literal('sobol'), baseSamples: whole(2, 1_000_000).optional().describe('Base samples N of the Saltelli design (default 64)') }).strict().describe('Sobol first-order and total indices'),
]);

/** The output a sensitivity analysis or a discovery reads: one metric, one group, at one month. */
const Output = z
  .object({
    metric: text(100).min(1),
    group: text(200).min(1).optional().describe('Default "all"'),
    tick: whole(0, 600).optional().describe('Sensitivity: the month analysed, counted from the start (default: the horizon)'),
    at: z.union([z.literal('end'), YearMonth]).optional().describe('Discover: the month read, YYYY-MM or "end" (default)'),
  })
  .strict();

/** What makes a design point a case of interest for discover, and PRIM's settings (docs/ODD.md §4.11). */
const Discover = z
  .object({
    threshold: z.number(),
    direction: z.enum(['below', 'above']).optional().describe('A point is a case of interest when the policy\'s effect is below (default) or above the threshold'),
    minCoverage: z.number().min(0).max(1).optional(),
    peelAlpha: z.number().min(0.001).max(0.5).optional(),
    minMass: z.number().min(0).max(0.99).optional(),
    step: whole(0, 1_000_000).optional(),
    paste: z.boolean().optional(),
  })
  .strict();

/** Which metrics, groups and months to record, and in which formats (as --record, --record-groups, --every and --format). */
const Record = z
  .object({
    metrics: z.array(text(100).min(1)).min(1).max(MAX_ITEMS).optional().describe('Metrics written to metrics and summary (default: every metric; the runs compute them all)'),
    groups: z.array(text(200).min(1)).min(1).max(MAX_ITEMS).optional().describe('Groups written (default: every group)'),
    everyTicks: whole(1, 1200).optional().describe('Record month 0, every Nth month and the last'),
    formats: z.array(z.enum(['csv', 'parquet'])).min(1).max(2).optional().describe('Formats of metrics and summary (default: csv)'),
  })
  .strict();

/**
 * An experiment file: everything a run, compare, sweep, sensitivity or discover command line says,
 * as data that can be kept, diffed and run again (`capflow experiment FILE`). Paths (scenarios,
 * out) are relative to the experiment file. How it is run (workers, shards, resuming) is not part
 * of it: the same file gives the same bytes however it is run.
 */
export const ExperimentFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: text(MAX_DESCRIPTION).optional(),
    kind: z.enum(['run', 'compare', 'sweep', 'sensitivity', 'discover']).describe('Which command the experiment is'),
    scenarios: z.array(text(1000).min(1)).min(1).max(MAX_ITEMS).describe('Scenario files, relative to this file (compare: the first is the baseline; discover: baseline, then policy)'),
    set: z.array(text(1000).min(1)).max(MAX_ITEMS).optional().describe('Edits as --set takes them: path=value, path=value@YYYY-MM or path=value@always'),
    years: whole(1, 50).optional(),
    seed: whole(0, 4_294_967_295).optional().describe('Base seed (default: the scenario\'s)'),
    replicates: whole(1, 100_000).optional().describe('Replicates per scenario or design point (default: the scenario\'s; sensitivity 1)'),
    counterfactual: z.boolean().optional().describe('run and compare: also run each scenario with every mobility instrument off; sweep: also run each point so, and write the paired difference at each point to compare.csv; sensitivity: analyse that difference (what mobility contributes)'),
    vary: z.array(Varied).max(MAX_ITEMS).optional(),
    design: Design.optional(),
    output: Output.optional(),
    discover: Discover.optional(),
    record: Record.optional(),
    posterior: text(1000).min(1).optional().describe('run, compare and sweep: a posterior.csv written by capflow calibrate, relative to this file; each replicate draws its parameter point from it'),
    out: text(1000).min(1).optional().describe('Output folder, relative to this file (default: the command\'s, under runs/ in the current folder)'),
  })
  .strict();

export type ExperimentFile = z.output<typeof ExperimentFileSchema>;

/** The JSON Schema of experiment files, as editors read it. */
export function experimentFileJsonSchema(): object {
  return z.toJSONSchema(ExperimentFileSchema, { io: 'input', unrepresentable: 'any' });
}
