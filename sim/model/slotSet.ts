/**
 * A set of slot numbers with O(1) add, remove and dense iteration (a sparse set, as in bitECS):
 * phases that care about vacancies visit the few vacant posts, not every slot.
 */
export class SlotSet {
  size = 0;
  readonly dense: Int32Array;
  private readonly position: Int32Array;

  constructor(capacity: number) {
    this.dense = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  has(slot: number): boolean {
    return this.position[slot] >= 0;
  }

  add(slot: number): void {
    if (this.position[slot] >= 0) return;
    this.position[slot] = this.size;
    this.dense[this.size++] = slot;
  }

  delete(slot: number): void {
    const at = this.position[slot];
    if (at < 0) return;
    const last = this.dense[--this.size];
    this.dense[at] = last;
    this.position[last] = at;
    this.position[slot] = -1;
  }
}
