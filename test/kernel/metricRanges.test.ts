import { describe, expect, it } from 'vitest';
import { METRICS } from '../../sim/model/metrics.ts';
import { observe } from '../../sim/model/run.ts';
import { Simulation } from '../../sim/model/simulation.ts';
import { join } from 'node:path';
import { loadScenario, ROOT } from './helpers.ts';

/**
 * Every metric declares its range once (`range` in sim/model/metrics.ts); the playground and the
 * CLI clip intervals to it. A declared range the kernel can leave would make those clipped
 * intervals lie, so a year of each shipped regional case is read against it.
 */
describe('metric ranges', () => {
  it('declares a range with its lower end at or below its upper end for every metric', () => {
    for (const [name, m] of Object.entries(METRICS)) expect(m.range[0] <= m.range[1], name).toBe(true);
  });

  it.each(['uk-2026-regional', 'japan-regional'])('keeps every value of %s within its declared range for a year', (name) => {
    const sim = new Simulation(loadScenario(join(ROOT, 'scenarios', `${name}.json`)), { seed: 3 });
    const outside: string[] = [];
    let rows = 0;
    for (let month = 0; month <= 12; month++) {
      if (month > 0) sim.step();
      for (const r of observe(sim)) {
        rows++;
        const [lo, hi] = METRICS[r.metric].range;
        if (!(r.value >= lo - 1e-9 && r.value <= hi + 1e-9)) outside.push(`${r.metric}/${r.group} month ${month}: ${r.value}`);
      }
    }
    expect(rows).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
