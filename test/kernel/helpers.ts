import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySets, formatProblem, resolveScenario, type Scenario, type ScenarioLoader } from '../../sim/scenario/index.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/scenarios');

const nodeLoader: ScenarioLoader = {
  read: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
  join: (from, relative) => resolve(dirname(from), relative),
};

/**
 * Resolves a scenario file (and what it extends) with `path=value` edits applied the way the CLI's
 * `--set` applies them; throws with every problem listed rather than returning half a scenario.
 */
export function loadScenario(file: string, sets: readonly string[] = []): Scenario {
  const resolved = resolveScenario(file, nodeLoader, sets.length > 0 ? (input) => applySets(input, sets, 'set by a test') : undefined);
  if (!resolved.scenario) throw new Error(`${file} does not resolve:\n${resolved.problems.map(formatProblem).join('\n')}`);
  return resolved.scenario;
}

const resolved = new Map<string, Scenario>();

/** A fixture of test/fixtures/scenarios by name (without ".json"); resolved once, a fresh copy each call. */
export function loadFixture(name: string, sets: readonly string[] = []): Scenario {
  const key = JSON.stringify([name, sets]);
  if (!resolved.has(key)) resolved.set(key, loadScenario(join(FIXTURES, `${name}.json`), sets));
  return structuredClone(resolved.get(key)!);
}

/** Every fixture scenario (files in test/fixtures/scenarios, not the shared parts they extend). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Shipped regional cases (scenarios/*regional*.json), as paths; other people add them as they go. */
export function regionalScenarioFiles(): string[] {
  const dir = join(ROOT, 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f.includes('regional'))
    .sort()
    .map((f) => join(dir, f));
}
