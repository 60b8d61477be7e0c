/**
 * Notes Ctrl-C (and SIGTERM) instead of dying at once, so a run can stop between ticks and remove
 * its half-written output. A second Ctrl-C is not caught: it ends the process immediately.
 */
export class Interrupts {
  signal: NodeJS.Signals | undefined;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.signal = signal;
  };

  constructor() {
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  release(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }
}
