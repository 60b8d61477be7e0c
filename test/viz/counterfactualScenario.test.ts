import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplicate, type MetricRow } from '../../sim/model/run.ts';
import { withoutMobility } from '../../sim/runDesign/counterfactual.ts';
import { INSTRUMENTS } from '../../sim/scenario/vocabulary.ts';
import { buildCatalogue, prepareSide } from '../../viz/catalogue.ts';
import { counterfactualScenario } from '../../viz/counterfactualScenario.ts';
import { loadScenario } from '../kernel/helpers.ts';
import { shippedScenarioFiles } from './scenarioFiles.ts';

const rowsOf = (s: Parameters<typeof runReplicate>[0]) => {
  const rows: MetricRow[] = [];
  runReplicate(s, { seed: 5, replicate: 1, onRows: (r) => rows.push(...r) });
  return rows;
};

describe('the playground\'s counterfactual', () => {
  const catalogue = buildCatalogue(shippedScenarioFiles());
  const scenario = prepareSide(catalogue, { source: { kind: 'shipped', id: 'japan-regional' }, sets: { years: '1' } }).scenario!;

  it('switches every instrument off and nothing else', () => {
    const cf = counterfactualScenario(scenario);
    expect(INSTRUMENTS.map((i) => cf.programme.instruments[i].enabled)).toEqual(INSTRUMENTS.map(() => false));
    for (const i of INSTRUMENTS) cf.programme.instruments[i].enabled = scenario.programme.instruments[i].enabled;
    expect(cf).toEqual(scenario);
  });

  it('gives the same rows as the CLI\'s --counterfactual (withoutMobility on the file, then resolved)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'capflow-cf-'));
    const file = join(dir, 'japan-cf.json');
    const input = JSON.parse(readFileSync('scenarios/japan-regional.json', 'utf8'));
    input.extends = join(process.cwd(), 'scenarios', input.extends);
    input.years = 1;
    writeFileSync(file, JSON.stringify(withoutMobility(input)));
    const viaCli = loadScenario(file);
    const page = rowsOf(counterfactualScenario(scenario));
    const cli = rowsOf(viaCli);
    expect(page.length).toBeGreaterThan(0);
    expect(page.map((r) => [r.tick, r.metric, r.group, r.value])).toEqual(cli.map((r) => [r.tick, r.metric, r.group, r.value]));
  });
});
