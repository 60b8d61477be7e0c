import { describe, expect, it } from 'vitest';
import { Tally } from '../../sim/model/tally.ts';

describe('the tally', () => {
  it('clears every per-tick count and keeps the counts summed since the start', () => {
    const tally = new Tally(3, 5);
    const counts = Object.entries(tally).filter(([, a]) => a instanceof Float64Array) as [string, Float64Array][];
    for (const [, a] of counts) a.fill(1);
    tally.adminCost = 7;
    tally.clear();
    const left = Object.fromEntries(counts.map(([name, a]) => [name, a.reduce((s, x) => s + x, 0)]).filter(([, sum]) => sum !== 0));
    expect(left).toEqual({ promotedSinceStart: tally.promotedSinceStart.length, promotedExperiencedSinceStart: tally.promotedExperiencedSinceStart.length });
    expect(tally.adminCost).toBe(0);
    expect(tally.hiresByOrg).toEqual(new Float64Array(5));
  });
});
