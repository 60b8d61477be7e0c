import seedrandom from 'seedrandom';
import { uniformAt } from './hash.ts';
import { cos, ln, sin } from '../math/portable.ts';

/**
 * The key of a named stream, derived from content (seed, replicate, stream name) and never from a
 * position in a run list. seedrandom's ARC4 turns the string into state once; draws then use the
 * cheap counter hash, never ARC4 in a hot loop (docs/ODD.md §4.9).
 */
export function streamKey(seed: number, replicate: number, name: string): number {
  const rng = seedrandom(`capflow/${seed}/${replicate}/${name}`);
  return rng.int32() >>> 0;
}

/**
 * A sequence of draws for one (stream, tick, subject), seeded by the counter hash and continued
 * by mulberry32 (Tommy Ettinger, public domain): cheap enough for the dozens of looks a shortlist
 * takes. Processes that need several numbers per decision (a host, then a candidate) take a fresh
 * Draws per decision, so one decision's consumption never shifts another's numbers.
 */
export class Draws {
  private state = 0;

  reset(streamKey: number, tick: number, subject: number): this {
    // Salted, so a decision drawn as uniformAt(key, tick, subject) and the sequence that follows
    // it (a new entrant's knowledge after the decision to hire) are not the same number.
    this.state = uniformAt(streamKey ^ 0x85ebca6b, tick, subject) * 4294967296;
    return this;
  }

  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A standard normal deviate (Box–Muller; the second value is discarded to keep draws aligned). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * ln(u)) * cos(2 * Math.PI * v);
  }

  /** Two independent standard normal deviates from one Box–Muller pair, written into out. */
  normalPair(out: Float64Array): void {
    const r = Math.sqrt(-2 * ln(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    out[0] = r * cos(angle);
    out[1] = r * sin(angle);
  }
}
