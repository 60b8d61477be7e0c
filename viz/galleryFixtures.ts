import { dateOfTick } from '../sim/model/compile.ts';
import { TIERS } from '../sim/scenario/vocabulary.ts';
import type { BandChartOptions, BandSeries } from './charts/bandChart.ts';
import type { ChordChartOptions } from './charts/chordChart.ts';
import { SIDE_STYLE, TIER_COLOURS } from './charts/palette.ts';
import { monthDate } from './data/monthDate.ts';

/**
 * Fixed columns for each chart, one fixture per case worth seeing: shared by the dev gallery
 * (viz/gallery.html) and the browser tests, so what a person looks at is what is tested.
 */
const months = Array.from({ length: 25 }, (_, t) => monthDate(dateOfTick('2026-04', t)));
const ramp = (from: number, to: number, spread: number, style: { colour: string; dash: string }, label: string, x: BandSeries['x'] = months): BandSeries => {
  const mean = Float64Array.from({ length: x.length }, (_, t) => from + ((to - from) * t) / (x.length - 1));
  return { label, colour: style.colour, dash: style.dash, x, mean, lo: mean.map((v) => v - spread), hi: mean.map((v) => v + spread) };
};

export const BAND_FIXTURES: Record<string, BandChartOptions> = {
  compare: {
    title: 'Capability',
    description: 'Two scenarios, three tiers',
    unit: 'index (0–1)',
    width: 900,
    bounds: [0, 1],
    facets: TIERS.map((tier, i) => ({
      title: tier,
      series: [ramp(0.6 + 0.05 * i, 0.8, 0.02, SIDE_STYLE.a, 'A: first'), ramp(0.7, 0.95 - 0.05 * i, 0.04, SIDE_STYLE.b, 'B: second')],
    })),
  },
  difference: {
    title: 'Capability: B − A',
    description: 'Paired differences around zero',
    unit: 'index (0–1)',
    width: 600,
    zero: true,
    facets: [{ title: 'local', series: [ramp(-0.05, 0.1, 0.03, SIDE_STYLE.difference, 'B − A (5 pairs)')] }],
  },
  oneReplicateRunYears: {
    title: 'Cost',
    description: 'One replicate (no band), years since start on the x axis, money on the y axis',
    unit: 'GBP',
    width: 420,
    facets: [
      {
        title: 'all',
        series: [
          { ...ramp(0, 2.5e6, 0, SIDE_STYLE.a, 'A: 1992'), x: months.map((_, t) => t / 12), lo: new Float64Array(25).fill(NaN), hi: new Float64Array(25).fill(NaN) },
          { ...ramp(1e5, 4e6, 0, SIDE_STYLE.b, 'B: 2026'), x: months.map((_, t) => t / 12), lo: new Float64Array(25).fill(NaN), hi: new Float64Array(25).fill(NaN) },
        ],
      },
    ],
  },
};

export const CHORD_FIXTURES: Record<string, ChordChartOptions> = {
  flows: {
    title: 'Flows between tiers',
    description: 'Placements started',
    matrix: [
      [0, 30, 12],
      [25, 0, 8],
      [10, 4, 0],
    ],
    names: TIERS,
    colours: TIER_COLOURS,
    unit: 'placements',
    width: 360,
  },
  none: {
    title: 'No flows',
    description: 'A scenario with every instrument off',
    matrix: [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ],
    names: TIERS,
    colours: TIER_COLOURS,
    unit: 'placements',
    width: 300,
  },
};
