/**
 * Running mean and variance (Welford 1962) for many keys at once, so experiment summaries take
 * memory in proportion to what they report, never to the number of runs.
 */
export class Moments {
  private n = new Float64Array(0);
  private mean = new Float64Array(0);
  private m2 = new Float64Array(0);
  private readonly index = new Map<string, number>();
  readonly keys: string[] = [];

  add(key: string, x: number): void {
    let k = this.index.get(key);
    if (k === undefined) {
      k = this.keys.length;
      this.index.set(key, k);
      this.keys.push(key);
      if (k >= this.n.length) this.grow(Math.max(64, k * 2));
    }
    const n = ++this.n[k];
    const delta = x - this.mean[k];
    this.mean[k] += delta / n;
    this.m2[k] += delta * (x - this.mean[k]);
  }

  get(key: string): { n: number; mean: number; sd: number } | undefined {
    const k = this.index.get(key);
    if (k === undefined) return undefined;
    const n = this.n[k];
    return { n, mean: this.mean[k], sd: n > 1 ? Math.sqrt(this.m2[k] / (n - 1)) : 0 };
  }

  private grow(size: number): void {
    const copy = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.n = copy(this.n);
    this.mean = copy(this.mean);
    this.m2 = copy(this.m2);
  }
}
