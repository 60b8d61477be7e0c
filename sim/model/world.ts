import { streamKey } from '../random/streams.ts';
import type { Scenario } from '../scenario/schema.ts';
import { DOMAINS, TIERS } from '../scenario/vocabulary.ts';
import { compileScenario, type Compiled } from './compile.ts';
import { buildOrganisations, type Organisations } from './organisations.ts';
import { EndedPlacements } from './endedPlacements.ts';
import { LiveTies } from './liveTies.ts';
import { PlacementPool } from './placementPool.ts';
import { reusedBuffers, type Reused } from './reused.ts';
import { allocateStaffSums, type StaffSums } from './staffSums.ts';
import { Tally } from './tally.ts';

export const K = DOMAINS.length;
export const NEVER = -1_000_000;

/** Officials, one slot each; a slot belongs to one home organisation for the whole run. */
export interface Officials {
  count: number;
  home: Int32Array;
  /** Where the official works now: home, or the host while placed. */
  at: Int32Array;
  occupied: Uint8Array;
  grade: Uint8Array;
  /** Tick the official took their current grade (months in grade = tick - gradeSince). */
  gradeSince: Int32Array;
  /** Tick the official took their current post: drives the induction ramp-up. */
  postSince: Int32Array;
  /** Knowledge per domain in [0, 1], official-major (official * K + domain). */
  know: Float32Array;
  /** Index into the placement pool, or -1. */
  placement: Int32Array;
  /** The link this official's cross-tier tie spans (-1 none) and its strength. */
  tieLink: Int32Array;
  tieStrength: Float32Array;
  /** The tie was built by the official's own placement (1), not as a host colleague (0). */
  tieFromPlacement: Uint8Array;
  placementsDone: Uint8Array;
  returnedAt: Int32Array;
  /** Returned from a placement nobody recognised: leaves more for 12 months. */
  unrecognised: Uint8Array;
  /** Tiers the official has come back from a placement in, one bit per tier (bridges.ts). */
  tiersWorked: Uint8Array;
  /** Entered on the fast track (careers.fastTrackShare; docs/ODD.md §7.4): rotated by plan, promoted sooner. */
  fastTrack: Uint8Array;
  /** One bit per slot: vacant or an unrecognised returner, the slots attrition looks at (attritionWatch.ts). */
  attritionWatch: Uint32Array;
}

/** What changes about organisations and their links as the run goes on. */
export interface OrganisationState {
  mandate: Float64Array;
  resourcing: Float64Array;
  commitment: Float64Array;
  attractiveness: Float64Array;
  demand: Float64Array;
  /** The shared code of each organisation per domain (March 1991). */
  code: Float64Array;
  /** The part of the code that placed officials put there: knowledge transferred and still held. */
  imported: Float64Array;
  capability: Float64Array;
  staffing: Float64Array;
  coordination: Float64Array;
  autonomy: Float64Array;
  decisionSpeed: Float64Array;
  deliveryPace: Float64Array;
  outcome: Float64Array;
  /** Effective knowledge per domain: staff mean blended with the code (what capability compares with demand). */
  know: Float64Array;
  funded: Uint8Array;
  /** Officials in post whose home this is, wherever they work now. */
  headcount: Int32Array;
  /** Placed officials present at each host now. */
  hosted: Int32Array;
  seniorPosts: Int32Array;
  seniorHeldByCentre: Int32Array;
  /** Officials in post whose home this is who have worked in each tier on a placement (organisation * tiers + tier; bridges.ts). */
  bridges: Int32Array;
  /** Cumulative placements started from each organisation (access equity). */
  startsFrom: Float64Array;
  linkTies: Float64Array;
  /** Tie strength built by placements of officials whose home is the link's first (A) or second (B) partner. */
  linkTiesFromA: Float64Array;
  linkTiesFromB: Float64Array;
  linkCoordination: Float64Array;
}

export interface Programme {
  active: boolean;
  /** Everything spent on the programme since the start (GBP). */
  cumulativeCost: number;
  /** Know-how of the programme in [0, 1]: lowers friction, improves matching; lost on lapse (000). */
  experience: number;
  lapses: number;
}

