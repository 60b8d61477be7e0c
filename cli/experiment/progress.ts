/**
 * Runs done, elapsed time and an estimate of time left, redrawn on one line of stderr when it is a
 * terminal; silent otherwise (logs and CI stay clean).
 */
export class Progress {
  private finished = 0;
  private readonly started = Date.now();
  private readonly shown: boolean;

  constructor(private readonly total: number, private readonly already = 0, wanted = true) {
    this.shown = wanted && process.stderr.isTTY === true;
    this.draw();
  }

  tick(): void {
    this.finished++;
    this.draw();
  }

  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
  }

  private draw(): void {
    if (!this.shown) return;
    const elapsed = (Date.now() - this.started) / 1000;
    const left = this.finished > 0 ? (elapsed / this.finished) * (this.total - this.finished) : NaN;
    const width = 24;
    const filled = this.total > 0 ? Math.round((width * this.finished) / this.total) : width;
    const resumed = this.already > 0 ? ` (+${this.already} already done)` : '';
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.finished}/${this.total} runs${resumed}  ` +
        `${clock(elapsed)} elapsed  ${Number.isNaN(left) ? '--:--' : clock(left)} left `,
    );
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
