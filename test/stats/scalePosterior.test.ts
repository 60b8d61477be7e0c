import { describe, expect, it } from 'vitest';
import { scalePosteriorCsv } from '../../cli/posterior/scalePosterior.ts';
import { parsePosteriorCsv } from '../../sim/runDesign/posteriorSample.ts';

const text = 'particle,weight,places,share,distance,target:stock\n0,0.25,9.5,0.4,1.2,20\n1,0.75,2,0.6,0.8,25\n';

describe('scaling a regional posterior to the nation', () => {
  it('multiplies the named columns and keeps weights, other parameters, distances and targets', () => {
    const scaled = parsePosteriorCsv(scalePosteriorCsv(text, { places: 59 }), 'k').sample!;
    expect(scaled.points).toEqual([[9.5 * 59, 0.4], [2 * 59, 0.6]]);
    expect(scaled.weights).toEqual([0.25, 0.75]);
    expect(scalePosteriorCsv(text, { places: 59 }).split('\n').map((l) => l.split(',').slice(3).join(','))).toEqual(text.split('\n').map((l) => l.split(',').slice(3).join(',')));
  });

  it('refuses a factor for a column the posterior does not have', () => {
    expect(() => scalePosteriorCsv(text, { volume: 2 })).toThrow(/no column volume/);
  });
});
