import type { Io } from './io.ts';

/** Redraws at most this often: a national run has few ticks, a small one thousands a second. */
const INTERVAL_MS = 100;

/**
 * One line on stderr, redrawn in place: ticks done of all replicates, which replicate, time spent
 * and an estimate of time left. Silent unless stderr is a terminal, so logs and pipes stay clean.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private drawn = 0;
  private readonly shown: boolean;

  constructor(
    private readonly io: Io,
    private readonly replicates: number,
    private readonly ticksPerReplicate: number,
  ) {
    this.shown = io.stderrIsTTY;
  }

  /** After `tick` of replicate index `replicate` (0-based). */
  update(replicate: number, tick: number): void {
    if (!this.shown) return;
    const now = Date.now();
    if (now - this.drawn < INTERVAL_MS) return;
    this.drawn = now;
    const total = this.replicates * this.ticksPerReplicate;
    const done = replicate * this.ticksPerReplicate + tick;
    const elapsed = (now - this.started) / 1000;
    const left = done > 0 ? (elapsed / done) * (total - done) : NaN;
    const width = 16;
    const filled = Math.min(width, Math.round((width * done) / total));
    const line =
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ticks` +
      `  replicate ${replicate + 1}/${this.replicates}  ${clock(elapsed)} elapsed  ${Number.isNaN(left) ? '--:--' : clock(left)} left`;
    const columns = this.io.stderrColumns ?? 80;
    this.io.err(`\r${line.slice(0, columns - 1)}\x1b[K`);
  }

  /** Erases the line, so what follows starts clean. */
  finish(): void {
    if (this.shown && this.drawn > 0) this.io.err('\r\x1b[K');
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}
