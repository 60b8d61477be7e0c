import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { contentId } from '../../sim/runDesign/contentId.ts';
import { runId } from '../../sim/runDesign/runSpec.ts';
import { CliError } from '../cliError.ts';
import { EXIT } from '../exitCodes.ts';
import { experimentId, type Experiment } from './experiment.ts';
import { Recording } from './recording.ts';

const RunSpec = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  label: z.string(),
  inputId: z.string(),
  point: z.record(z.string(), z.number()),
  replicate: z.number().int().min(0),
  seed: z.number().int().min(0),
  posterior: z.object({ particle: z.number().int().min(0), parameters: z.record(z.string(), z.number()) }).optional(),
});

const Pair = z.object({ baseline: z.string(), scenario: z.string() });
const Posterior = z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), particles: z.number().int().min(1), names: z.array(z.string()).min(1) });
const Common = { seed: z.number().int().min(0), replicates: z.number().int().min(1), ticks: z.number().int().min(1), posterior: Posterior.optional() };

const Base = {
  id: z.string(),
  labels: z.array(z.string()).min(1),
  pointNames: z.array(z.string()),
  inputs: z.record(z.string(), z.record(z.string(), z.unknown())),
  runs: z.array(RunSpec).min(1),
  shard: z.object({ k: z.number().int().min(1), n: z.number().int().min(1) }).nullable().optional(),
  recording: Recording.optional(),
};

/** experiment.json, and the `experiment` a manifest records: checked before anything is built from it. */
export const ExperimentFile = z.discriminatedUnion('kind', [
  z.object({ ...Base, kind: z.enum(['run', 'compare']), details: z.object({ pairs: z.array(Pair), ...Common }) }),
  z.object({ ...Base, kind: z.literal('sweep'), details: z.object({ design: z.enum(['grid', 'lhs', 'ofat']), samples: z.number().int().min(0), counterfactual: z.literal(true).optional(), ...Common }) }),
  z.object({
    ...Base,
    kind: z.literal('sensitivity'),
    details: z.object({
      method: z.enum(['morris', 'sobol']),
      metric: z.string(),
      group: z.string(),
      tick: z.number().int().min(0),
      factors: z.array(z.object({ path: z.string(), lo: z.number(), hi: z.number() })).min(1),
      unitPoints: z.array(z.array(z.number())),
      baseSamples: z.number().int().min(1),
      designPointOf: z.array(z.number().int().min(0)),
      bootstrapSeed: z.string(),
      counterfactual: z.literal(true).optional(),
      ...Common,
    }),
  }),
  z.object({
    ...Base,
    kind: z.literal('discover'),
    details: z.object({
      baseline: z.string(),
      policy: z.string(),
      metric: z.string(),
      group: z.string(),
      tick: z.number().int().min(0),
      date: z.string(),
      threshold: z.number(),
      direction: z.enum(['below', 'above']),
      factors: z.array(z.object({ path: z.string(), lo: z.number(), hi: z.number() })).min(1),
      samples: z.number().int().min(2),
      prim: z.object({
        peelAlpha: z.number().gt(0).lt(1),
        minMass: z.number().min(0).lt(1),
        minCoverage: z.number().min(0).max(1),
        step: z.number().int().min(0).nullable(),
        paste: z.boolean(),
      }),
      ...Common,
    }),
  }),
]);

export type ExperimentRecord = Experiment & { id: string; shard?: { k: number; n: number } | null };

/**
 * Checks a recorded experiment: its shape, and that every id is the hash of what it names (inputs,
 * runs, the experiment itself), so an edited or truncated file is refused rather than run or merged.
 * `where` names the file in messages.
 */
export function checkExperiment(value: unknown, where: string, exitCode: number = EXIT.invalid): ExperimentRecord {
  const parsed = ExperimentFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${where}: $${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`, exitCode);
  }
  const e = parsed.data as ExperimentRecord;
  for (const [id, input] of Object.entries(e.inputs)) {
    if (contentId(input) !== id) throw new CliError(`${where}: $.inputs.${id}: the input does not match its id (the file was edited)`, exitCode);
  }
  e.runs.forEach((r, i) => {
    if (!(r.inputId in e.inputs)) throw new CliError(`${where}: $.runs[${i}].inputId: no input ${r.inputId}`, exitCode);
    if (runId(r) !== r.id) {
      throw new CliError(`${where}: $.runs[${i}]: the run does not match its id (the file was edited)`, exitCode);
    }
  });
  if (experimentId(e) !== e.id) throw new CliError(`${where}: $.id: the experiment does not match its id (the file was edited)`, exitCode);
  return e;
}

/** Reads and checks experiment.json; a file that is not JSON or not an experiment is refused with `exitCode`. */
export function parseExperimentFile(file: string, exitCode: number = EXIT.refused): ExperimentRecord {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof SyntaxError ? `is not valid JSON (${err.message})` : `cannot be read (${(err as Error).message})`;
    throw new CliError(`${file} ${why}${exitCode === EXIT.refused ? ': add --force to start the experiment again' : ''}`, exitCode);
  }
  return checkExperiment(value, file, exitCode);
}
