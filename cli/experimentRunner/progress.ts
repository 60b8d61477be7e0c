/** Redraws at most this often: a national run has few months, a small sweep thousands of runs a second. */
const INTERVAL_MS = 100;

/**
 * Runs done (and how far the run in this thread is), elapsed time and an estimate of time left,
 * redrawn on one line of stderr when it is a terminal; silent otherwise (logs and CI stay clean).
 */
export class Progress {
  private finished = 0;
  /** How far through its months the run in this thread is, 0 to 1 (a single national run takes minutes). */
  private fraction = 0;
  private drawn = 0;
  private readonly started = Date.now();
  private readonly shown: boolean;

  constructor(private readonly total: number, private readonly already = 0, wanted = true) {
    this.shown = wanted && process.stderr.isTTY === true;
    this.draw(true);
  }

  tick(): void {
    this.finished++;
    this.fraction = 0;
    this.draw(false);
  }

  /** After each month of a run in this thread. */
  month(tick: number, horizon: number): void {
    this.fraction = horizon > 0 ? tick / horizon : 0;
    this.draw(false);
  }

  done(): void {
    if (this.shown && this.drawn > 0) process.stderr.write('\r\x1b[K');
  }

  private draw(force: boolean): void {
    if (!this.shown) return;
    const now = Date.now();
    if (!force && now - this.drawn < INTERVAL_MS) return;
    this.drawn = now;
    const elapsed = (now - this.started) / 1000;
    const done = this.finished + this.fraction;
    const left = done > 0 ? (elapsed / done) * (this.total - done) : NaN;
    const width = 24;
    const filled = this.total > 0 ? Math.min(width, Math.round((width * done) / this.total)) : width;
    const resumed = this.already > 0 ? ` (+${this.already} already done)` : '';
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.finished}/${this.total} runs${resumed}  ` +
      `${clock(elapsed)} elapsed  ${Number.isNaN(left) ? '--:--' : clock(left)} left`;
    process.stderr.write(`\r${line.slice(0, (process.stderr.columns ?? 80) - 1)}\x1b[K`);
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}:` : ''}${String(m).padStart(h > 0 ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
}
