import { DOMAINS } from '../scenario/vocabulary.ts';
import { resized } from './resized.ts';

const K = DOMAINS.length;

/**
 * Live placements, dense with remove-by-swap (as bitECS's SparseSet): phases iterate only the few
 * thousand live placements, never every official. Grows by doubling, which happens rarely.
 */
export class PlacementPool {
  size = 0;
  official = new Int32Array(0);
  instrument = new Uint8Array(0);
  direction = new Uint8Array(0);
  host = new Int32Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  quality = new Float32Array(0);
  /** Holds a senior post at the host (counts toward safeguards and autonomy). */
  senior = new Uint8Array(0);
  /** Grade of the post held at the host (a central secondee may be placed above their own grade). */
  postGrade = new Uint8Array(0);
  /** Holds a senior post and answers to the home ministry, not the host (pulls autonomy). */
  answersHome = new Uint8Array(0);
  /** Knowledge when the placement began, to measure what was gained. */
  knowAtStart = new Float32Array(0);

  constructor(capacity: number, private readonly placementOf: Int32Array) {
    this.grow(Math.max(16, capacity));
  }

  add(official: number): number {
    if (this.size === this.official.length) this.grow(this.size * 2);
    const p = this.size++;
    this.official[p] = official;
    this.placementOf[official] = p;
    return p;
  }

  /** Removes placement p; the last placement moves into its place. */
  remove(p: number): void {
    this.placementOf[this.official[p]] = -1;
    const last = --this.size;
    if (p === last) return;
    this.official[p] = this.official[last];
    this.instrument[p] = this.instrument[last];
    this.direction[p] = this.direction[last];
    this.host[p] = this.host[last];
    this.start[p] = this.start[last];
    this.end[p] = this.end[last];
    this.quality[p] = this.quality[last];
    this.senior[p] = this.senior[last];
    this.postGrade[p] = this.postGrade[last];
    this.answersHome[p] = this.answersHome[last];
    this.knowAtStart.copyWithin(p * K, last * K, last * K + K);
    this.placementOf[this.official[p]] = p;
  }

  private grow(capacity: number): void {
    this.official = resized(this.official, capacity);
    this.instrument = resized(this.instrument, capacity);
    this.direction = resized(this.direction, capacity);
    this.host = resized(this.host, capacity);
    this.start = resized(this.start, capacity);
    this.end = resized(this.end, capacity);
    this.quality = resized(this.quality, capacity);
    this.senior = resized(this.senior, capacity);
    this.postGrade = resized(this.postGrade, capacity);
    this.answersHome = resized(this.answersHome, capacity);
    this.knowAtStart = resized(this.knowAtStart, capacity * K);
  }
}
