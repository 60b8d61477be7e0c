import { DOMAINS } from '../scenario/vocabulary.ts';
import { resized } from './resized.ts';

const K = DOMAINS.length;

/**
 * Placements that ended this tick (completed, ended early, or cut short by the official leaving),
 * kept until the transfer and ties phases have drawn on them, then cleared at the next tick.
 */
export class EndedPlacements {
  size = 0;
  official = new Int32Array(64);
  home = new Int32Array(64);
  host = new Int32Array(64);
  instrument = new Uint8Array(64);
  months = new Int32Array(64);
  quality = new Float32Array(64);
  /** The official left the service: no knowledge comes home. */
  left = new Uint8Array(64);
  /** Knowledge gained on the placement, per domain (never negative). */
  gain = new Float32Array(64 * K);

  push(): number {
    if (this.size === this.official.length) {
      const n = this.size * 2;
      this.official = resized(this.official, n);
      this.home = resized(this.home, n);
      this.host = resized(this.host, n);
      this.instrument = resized(this.instrument, n);
      this.months = resized(this.months, n);
      this.quality = resized(this.quality, n);
      this.left = resized(this.left, n);
      this.gain = resized(this.gain, n * K);
    }
    return this.size++;
  }

  clear(): void {
    this.size = 0;
  }
}
