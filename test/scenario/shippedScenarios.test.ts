import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isParam } from '../../sim/model/compile.ts';
import { runReplicate } from '../../sim/model/run.ts';
import { formatProblem, resolveScenario, type Resolved, type Scenario, type ScenarioLoader } from '../../sim/scenario/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCENARIOS = join(ROOT, 'scenarios');
const BASE = join(SCENARIOS, 'base');

const loader: ScenarioLoader = {
  read: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
  join: (from, relative) => resolve(dirname(from), relative),
};

/** The families the project ships (README "Scenarios"), each national and as a regional case. */
const FAMILIES = ['uk-1992', 'uk-2026', 'uk-devolution-framework', 'japan', 'japan-no-safeguards'] as const;

const jsonIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);
const shipped = jsonIn(SCENARIOS);
const bases = jsonIn(BASE);
const isRegional = (file: string) => file.endsWith('-regional.json');

const resolvedCache = new Map<string, Resolved>();
function resolved(file: string): Resolved {
  const path = join(SCENARIOS, file);
  if (!resolvedCache.has(path)) resolvedCache.set(path, resolveScenario(path, loader));
  return resolvedCache.get(path)!;
}
function scenario(file: string): Scenario {
  const r = resolved(file);
  if (!r.scenario) throw new Error(`${file} does not resolve:\n${r.problems.map(formatProblem).join('\n')}`);
  return r.scenario;
}
const raw = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** Paths of every parameter in a resolved scenario that carries neither a source nor an assumption. */
function unsourced(value: unknown, path = '$'): string[] {
  if (isParam(value)) return value.source || value.assumption ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => unsourced(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => unsourced(v, `${path}.${k}`));
  return [];
}

/** Dated changes in the merged input without their own provenance (the resolved form drops it). */
function unsourcedChanges(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unsourcedChanges(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (k === 'changes' && Array.isArray(v)) {
      v.forEach((c, i) => {
        if (!c?.source && !c?.assumption) out.push(`${path}.changes[${i}]`);
      });
    } else out.push(...unsourcedChanges(v, `${path}.${k}`));
  }
  return out;
}

/** Officials at the start: the establishment of every organisation. */
function officials(s: Scenario): number {
  const o = s.organisations;
  if (o.mode === 'list') return o.list.reduce((a, x) => a + x.establishment, 0);
  return o.central.totalStaff.value + o.combined.totalStaff.value + o.local.totalStaff.value;
}

describe('shipped scenario files', () => {
  it('include every family at national scale and as a regional case', () => {
    for (const family of FAMILIES) {
      expect(shipped, family).toContain(`${family}.json`);
      expect(shipped, family).toContain(`${family}-regional.json`);
    }
  });

  it.each(shipped)('%s resolves and validates', (file) => {
    const r = resolved(file);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.scenario?.name).toBe(basename(file, '.json'));
  });

  it.each(shipped)('%s points at the JSON Schema and says what it represents', (file) => {
    const own = raw(join(SCENARIOS, file));
    expect(own.$schema).toBe('schema/scenario.schema.json');
    expect(typeof own.title === 'string' && own.title.length > 0).toBe(true);
    expect(typeof own.description === 'string' && (own.description as string).length > 80).toBe(true);
  });

  it.each(shipped)('%s gives every numeric parameter a source or an assumption', (file) => {
    const r = resolved(file);
    expect(unsourced(scenario(file))).toEqual([]);
    expect(unsourcedChanges(r.input)).toEqual([]);
  });

  it.each(shipped.filter(isRegional))('%s names a source for every listed organisation', (file) => {
    const s = scenario(file);
    expect(s.organisations.mode).toBe('list');
    if (s.organisations.mode !== 'list') return;
    expect(s.organisations.list.filter((o) => !o.source).map((o) => o.name)).toEqual([]);
  });

  it.each(shipped)('%s is at the scale its form promises', (file) => {
    const s = scenario(file);
    if (isRegional(file)) expect(officials(s)).toBeLessThan(50_000);
    else {
      expect(s.organisations.mode).toBe('generate');
      expect(officials(s)).toBeGreaterThan(500_000);
    }
  });
});

