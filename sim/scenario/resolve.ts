import { MAX_EXTENDS_DEPTH } from './limits.ts';
import { mergeScenario } from './merge.ts';
import { parseScenarioJson } from './parseJson.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';

/** How the resolver reaches files: injected, so the kernel stays free of Node APIs. */
export interface ScenarioLoader {
  /**
   * The file's text; undefined when it does not exist; `refused` with the reason when it exists but
   * must not be read (a device, a pipe, too large).
   */
  read(file: string): string | undefined | { refused: string };
  /** The path of `relative` as written inside `fromFile`. */
  join(fromFile: string, relative: string): string;
}

export interface Resolved {
  scenario?: Scenario;
  /** The merged input, before validation (what `--set` edits and the manifest records). */
  input?: Record<string, unknown>;
  /** Files read, the requested one first, then what it extends. */
  chain: string[];
  problems: Problem[];
}

/** Reads a scenario and everything it extends, merges them, and validates the result. */
export function resolveScenario(file: string, loader: ScenarioLoader, edit?: (input: Record<string, unknown>) => Problem[]): Resolved {
  const chain: string[] = [];
  const merged = readChain(file, loader, chain, undefined);
  if (merged.problems.length > 0) return { chain, problems: merged.problems };
  const input = merged.value as Record<string, unknown>;
  delete input.extends;
  const editProblems = edit ? edit(input) : [];
  if (editProblems.length > 0) return { chain, input, problems: editProblems };
  return validateScenario(file, input, chain);
}

/** Validates an already-merged scenario object (the browser's loaded or edited scenarios). */
export function validateScenario(file: string, input: Record<string, unknown>, chain: string[] = [file]): Resolved {
  // Without zod's eval-compiled fast path: it compiles a parser for each of the schema's hundreds
  // of parameter objects on first use, which costs more than the one parse a scenario gets.
  const parsed = ScenarioSchema.safeParse(input, { jitless: true });
  if (!parsed.success) return { chain, input, problems: problemsFromZod(file, parsed.error.issues, input) };
  const problems = crossChecks(file, parsed.data);
  return problems.length > 0 ? { chain, input, problems } : { scenario: parsed.data, input, chain, problems };
}

function readChain(file: string, loader: ScenarioLoader, chain: string[], from: string | undefined): { value?: unknown; problems: Problem[] } {
  if (chain.includes(file)) {
    return { problems: [{ file: from ?? file, path: '$.extends', message: `extends cycle: ${[...chain, file].join(' -> ')}` }] };
  }
  if (chain.length >= MAX_EXTENDS_DEPTH) {
    const message = `extends chain longer than ${MAX_EXTENDS_DEPTH} files: ${chain.slice(0, 2).join(' -> ')} -> ... -> ${chain[chain.length - 1]} -> ${file}`;
    return { problems: [{ file: from ?? file, path: '$.extends', message }] };
  }
  chain.push(file);
  const text = loader.read(file);
  if (text === undefined) {
    return { problems: [from ? { file: from, path: '$.extends', message: `extended file not found: ${file}` } : { file, path: '', message: 'file not found' }] };
  }
  if (typeof text !== 'string') {
    return { problems: [from ? { file: from, path: '$.extends', message: `extended file ${file} ${text.refused}` } : { file, path: '', message: text.refused }] };
  }
  const parsed = parseScenarioJson(file, text);
  if (parsed.problems.length > 0) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ file, path: '$', message: 'a scenario must be a JSON object' }] };
  }
  const own = value as Record<string, unknown>;
  if (own.extends === undefined) return { value: own, problems: [] };
  if (typeof own.extends !== 'string') return { problems: [{ file, path: '$.extends', message: 'expected a relative path' }] };
  if (typeof own.name !== 'string') {
    return { problems: [{ file, path: '$.name', message: 'a scenario that extends another needs its own name' }] };
  }
  const base = readChain(loader.join(file, own.extends), loader, chain, file);
  if (base.problems.length > 0) return base;
  return { value: mergeScenario(base.value, own), problems: [] };
}

/** Checks that span several fields, which the schema's per-field rules cannot express. */
function crossChecks(file: string, s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const regionNames = new Set(s.regions.map((r) => r.name));
  if (regionNames.size !== s.regions.length) problems.push({ file, path: '$.regions', message: 'region names must be unique' });
  if (s.organisations.mode === 'list') {
    const names = new Set<string>();
    s.organisations.list.forEach((o, i) => {
      if (names.has(o.name)) problems.push({ file, path: `$.organisations.list[${i}].name`, message: `duplicate organisation "${o.name}"` });
      names.add(o.name);
      if (!regionNames.has(o.region)) problems.push({ file, path: `$.organisations.list[${i}].region`, message: `unknown region "${o.region}"` });
    });
    s.organisations.links.forEach(([a, b], i) => {
      for (const [j, n] of [a, b].entries()) {
        if (!names.has(n)) problems.push({ file, path: `$.organisations.links[${i}][${j}]`, message: `unknown organisation "${n}"` });
      }
    });
  }
  for (const [name, inst] of Object.entries(s.programme.instruments)) {
    if (inst.minMonths.value > inst.maxMonths.value) {
      problems.push({ file, path: `$.programme.instruments.${name}.minMonths`, message: 'minMonths exceeds maxMonths' });
    }
    if (inst.minGrade > inst.maxGrade) problems.push({ file, path: `$.programme.instruments.${name}.minGrade`, message: 'minGrade exceeds maxGrade' });
  }
  for (const [tier, profile] of Object.entries(s.tiers)) {
    const total = Object.values(profile.gradeShares).reduce((a, p) => a + p.value, 0);
    if (Math.abs(total - 1) > 0.01) {
      problems.push({ file, path: `$.tiers.${tier}.gradeShares`, message: `grade shares sum to ${total.toFixed(3)}, expected 1` });
    }
  }
  return problems;
}
