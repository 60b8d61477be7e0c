import { describe, expect, it } from 'vitest';
import { runReplicate, type MetricRow } from '../../sim/model/run.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { loadFixture } from './helpers.ts';

function rowsOf(scenario: Scenario, seed: number, replicate = 0): { rows: MetricRow[]; orgs: unknown } {
  const rows: MetricRow[] = [];
  const sim = runReplicate(scenario, { seed, replicate, onRows: (r) => rows.push(...r) });
  return { rows, orgs: sim.world.orgs };
}

describe('a run', () => {
  const scenario = loadFixture('instruments-voluntary');
  const first = rowsOf(scenario, 3);

  it('gives identical metric rows, ticks 0 to 36, for the same scenario and seed', () => {
    const again = rowsOf(loadFixture('instruments-voluntary'), 3);
    expect(new Set(first.rows.map((r) => r.tick)).size).toBe(37);
    expect(again.rows).toEqual(first.rows);
  });

  it('starts placements in the fixture, so the rows compared are not all zeros', () => {
    const started = first.rows.filter((r) => r.metric === 'placementsStarted').reduce((a, r) => a + r.value, 0);
    expect(started).toBeGreaterThan(100);
  });

  it('differs under a different seed', () => {
    expect(rowsOf(scenario, 4).rows).not.toEqual(first.rows);
  });

  it('differs between replicates of one seed', () => {
    expect(rowsOf(scenario, 3, 1).rows).not.toEqual(first.rows);
  });

  it('keeps the map of government (organisations, sizes, attributes, links) across replicates of one seed', () => {
    expect(rowsOf(scenario, 3, 1).orgs).toEqual(first.orgs);
  });

  it('draws a different map of government under a different seed', () => {
    expect(rowsOf(scenario, 4).orgs).not.toEqual(first.orgs);
  });

  it("uses the scenario's own seed when none is given", () => {
    const rows: MetricRow[] = [];
    runReplicate(scenario, { onRows: (r) => rows.push(...r) });
    expect(scenario.seed).toBe(11);
    expect(rows).toEqual(rowsOf(scenario, 11).rows);
  });
});
