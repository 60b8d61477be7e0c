import { Draws } from '../random/streams.ts';

/**
 * Generators and buffers that phases reuse from tick to tick, each named after its one user, so
 * no phase keeps state outside the world (issue 13) and two worlds in one process share nothing.
 * A Draws is reset before every decision it serves (streams.ts), so reusing one changes no number.
 */
export interface Reused {
  /** Gaps between base-rate leavers (attrition.ts). */
  leaverGaps: Draws;
  /** A new entrant's knowledge (hiring.ts; populate.ts has its own). */
  entrant: Draws;
  /** The initial population's draws (populate.ts). */
  populate: Draws;
  /** Host colleagues who gain a tie (ties.ts). */
  hostContacts: Draws;
  /** Colleagues who are passed knowledge (lifecycle.ts passOn). */
  passOn: Draws;
  /** The pair of normal deviates behind two domains of an entrant's knowledge (hiring.ts). */
  normalPair: Float64Array;
  /** Vacant slots of the organisation the workforce phase is on, in slot order; grows to the largest. */
  vacancies: Int32Array;
}

export function reusedBuffers(): Reused {
  return {
    leaverGaps: new Draws(),
    entrant: new Draws(),
    populate: new Draws(),
    hostContacts: new Draws(),
    passOn: new Draws(),
    normalPair: new Float64Array(2),
    vacancies: new Int32Array(1024),
  };
}
