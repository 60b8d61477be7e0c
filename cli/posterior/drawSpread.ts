import type { DrawMoments } from '../../sim/stats/posteriorIntervals.ts';

/** Running sums of one key (Welford 1962 within the current draw and across draws' means). */
interface Sums {
  draw: number;
  count: number;
  drawMean: number;
  drawM2: number;
  n: number;
  total: number;
  withinSs: number;
  withinDf: number;
  draws: number;
  meanOfMeans: number;
  m2OfMeans: number;
  inverseSizes: number;
  positive: number;
  negative: number;
  /** Each finished draw's mean, for the keys asked to keep them. */
  means?: number[];
}

/**
 * Values of many keys, replicate by replicate, grouped by the posterior draw each replicate ran
 * (sim/runDesign/posteriorDraw.ts): the moments posteriorIntervals needs, and in how many draws the
 * draw's mean is above or below zero. Replicates must arrive draw by draw (canonical order does
 * that: a draw's replicates are consecutive).
 */
export class DrawSpread {
  private readonly sums = new Map<string, Sums>();

  constructor(private readonly keepMeans: (key: string) => boolean = () => false) {}

  add(key: string, draw: number, x: number): void {
    if (Number.isNaN(x)) return;
    let s = this.sums.get(key);
    if (!s) {
      s = { draw, count: 0, drawMean: 0, drawM2: 0, n: 0, total: 0, withinSs: 0, withinDf: 0, draws: 0, meanOfMeans: 0, m2OfMeans: 0, inverseSizes: 0, positive: 0, negative: 0 };
      if (this.keepMeans(key)) s.means = [];
      this.sums.set(key, s);
    }
    if (draw !== s.draw) close(s), (s.draw = draw);
    const delta = x - s.drawMean;
    s.count++;
    s.drawMean += delta / s.count;
    s.drawM2 += delta * (x - s.drawMean);
    s.n++;
    s.total += x;
  }

  /** The moments of a key, with the last draw closed. */
  get(key: string): (DrawMoments & { positive: number; negative: number; means?: number[] }) | undefined {
    const s = this.sums.get(key);
    if (!s) return undefined;
    close(s);
    return {
      n: s.n,
      draws: s.draws,
      mean: s.total / s.n,
      noiseVariance: s.withinDf > 0 ? s.withinSs / s.withinDf : NaN,
      noiseDf: s.withinDf,
      betweenVariance: s.draws > 1 ? s.m2OfMeans / (s.draws - 1) : NaN,
      meanInverseSize: s.draws > 0 ? s.inverseSizes / s.draws : NaN,
      positive: s.positive,
      negative: s.negative,
      means: s.means,
    };
  }
}

/** Folds the current draw into the totals (nothing when it is empty, so closing twice is harmless). */
function close(s: Sums): void {
  if (s.count === 0) return;
  s.withinSs += s.drawM2;
  s.withinDf += s.count - 1;
  s.draws++;
  const delta = s.drawMean - s.meanOfMeans;
  s.meanOfMeans += delta / s.draws;
  s.m2OfMeans += delta * (s.drawMean - s.meanOfMeans);
  s.inverseSizes += 1 / s.count;
  if (s.drawMean > 0) s.positive++;
  else if (s.drawMean < 0) s.negative++;
  s.means?.push(s.drawMean);
  s.count = 0;
  s.drawMean = 0;
  s.drawM2 = 0;
}
