import { parseScenarioJson } from '../scenario/parseJson.ts';
import { jsonPath, problemsFromZod, type Problem } from '../scenario/problems.ts';
import { ExperimentFileSchema, type ExperimentFile } from './experimentFileSchema.ts';

/** The designs each kind of experiment takes; the first is its default. */
const DESIGNS: Record<ExperimentFile['kind'], readonly string[]> = {
  run: [],
  compare: [],
  sweep: ['grid', 'lhs', 'ofat'],
  sensitivity: ['morris', 'sobol'],
  discover: ['lhs'],
};

/**
 * Reads an experiment file as scenario files are read (sim/scenario/parseJson.ts: strict JSON,
 * duplicate and `__proto__` keys refused, depth limited), checks it against ExperimentFileSchema,
 * then checks that its fields fit its kind. Every problem is returned with the file, a JSON path
 * and the reason. Pure: the CLI reads the file, this only looks at its text.
 */
export function parseExperimentFile(file: string, text: string): { experiment?: ExperimentFile; problems: Problem[] } {
  const json = parseScenarioJson(file, text);
  if (json.problems.length > 0) return { problems: json.problems };
  const parsed = ExperimentFileSchema.safeParse(json.value);
  if (!parsed.success) return { problems: problemsFromZod(file, parsed.error.issues, json.value) };
  const problems = kindProblems(parsed.data).map(({ at, message }) => ({ file, path: jsonPath(at), message }));
  return problems.length > 0 ? { problems } : { experiment: parsed.data, problems: [] };
}

function kindProblems(e: ExperimentFile): { at: (string | number)[]; message: string }[] {
  const out: { at: (string | number)[]; message: string }[] = [];
  const refuse = (at: (string | number)[], message: string) => out.push({ at, message });
  const { kind } = e;
  const scenarios = { run: 1, sweep: 1, sensitivity: 1, discover: 2 } as Record<string, number>;
  if (scenarios[kind] !== undefined && e.scenarios.length !== scenarios[kind]) {
    refuse(['scenarios'], `${kind} takes ${scenarios[kind] === 1 ? 'one scenario' : 'two scenarios, the baseline and the policy'}, got ${e.scenarios.length}`);
  }
  if (kind === 'compare' && e.scenarios.length < 2 && !e.counterfactual) refuse(['scenarios'], 'compare needs two or more scenarios, or "counterfactual": true');
  if (e.counterfactual !== undefined && kind === 'discover') refuse(['counterfactual'], 'discover pairs the policy with the baseline already; it takes no counterfactual');
  const designed = DESIGNS[kind].length > 0;
  if (!designed) {
    for (const key of ['vary', 'design', 'output', 'discover'] as const) if (e[key] !== undefined) refuse([key], `${kind} takes no ${key}: it runs the scenarios as they are (with their edits)`);
  } else {
    if (!e.vary || !e.vary.some((v) => v.tiedTo === undefined)) refuse(['vary'], `${kind} varies at least one parameter: give vary with values or a range`);
    if (e.design && !DESIGNS[kind].includes(e.design.type)) refuse(['design', 'type'], `${kind} takes the design ${DESIGNS[kind].join(', ')}, got "${e.design.type}"`);
  }
  if (kind === 'sweep' && e.output !== undefined) refuse(['output'], 'a sweep records every metric: output names the one a sensitivity analysis or a discovery reads');
  if (kind !== 'discover' && e.discover !== undefined) refuse(['discover'], 'only a discover experiment takes a threshold');
  if (kind === 'discover' && e.discover === undefined) refuse(['discover'], 'give discover.threshold: a point is a case of interest when the policy\'s effect is below it (or above, with "direction": "above")');
  if (e.output?.tick !== undefined && kind !== 'sensitivity') refuse(['output', 'tick'], 'tick is the month a sensitivity analysis reads; discover takes output.at');
  if (e.output?.at !== undefined && kind !== 'discover') refuse(['output', 'at'], 'at is the month a discovery reads; sensitivity takes output.tick');
  if (e.posterior !== undefined && kind !== 'run' && kind !== 'compare' && kind !== 'sweep') refuse(['posterior'], 'only run, compare and sweep draw their parameters from a posterior');
  (e.vary ?? []).forEach((v, i) => {
    if (v.tiedTo === undefined) return;
    const names = (e.vary ?? []).filter((w) => w.tiedTo === undefined).map((w) => (w.when ? `${w.path}@${w.when}` : w.path));
    if (!names.includes(v.tiedTo)) refuse(['vary', i, 'tiedTo'], `${v.tiedTo} is not varied here: tie to one of ${names.join(', ') || 'the varied parameters'}`);
  });
  return out;
}
