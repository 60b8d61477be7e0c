import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from './limits.ts';
import { MAX_PROVENANCE, text } from './text.ts';

/**
 * A numeric model parameter as a scenario file may write it: a bare number, or an object carrying
 * the value's provenance (a source or an explicit assumption) and dated changes within the run.
 * Provenance travels with the value so that every run's manifest says where each number came from.
 */
export interface ParamSpec {
  description: string;
  unit: string;
  min: number;
  max: number;
  int?: boolean;
  default?: number;
  /** Provenance of the default value itself; one of the two is required when a default is given. */
  source?: string;
  assumption?: string;
}

/** A parameter after resolution: what the kernel reads. */
export interface Param {
  value: number;
  /** Changes within the run, sorted by date ("YYYY-MM"), each taking effect from the first of that month. */
  changes: { at: string; value: number }[];
  source?: string;
  assumption?: string;
}

/**
 * A month from FIRST_YEAR to LAST_YEAR (1900-01 to 2200-12; the pattern spells them out so the JSON
 * Schema carries it): years outside would make a run write dates of other than four digits
 * ("0-01", "10000-01").
 */
export const YEAR_MONTH_PATTERN = /^(19\d\d|2[01]\d\d|2200)-(0[1-9]|1[0-2])$/;
export const YearMonth = z.string().regex(YEAR_MONTH_PATTERN, `expected a month as "YYYY-MM" from ${FIRST_YEAR}-01 to ${LAST_YEAR}-12`);

/** Dated changes one parameter may have: one a month for the longest run. */
export const MAX_CHANGES = 600;

/** One instance for every parameter: zod schemas are immutable, so sharing is safe and saves building ~1,000. */
const PROVENANCE = text(MAX_PROVENANCE).min(1).optional();

/**
 * The number-or-object form for one range, built once per distinct (min, max, int) and shared by
 * every parameter with that range (most are shares from 0 to 1): building it per parameter was
 * most of the CLI's start-up (issue 13). Each parameter still gets its own `.meta()` copy on top.
 */
const FORMS = new Map<string, ReturnType<typeof paramForm>>();

function paramForm(min: number, max: number, int: boolean) {
  let num = z.number().min(min).max(max);
  if (int) num = num.int();
  const change = z.object({ at: YearMonth, value: num, source: PROVENANCE, assumption: PROVENANCE }).strict();
  const full = z
    .object({
      value: num,
      source: PROVENANCE,
      assumption: PROVENANCE,
      changes: z.array(change).max(MAX_CHANGES).optional(),
    })
    .strict();
  return z.union([num, full]).transform((v): Param => {
    if (typeof v === 'number') return { value: v, changes: [] };
    const changes = [...(v.changes ?? [])]
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(({ at, value }) => ({ at, value }));
    return { value: v.value, changes, source: v.source, assumption: v.assumption };
  });
}

/** A parameter the file must give (empirical figures with no sensible default). */
function required(spec: ParamSpec) {
  const key = `${spec.min}:${spec.max}:${spec.int === true}`;
  let form = FORMS.get(key);
  if (form === undefined) FORMS.set(key, (form = paramForm(spec.min, spec.max, spec.int === true)));
  const meta = {
    description: spec.description,
    unit: spec.unit,
    ...(spec.source ? { source: spec.source } : {}),
    ...(spec.assumption ? { assumption: spec.assumption } : {}),
  };
  return form.meta(meta);
}

/** A parameter with a default whose provenance the schema itself records. */
function defaulted(spec: ParamSpec & { default: number }) {
  const provenance = spec.source ? { source: spec.source } : { assumption: spec.assumption ?? 'default' };
  return required(spec)
    .prefault({ value: spec.default, ...provenance })
    .meta({ default: spec.default });
}

export function param(spec: ParamSpec & { default: number }): ReturnType<typeof defaulted>;
export function param(spec: ParamSpec): ReturnType<typeof required>;
export function param(spec: ParamSpec) {
  return spec.default === undefined ? required(spec) : defaulted(spec as ParamSpec & { default: number });
}

/** A switch (0 or 1) or a quality (0..1) for the framework elements: same wrapper, unit "share". */
export function share(description: string, dflt: number, assumption: string) {
  return param({ description, unit: 'share (0–1)', min: 0, max: 1, default: dflt, assumption });
}
