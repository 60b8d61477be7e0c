/**
 * Claim 5, knowledge capture and handover. 000: "Build in safeguards and sustainability. Protect
 * local autonomy, manage impacts on individuals, and leave capability behind through knowledge
 * capture and succession planning." (002's good practice: "building on secondment and experience
 * gained on return to the permanent work-place".)
 *
 * Design: the devolution framework's Greater Manchester case with one flow only, departments
 * seconding into the combined authority (its shipped 26.7 places a year; attachments off), so that
 * home (central) and host (combined) are different organisations and what stays at each can be told
 * apart. The programme runs for the three warm-up years and five reported years and then stops
 * (April 2031); capability is read in the last year of eight, once every placement has ended (terms
 * are at most 24 months), so what is measured is what stayed behind. Arms: neither handover nor
 * capture; capture only; handover only; both (as the framework ships). Paired by replicate.
 *
 * STRUCTURAL (claims.ts): handover is the mechanism that passes a departing official's knowledge to
 * host colleagues, and knowledge capture the one that passes what a placement added to home
 * colleagues (docs/ODD.md §7.8), both written from these sentences. What the test adds to reading
 * the formulas is that the knowledge is still there three years on, past turnover (§7.3),
 * forgetting and the codes' relaxation (§7.7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { above, diff, lastYear, measured, placesOnly, runArms, scenario, type Results } from './helpers.ts';

const FILE = scenario('uk-devolution-framework-regional');
const FLOW = [...placesOnly('secondment', { centralToCombined: 26.7 }), 'programme.instruments.secondment.placesPerYear.centralToCombined=0@2031-04'];
const arm = (label: string, handover: number, capture: number) => ({
  label,
  file: FILE,
  sets: [...FLOW, 'programme.instruments.attachment.enabled=false', `programme.framework.handover=${handover}`, `programme.framework.knowledgeCapture=${capture}`],
});

let r: Results;

beforeAll(async () => {
  r = await runArms([arm('neither', 0, 0), arm('capture', 0, 1), arm('handover', 1, 0), arm('both', 1, 1)], { reps: 10, years: 8 });
}, 120_000);
afterAll(() => r?.dispose());

const capability = (a: string, tier: string) => r.values(a, 'capability', tier, lastYear(r));

describe(claimTitle('capture-handover'), () => {
  it('design check: no placement is live in the year capability is read', () => {
    const live = r.total('both', 'placementsLive', ['secondment:centralToCombined'], lastYear(r));
    expect(Math.max(...live)).toBe(0);
  });

  it('with both, more capability stays behind at home and at the host', () => {
    const home = measured('capture-handover', 'capability at home (central) three years after the last placement started, both minus neither', diff(capability('both', 'central'), capability('neither', 'central')));
    const host = measured('capture-handover', 'capability at the host (combined) three years after the last placement started, both minus neither', diff(capability('both', 'combined'), capability('neither', 'combined')));
    expect(above(home)).toBe(true);
    expect(above(host)).toBe(true);
  });

  it('knowledge capture is what keeps it at home, handover what keeps it at the host', () => {
    const home = measured('capture-handover', 'capability at home (central), capture only minus neither', diff(capability('capture', 'central'), capability('neither', 'central')));
    const host = measured('capture-handover', 'capability at the host (combined), handover only minus neither', diff(capability('handover', 'combined'), capability('neither', 'combined')));
    expect(above(home)).toBe(true);
    expect(above(host)).toBe(true);
  });
});