describe('shared parts in scenarios/base', () => {
  it.each(bases)('%s points at the JSON Schema, says what it is, and is extended by a shipped scenario', (file) => {
    const own = raw(join(BASE, file));
    expect(own.$schema).toBe('../schema/scenario.schema.json');
    expect(typeof own.description === 'string' && (own.description as string).length > 80).toBe(true);
    const path = join(BASE, file);
    expect(shipped.some((s) => resolved(s).chain.includes(path))).toBe(true);
  });
});

describe('scenario pairs that must differ only where they say', () => {
  /** The resolved scenario without what is meant to differ. */
  const strip = (s: Scenario, drop: (s: Record<string, any>) => void) => {
    const copy = structuredClone(s) as Record<string, any>;
    for (const k of ['name', 'title', 'description']) delete copy[k];
    drop(copy);
    return copy;
  };
  const safeguards = (s: Record<string, any>) => delete s.programme.safeguards;

  it.each([
    ['japan.json', 'japan-no-safeguards.json'],
    ['japan-regional.json', 'japan-no-safeguards-regional.json'],
  ])('%s and %s differ only in their safeguards', (a, b) => {
    expect(strip(scenario(b), safeguards)).toEqual(strip(scenario(a), safeguards));
    expect(scenario(b).programme.safeguards.seniorPostCap.value).toBe(1);
    expect(scenario(b).programme.safeguards.hostAccountability.value).toBe(0);
    expect(scenario(a).programme.safeguards.seniorPostCap.value).toBeLessThan(1);
    expect(scenario(a).programme.safeguards.hostAccountability.value).toBeGreaterThan(0);
  });

  it('the two Greater Manchester cases list the same organisations and links', () => {
    expect(scenario('uk-devolution-framework-regional.json').organisations).toEqual(scenario('uk-2026-regional.json').organisations);
    expect(scenario('uk-devolution-framework-regional.json').regions).toEqual(scenario('uk-2026-regional.json').regions);
  });

  it('the national UK 2026 and framework scenarios generate the same England', () => {
    expect(scenario('uk-devolution-framework.json').organisations).toEqual(scenario('uk-2026.json').organisations);
  });
});

describe('regional cases run', () => {
  it.each(shipped.filter(isRegional))('%s runs ten years with no NaN in its metrics', (file) => {
    const s = scenario(file);
    expect(s.years.value).toBe(10);
    const bad: string[] = [];
    let ticks = 0;
    let started = 0;
    runReplicate(s, {
      onRows: (rows) => {
        ticks++;
        for (const r of rows) {
          if (!Number.isFinite(r.value)) bad.push(`${r.date} ${r.metric}/${r.group}=${r.value}`);
          if (r.metric === 'placementsStarted') started += r.value;
        }
      },
    });
    expect(ticks).toBe(121);
    expect(bad.slice(0, 10)).toEqual([]);
    expect(started).toBeGreaterThan(0);
  });

  it('japan-regional keeps the live stocks it was calibrated to (MIC 2014, scaled to Kumamoto)', () => {
    // Targets from the scenario's provenance; mean over years 4–10 (after the warm-up) and 5 seeds.
    const targets: Record<string, number> = {
      'secondment:centralToCombined': 20,
      'secondment:centralToLocal': 5.4,
      'secondment:combinedToCentral': 32,
      'secondment:localToCentral': 6.8,
    };
    const s = scenario('japan-regional.json');
    const sums: Record<string, number> = {};
    let n = 0;
    for (let seed = 1; seed <= 5; seed++) {
      runReplicate(s, {
        seed,
        metrics: ['placementsLive'],
        onRows: (rows) => {
          if (rows[0].tick < 48) return;
          n++;
          for (const r of rows) sums[r.group] = (sums[r.group] ?? 0) + r.value;
        },
      });
    }
    for (const [flow, target] of Object.entries(targets)) {
      const mean = sums[flow] / n;
      expect(mean, flow).toBeGreaterThan(target * 0.7);
      expect(mean, flow).toBeLessThan(target * 1.3);
    }
  });
});
