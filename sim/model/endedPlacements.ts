import { DOMAINS } from '../scenario/vocabulary.ts';

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
      const grow = <T extends Int32Array | Uint8Array | Float32Array>(a: T, m = n): T => {
        const b = new (a.constructor as new (n: number) => T)(m);
        b.set(a);
        return b;
      };
      this.official = grow(this.official);
      this.home = grow(this.home);
      this.host = grow(this.host);
      this.instrument = grow(this.instrument);
      this.months = grow(this.months);
      this.quality = grow(this.quality);
      this.left = grow(this.left);
      this.gain = grow(this.gain, n * K);
    }
    return this.size++;
  }

  clear(): void {
    this.size = 0;
  }
}
