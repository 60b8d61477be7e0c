import { resized } from './resized.ts';

/**
 * The officials who may hold a cross-tier tie, so the ties phase visits the few thousand with one
 * rather than every slot (issue 13: it walked 1.7 M slots for about 600 live ties). Whoever gives
 * an official a tie notes them here; the ties phase sorts the list into slot order, so its sums
 * run in exactly the order of a walk over all slots and give the same bits, and drops duplicates
 * and officials whose tie has since gone. Every official with a tie is on the list (invariants.ts).
 */
export class LiveTies {
  size = 0;
  official = new Int32Array(256);

  note(official: number): void {
    if (this.size === this.official.length) this.official = resized(this.official, this.size * 2);
    this.official[this.size++] = official;
  }

  /** Sorts the list into slot order and keeps each official once, and only while they hold a tie. */
  settle(tieLink: Int32Array): void {
    const list = this.official.subarray(0, this.size).sort();
    let kept = 0;
    for (let n = 0; n < list.length; n++) {
      const i = list[n];
      if (tieLink[i] < 0 || (kept > 0 && list[kept - 1] === i)) continue;
      list[kept++] = i;
    }
    this.size = kept;
  }
}
