import { DIRECTIONS, GRADES, INSTRUMENTS, TIERS } from '../scenario/vocabulary.ts';

const ID = INSTRUMENTS.length * DIRECTIONS.length;
const T = TIERS.length;
const TG = T * GRADES.length;

/** Counts summed over the reported months, which clearing a tick leaves alone. */
const KEPT_ACROSS_TICKS: ReadonlySet<string> = new Set(['promotedSinceStart', 'promotedExperiencedSinceStart']);

/** Events counted during one tick by the phases, read by metrics, cleared before the next tick. */
export class Tally {
  /** By instrument × direction (index instrument * 6 + direction). */
  readonly started = new Float64Array(ID);
  readonly completed = new Float64Array(ID);
  readonly endedEarly = new Float64Array(ID);
  readonly failedUnwilling = new Float64Array(ID);
  readonly failedFriction = new Float64Array(ID);
  readonly failedNoHost = new Float64Array(ID);
  /** Proposals that would have outlasted the funded settlement and were not committed beyond it. */
  readonly failedHorizon = new Float64Array(ID);
  readonly safeguarded = new Float64Array(ID);
  /** By home tier. */
  readonly leavers = new Float64Array(T);
  readonly leaversOnPlacement = new Float64Array(T);
  readonly returnersLeaving = new Float64Array(T);
  readonly returned = new Float64Array(T);
  readonly hires = new Float64Array(T);
  readonly promotions = new Float64Array(T);
  readonly promotionsOfExperienced = new Float64Array(T);
  /** Promotions by tier × grade promoted into (index tier * grades + grade), and those of officials with cross-tier experience. */
  readonly promotionsInto = new Float64Array(TG);
  readonly promotionsIntoExperienced = new Float64Array(TG);
  /**
   * The same two counts summed over the reported months so far (from the reported start, not the
   * warm-up): never cleared, so the share of new promotions with cross-tier experience is read over
   * years, not months with a handful of promotions each.
   */
  readonly promotedSinceStart = new Float64Array(TG);
  readonly promotedExperiencedSinceStart = new Float64Array(TG);
  /** Knowledge added to organisational codes by placed officials, by receiving tier. */
  readonly transferred = new Float64Array(T);
  /** By instrument, plus the programme's running cost. */
  readonly cost = new Float64Array(INSTRUMENTS.length);
  /** Placement costs by the tier that bears them (the programme's running cost is separate). */
  readonly costBorne = new Float64Array(T);
  adminCost = 0;

  constructor(regions: number, organisations: number) {
    this.startsByRegion = new Float64Array(regions);
    this.hiresByOrg = new Float64Array(organisations);
    this.leaversByOrg = new Float64Array(organisations);
  }

  /** By home organisation, so headcount stock and flow can be checked organisation by organisation. */
  readonly hiresByOrg: Float64Array;
  readonly leaversByOrg: Float64Array;

  /** By region of the sending organisation (access equity). */
  readonly startsByRegion: Float64Array;

  /**
   * Zeroes every per-tick count: each typed array of the tally, found on the object itself so a
   * count added later is cleared without anyone keeping a list, except the since-start counts.
   */
  clear(): void {
    for (const [name, a] of Object.entries(this)) if (a instanceof Float64Array && !KEPT_ACROSS_TICKS.has(name)) a.fill(0);
    this.adminCost = 0;
  }
}