export interface World {
  scenario: Scenario;
  p: Compiled<Scenario>;
  seed: number;
  replicate: number;
  /** Internal ticks in all: the warm-up and then the reported horizon. */
  ticks: number;
  /** Internal tick; the reported month is tick − warmUp (0 = the start). */
  tick: number;
  /** Ticks simulated before the start and not reported. */
  warmUp: number;
  orgs: Organisations;
  org: OrganisationState;
  off: Officials;
  pool: PlacementPool;
  programme: Programme & { cycleEnd: number };
  tally: Tally;
  /** Placements that ended this tick, for the transfer and ties phases. */
  ended: EndedPlacements;
  /** Officials who may hold a tie: the ties phase visits these, not every slot. */
  liveTies: LiveTies;
  /** Link index of an organisation pair (a * count + b, both orders). */
  linkIndex: Map<number, number>;
  /** What this month's learning pass measured of each organisation's staff (staffSums.ts); written by the learning phase only. */
  staff: StaffSums;
  /** How far each host absorbs officials of each home tier this month (host * tiers + tier; bridges.ts): written by learning, read by transfer. */
  absorption: Float64Array;
  /** Stream keys by name, derived once from (seed, replicate, name). */
  keys: Record<StreamName, number>;
  /** Generators and buffers reused tick to tick, one user each. */
  reused: Reused;
}

export const STREAMS = ['init', 'funding', 'attrition', 'careers', 'hiring', 'placement', 'transfer', 'ties'] as const;
export type StreamName = (typeof STREAMS)[number];

/** Bytes a run holds per official: what the memory estimate multiplies by. */
export const BYTES_PER_OFFICIAL = 4 + 4 + 1 + 1 + 4 + 4 + 4 * K + 4 + 4 + 4 + 1 + 1 + 4 + 1 + 1 + 8 + 1 + 1 / 8;

export function allocateWorld(scenario: Scenario, seed: number, replicate: number): World {
  const warmUp = scenario.warmUpYears.value * 12;
  const ticks = warmUp + scenario.years.value * 12;
  const p = compileScenario(scenario, ticks, warmUp);
  // Structure (organisations, links) depends on the seed but not the replicate, so replicates differ
  // in people and events, not in the map of government.
  const orgs = buildOrganisations(scenario, seed);
  const n = orgs.slotStart[orgs.count];
  const no = orgs.count;
  const nl = orgs.linkA.length;
  const placement = new Int32Array(n).fill(-1);
  const f64 = () => new Float64Array(no);
  return {
    scenario, p, seed, replicate, ticks, tick: 0, warmUp, orgs,
    off: {
      count: n,
      home: new Int32Array(n),
      at: new Int32Array(n),
      occupied: new Uint8Array(n),
      grade: new Uint8Array(n),
      gradeSince: new Int32Array(n),
      postSince: new Int32Array(n),
      know: new Float32Array(n * K),
      placement,
      tieLink: new Int32Array(n).fill(-1),
      tieStrength: new Float32Array(n),
      tieFromPlacement: new Uint8Array(n),
      placementsDone: new Uint8Array(n),
      returnedAt: new Int32Array(n).fill(NEVER),
      unrecognised: new Uint8Array(n),
      tiersWorked: new Uint8Array(n),
      fastTrack: new Uint8Array(n),
      // Every slot starts vacant, so watched; hiring clears the bit.
      attritionWatch: new Uint32Array((n + 31) >> 5).fill(0xffffffff),
    },
    org: {
      mandate: f64(), resourcing: f64(), commitment: f64(), attractiveness: f64(),
      demand: new Float64Array(no * K), know: new Float64Array(no * K), code: new Float64Array(no * K), imported: new Float64Array(no * K),
      capability: f64(), staffing: f64(), coordination: f64(), autonomy: new Float64Array(no).fill(1),
      decisionSpeed: f64(), deliveryPace: f64(), outcome: f64(),
      funded: new Uint8Array(no).fill(1), headcount: new Int32Array(no), hosted: new Int32Array(no), seniorPosts: new Int32Array(no),
      seniorHeldByCentre: new Int32Array(no), bridges: new Int32Array(no * TIERS.length), startsFrom: f64(),
      linkTies: new Float64Array(nl), linkTiesFromA: new Float64Array(nl), linkTiesFromB: new Float64Array(nl), linkCoordination: new Float64Array(nl),
    },
    pool: new PlacementPool(1024, placement),
    programme: { active: true, cumulativeCost: 0, experience: 0, lapses: 0, cycleEnd: 0 },
    tally: new Tally(scenario.regions.length, no),
    ended: new EndedPlacements(),
    liveTies: new LiveTies(),
    linkIndex: new Map(Array.from(orgs.linkA, (a, l) => [[a * no + orgs.linkB[l], l], [orgs.linkB[l] * no + a, l]] as const).flat()),
    staff: allocateStaffSums(no),
    absorption: new Float64Array(no * TIERS.length),
    keys: Object.fromEntries(STREAMS.map((s) => [s, streamKey(seed, replicate, s)])) as Record<StreamName, number>,
    reused: reusedBuffers(),
  };
}

