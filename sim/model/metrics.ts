import { DIRECTION_TIERS, DIRECTIONS, directionIndex, DOMAINS, GRADES, INSTRUMENTS, SENIOR_GRADE, TIERS } from '../scenario/vocabulary.ts';
import { gini } from '../stats/gini.ts';
import { K, type World } from './world.ts';

/** One value of a metric for one group (a tier, an instrument and direction, a region, "all"). */
export type Emit = (group: string, value: number) => void;

export interface Metric {
  description: string;
  unit: string;
  /**
   * The values the metric can take, [lowest, highest] (±Infinity where unbounded). Declared here
   * and nowhere else: the playground and the CLI clip intervals to it and say so (docs/ODD.md
   * §4.11), and the fuzz test checks every emitted value against it.
   */
  range: readonly [number, number];
  /**
   * How a value reads over a window of months: a `stock` is a state at the end of a month (read
   * at the month), a `flow` is counted within the month (summed over the window), a `rate` is a
   * per-month rate (averaged over the window).
   */
  kind: 'stock' | 'flow' | 'rate';
  /** Reads the world after a tick and emits values; never changes the world or draws numbers. */
  reduce(w: World, emit: Emit): void;
}

/** Establishment-weighted mean of a per-organisation array, by tier. */
function byTier(values: (w: World) => ArrayLike<number>, tiers: readonly number[] = [0, 1, 2]) {
  return (w: World, emit: Emit) => {
    const v = values(w);
    for (const t of tiers) {
      let sum = 0;
      let weight = 0;
      for (let o = 0; o < w.orgs.count; o++) {
        if (w.orgs.tier[o] !== t) continue;
        sum += v[o] * w.orgs.establishment[o];
        weight += w.orgs.establishment[o];
      }
      if (weight > 0) emit(TIERS[t], sum / weight);
    }
  };
}

/**
 * Establishment-weighted mean of a per-organisation, per-domain array, by tier and domain (groups
 * `tier:domain`): the tier-level quantity a replication can dock on without reading state.
 */
function byTierAndDomain(values: (w: World, o: number, d: number) => number) {
  return (w: World, emit: Emit) => {
    for (let t = 0; t < TIERS.length; t++) {
      let weight = 0;
      const sums = new Float64Array(K);
      for (let o = 0; o < w.orgs.count; o++) {
        if (w.orgs.tier[o] !== t) continue;
        weight += w.orgs.establishment[o];
        for (let d = 0; d < K; d++) sums[d] += values(w, o, d) * w.orgs.establishment[o];
      }
      if (weight > 0) DOMAINS.forEach((domain, d) => emit(`${TIERS[t]}:${domain}`, sums[d] / weight));
    }
  };
}

/**
 * The staff mean x̄ of docs/ODD.md §7.7 (productivity-weighted, home staff present and placed
 * guests), as this month's assessment computed it: the learning phase leaves its sums in w.staff
 * and no later phase writes them, so this is what entered capability, before this month's transfer.
 * An organisation with no productive staff has x̄ = 0, as in the assessment.
 */
const staffMean = (w: World, o: number, d: number) => (w.staff.weight[o] > 0 ? w.staff.weightedKnow[o * K + d] / w.staff.weight[o] : 0);

/** Calls f for every tier and every grade that holds senior posts (SENIOR_GRADE and above). */
function seniorGrades(f: (tier: number, grade: number) => void): void {
  for (let t = 0; t < TIERS.length; t++) for (let g = SENIOR_GRADE; g < GRADES.length; g++) f(t, g);
}

/** A per-tier tally (counts this tick). */
const tallyByTier = (pick: (w: World) => Float64Array) => (w: World, emit: Emit) =>
  TIERS.forEach((t, i) => emit(t, pick(w)[i]));

/** A per-instrument-and-direction tally, emitting only flows a scenario uses. */
const tallyByFlow = (pick: (w: World) => Float64Array) => (w: World, emit: Emit) => {
  const used = flowsInUse(w);
  const values = pick(w);
  INSTRUMENTS.forEach((inst, i) =>
    DIRECTIONS.forEach((dir, d) => {
      if (used[i * 6 + d]) emit(`${inst}:${dir}`, values[i * 6 + d]);
    }),
  );
};

/** Which flows a scenario ever offers places in: fixed by the scenario, so worked out once per run. */
const flowsUsed = new WeakMap<World, Uint8Array>();
function flowsInUse(w: World): Uint8Array {
  let used = flowsUsed.get(w);
  if (!used) {
    used = Uint8Array.from({ length: INSTRUMENTS.length * 6 }, (_, k) => (flowInUse(w, Math.floor(k / 6), k % 6) ? 1 : 0));
    flowsUsed.set(w, used);
  }
  return used;
}

function flowInUse(w: World, inst: number, dir: number): boolean {
  const spec = w.p.programme.instruments[INSTRUMENTS[inst]];
  if (!spec.enabled) return false;
  const series = spec.placesPerYear[DIRECTIONS[dir]];
  for (let t = 0; t < series.length; t++) if (series[t] > 0) return true;
  // An exchange in one direction sends people the other way too.
  if (INSTRUMENTS[inst] !== 'exchange') return false;
  const [from, to] = DIRECTION_TIERS[DIRECTIONS[dir]];
  const back = spec.placesPerYear[DIRECTIONS[directionIndex(to, from)]];
  for (let t = 0; t < back.length; t++) if (back[t] > 0) return true;
  return false;
}

function liveByFlow(w: World): Float64Array {
  const live = new Float64Array(INSTRUMENTS.length * 6);
  for (let q = 0; q < w.pool.size; q++) live[w.pool.instrument[q] * 6 + w.pool.direction[q]]++;
  return live;
}

/** Whether live placement q is a central secondee holding a senior post in a local (non-central) host. */
function centralInSeniorLocalPost(w: World, q: number): boolean {
  const { pool, orgs, off } = w;
  return pool.senior[q] === 1 && orgs.tier[pool.host[q]] !== 0 && orgs.tier[off.home[pool.official[q]]] === 0;
}

/**
 * Central secondees holding senior local posts, by host tier, and of them those in executive posts
 * (department head and above: the MIC counts 323 in 2010 and 371 in 2012 nationally).
 */
function centralSeniorPosts(w: World, emit: Emit): void {
  const { pool, orgs } = w;
  const senior = [0, 0, 0];
  const executive = [0, 0, 0];
  for (let q = 0; q < pool.size; q++) {
    if (!centralInSeniorLocalPost(w, q)) continue;
    const t = orgs.tier[pool.host[q]];
    senior[t]++;
    if (pool.postGrade[q] === GRADES.length - 1) executive[t]++;
  }
  for (const t of [1, 2]) {
    emit(TIERS[t], senior[t]);
    emit(`${TIERS[t]}:executive`, executive[t]);
  }
}

/**
 * Local secondees holding senior ministry posts (office director and above), by home tier: the
 * other side of the seniority asymmetry (MIC via Tokyo Shimbun, 2005–06: 20 local officials at
 * office-director level and above in ministries against 532 national officials at section-chief
 * level and above in prefectural posts; docs/ODD.md §7.6).
 */
function localSeniorPostsInCentre(w: World, emit: Emit): void {
  const { pool, orgs, off } = w;
  const held = [0, 0, 0];
  for (let q = 0; q < pool.size; q++) {
    const t = orgs.tier[off.home[pool.official[q]]];
    if (pool.senior[q] === 1 && t !== 0 && orgs.tier[pool.host[q]] === 0) held[t]++;
  }
  emit(TIERS[1], held[1]);
  emit(TIERS[2], held[2]);
}

/** Local organisations with at least one central secondee in an executive post (MIC: 25 of 47 prefectures had a vice-governor from the centre in 2020). */
function hostsWithCentralExecutive(w: World, emit: Emit): void {
  const { pool, orgs } = w;
  const has = new Uint8Array(orgs.count);
  for (let q = 0; q < pool.size; q++) {
    const o = pool.host[q];
    if (centralInSeniorLocalPost(w, q) && pool.postGrade[q] === GRADES.length - 1) has[o] = 1;
  }
  const n = [0, 0, 0];
  for (let o = 0; o < orgs.count; o++) n[orgs.tier[o]] += has[o];
  emit(TIERS[1], n[1]);
  emit(TIERS[2], n[2]);
}

function headcount(w: World, tier: number): number {
  let n = 0;
  for (let o = 0; o < w.orgs.count; o++) if (w.orgs.tier[o] === tier) n += w.org.headcount[o];
  return n;
}

/** Placements started to date per 1,000 staff of each organisation of a tier (every tier when tier is -1). */
function startsPerThousand(w: World, tier: number): number[] {
  const rates: number[] = [];
  for (let o = 0; o < w.orgs.count; o++) if (tier < 0 || w.orgs.tier[o] === tier) rates.push((1000 * w.org.startsFrom[o]) / w.orgs.establishment[o]);
  return rates;
}

/** The unit interval, for indices, shares and ratios. */
const UNIT = [0, 1] as const;
/** Counts and amounts that cannot be negative but have no upper bound. */
const NON_NEGATIVE = [0, Infinity] as const;

export const METRICS: Record<string, Metric> = {
  capability: { description: 'Capability against demand (staffing times knowledge meeting demand)', unit: 'index (0–1)', range: UNIT, kind: 'stock', reduce: byTier((w) => w.org.capability) },
  capacityGap: {
    description: 'One minus capability', unit: 'index (0–1)', range: UNIT, kind: 'stock',
    reduce: (w, emit) => byTier((x) => x.org.capability)(w, (g, v) => emit(g, 1 - v)),
  },
  knowledgeGap: {
    description: 'Mean shortfall of effective knowledge below demand across domains', unit: 'index (0–1)', range: UNIT, kind: 'stock',
    reduce: byTier((w) => {
      const gap = new Float64Array(w.orgs.count);
      for (let o = 0; o < w.orgs.count; o++) for (let d = 0; d < K; d++) gap[o] += Math.max(0, w.org.demand[o * K + d] - w.org.know[o * K + d]) / K;
      return gap;
    }),
  },
  staffKnowledge: {
    description: 'Staff mean knowledge per domain that entered capability this month (productivity-weighted over staff present, ODD §7.7), by tier and domain',
    unit: 'index (0–1)', range: UNIT, kind: 'stock',
    reduce: byTierAndDomain(staffMean),
  },
  codeKnowledge: {
    description: "Organisational code per domain after this month's update, the one that entered capability (ODD §7.7), by tier and domain",
    unit: 'index (0–1)', range: UNIT, kind: 'stock',
    reduce: byTierAndDomain((w, o, d) => w.org.code[o * K + d]),
  },
  capabilityByRegion: {
    description: 'Capability of organisations in each region (establishment-weighted, all tiers)', unit: 'index (0–1)', range: UNIT, kind: 'stock',
    reduce: (w, emit) => {
      const sum = new Float64Array(w.scenario.regions.length);
      const weight = new Float64Array(w.scenario.regions.length);
      for (let o = 0; o < w.orgs.count; o++) {
        sum[w.orgs.region[o]] += w.org.capability[o] * w.orgs.establishment[o];
        weight[w.orgs.region[o]] += w.orgs.establishment[o];
      }
      w.scenario.regions.forEach((r, i) => weight[i] > 0 && emit(r.name, sum[i] / weight[i]));
    },
  },
  crossTierTies: {
    description: 'Strength of the cross-tier ties spanning links between two tiers (placements build them, time wears them away)', unit: 'ties', range: NON_NEGATIVE, kind: 'stock',
    reduce: (w, emit) => {
      const sums = new Float64Array(9);
      for (let l = 0; l < w.orgs.linkA.length; l++) {
        const a = w.orgs.tier[w.orgs.linkA[l]];
        const b = w.orgs.tier[w.orgs.linkB[l]];
        sums[Math.min(a, b) * 3 + Math.max(a, b)] += w.org.linkTies[l];
      }
      for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) emit(`${TIERS[a]}~${TIERS[b]}`, sums[a * 3 + b]);
    },
  },
  coordination: { description: 'Coordination with the organisations each must work with', unit: 'index (0–1)', range: UNIT, kind: 'stock', reduce: byTier((w) => w.org.coordination) },
  headcount: { description: 'Officials in post (home staff, wherever they work)', unit: 'officials', range: NON_NEGATIVE, kind: 'stock', reduce: (w, emit) => TIERS.forEach((t, i) => emit(t, headcount(w, i))) },
  placementsStarted: { description: 'Placements started this month', unit: 'placements', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByFlow((w) => w.tally.started) },
  placementsLive: { description: 'Placements live at the end of the month', unit: 'placements', range: NON_NEGATIVE, kind: 'stock', reduce: tallyByFlow(liveByFlow) },
  placementsCompleted: { description: 'Placements completed this month', unit: 'placements', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByFlow((w) => w.tally.completed) },
  placementsEndedEarly: { description: 'Placements ended early this month (lapse, review, leaving)', unit: 'placements', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByFlow((w) => w.tally.endedEarly) },
  placementsFailedUnwilling: { description: 'Proposals that found no willing or due candidate', unit: 'proposals', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByFlow((w) => w.tally.failedUnwilling) },
  placementsFailedFriction: { description: 'Proposals that foundered on practical obstacles (commitment too weak)', unit: 'proposals', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByFlow((w) => w.tally.failedFriction) },
  placementsFailedNoHost: { description: 'Proposals with no funded host with room', unit: 'proposals', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByFlow((w) => w.tally.failedNoHost) },
  placementsFailedHorizon: { description: 'Proposals that would have outlasted the funded settlement, which nobody committed beyond', unit: 'proposals', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByFlow((w) => w.tally.failedHorizon) },
  safeguardsApplied: { description: 'Central secondees kept out of senior local posts by the cap', unit: 'placements', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByFlow((w) => w.tally.safeguarded) },
  centralSeniorPosts: { description: 'Senior local posts held by central secondees, by host tier (":executive": of them, department head and above)', unit: 'posts', range: NON_NEGATIVE, kind: 'stock', reduce: centralSeniorPosts },
  localSeniorPostsInCentre: { description: 'Senior ministry posts (office director and above) held by local secondees, by home tier', unit: 'posts', range: NON_NEGATIVE, kind: 'stock', reduce: localSeniorPostsInCentre },
  hostsWithCentralExecutive: { description: 'Local organisations with a central secondee in an executive post', unit: 'organisations', range: NON_NEGATIVE, kind: 'stock', reduce: hostsWithCentralExecutive },
  reciprocity: {
    description: 'Balance of live placements between two tiers: smaller flow over larger (1 = even, 0 = one-way)', unit: 'ratio (0–1)', range: UNIT, kind: 'stock',
    reduce: (w, emit) => {
      const live = liveByFlow(w);
      for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) {
        const there = directionIndex(a, b);
        const back = directionIndex(b, a);
        let x = 0;
        let y = 0;
        for (let i = 0; i < INSTRUMENTS.length; i++) {
          x += live[i * 6 + there];
          y += live[i * 6 + back];
        }
        emit(`${TIERS[a]}~${TIERS[b]}`, Math.max(x, y) > 0 ? Math.min(x, y) / Math.max(x, y) : 0);
      }
    },
  },
  knowledgeTransferred: { description: 'Knowledge passed from placed officials to codes and colleagues this month, by receiving tier', unit: 'knowledge units', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByTier((w) => w.tally.transferred) },
  knowledgeRetained: {
    description: 'Knowledge placed officials put into organisational codes that is still held', unit: 'knowledge units per organisation', range: NON_NEGATIVE, kind: 'stock',
    reduce: byTier((w) => {
      const held = new Float64Array(w.orgs.count);
      for (let o = 0; o < w.orgs.count; o++) for (let d = 0; d < K; d++) held[o] += w.org.imported[o * K + d];
      return held;
    }),
  },
  attritionRate: {
    description: 'Leavers this month as an annual rate of headcount', unit: 'per year', range: NON_NEGATIVE, kind: 'rate',
    reduce: (w, emit) => TIERS.forEach((t, i) => {
      const n = headcount(w, i);
      emit(t, n > 0 ? (12 * w.tally.leavers[i]) / n : 0);
    }),
  },
  leavers: { description: 'Officials leaving this month, by home tier', unit: 'officials', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByTier((w) => w.tally.leavers) },
  leaversOnPlacement: { description: 'Officials leaving while on placement', unit: 'officials', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByTier((w) => w.tally.leaversOnPlacement) },
  returnersLeaving: { description: 'Officials leaving within 12 months of returning from a placement', unit: 'officials', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByTier((w) => w.tally.returnersLeaving) },
  returned: { description: 'Officials returning from a placement this month', unit: 'officials', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByTier((w) => w.tally.returned) },
  hires: { description: 'New entrants this month', unit: 'officials', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByTier((w) => w.tally.hires) },
  promotions: { description: 'Promotions this month', unit: 'officials', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByTier((w) => w.tally.promotions) },
  promotionsOfExperienced: { description: 'Promotions of officials with placement experience', unit: 'officials', range: NON_NEGATIVE, kind: 'flow', reduce: tallyByTier((w) => w.tally.promotionsOfExperienced) },
  promotionsIntoSenior: {
    description: 'Promotions this month into each senior grade, by tier (groups tier:grade)', unit: 'officials', range: NON_NEGATIVE, kind: 'flow',
    reduce: (w, emit) => seniorGrades((t, g) => emit(`${TIERS[t]}:${GRADES[g]}`, w.tally.promotionsInto[t * GRADES.length + g])),
  },
  promotionsIntoSeniorExperienced: {
    description: 'Promotions this month into each senior grade of officials who had completed a cross-tier placement, by tier (groups tier:grade)', unit: 'officials', range: NON_NEGATIVE, kind: 'flow',
    reduce: (w, emit) => seniorGrades((t, g) => emit(`${TIERS[t]}:${GRADES[g]}`, w.tally.promotionsIntoExperienced[t * GRADES.length + g])),
  },
  promotedExperiencedShare: {
    description:
      'Share of new promotions into each senior grade, from the reported start to this month, of officials who had completed a cross-tier placement before promotion, by tier (groups tier:grade; 0 until the first promotion). MIC: 81.2% of new ministry section chiefs had been seconded (FY2009)',
    unit: 'share (0–1)', range: UNIT, kind: 'stock',
    reduce: (w, emit) => seniorGrades((t, g) => {
      const tg = t * GRADES.length + g;
      const all = w.tally.promotedSinceStart[tg];
      emit(`${TIERS[t]}:${GRADES[g]}`, all > 0 ? w.tally.promotedExperiencedSinceStart[tg] / all : 0);
    }),
  },
  startsByRegion: {
    description: 'Placements started this month by region of the sending organisation', unit: 'placements', range: NON_NEGATIVE, kind: 'flow',
    reduce: (w, emit) => w.scenario.regions.forEach((r, i) => emit(r.name, w.tally.startsByRegion[i])),
  },
  accessInequality: {
    description: 'Gini coefficient of placements started per 1,000 staff across all organisations, to date (pools tiers whose places differ by design; see accessInequalityWithinTier)',
    unit: 'index (0–1)', range: UNIT, kind: 'stock',
    reduce: (w, emit) => emit('all', gini(startsPerThousand(w, -1))),
  },
  accessInequalityWithinTier: {
    // ODD §7.14: the pooled Gini mostly measures how places are split between tiers, which the
    // scenario sets; access to opportunity (000: "unequal access"; 002: London dominance) is
    // unequal chances for officials of like organisations, so it is compared within a tier.
    description: 'Gini coefficient of placements started per 1,000 staff across the organisations of one tier, to date',
    unit: 'index (0–1)', range: UNIT, kind: 'stock',
    reduce: (w, emit) => TIERS.forEach((t, i) => {
      const rates = startsPerThousand(w, i);
      if (rates.length > 1) emit(t, gini(rates));
    }),
  },
  londonShare: {
    description: "London-based organisations' share of placements started to date", unit: 'share (0–1)', range: UNIT, kind: 'stock',
    reduce: (w, emit) => {
      let all = 0;
      let london = 0;
      for (let o = 0; o < w.orgs.count; o++) {
        all += w.org.startsFrom[o];
        if (w.orgs.london[o]) london += w.org.startsFrom[o];
      }
      emit('all', all > 0 ? london / all : 0);
    },
  },
  localAutonomy: { description: 'Local autonomy: priorities set locally rather than pulled to the centre', unit: 'index (0–1)', range: UNIT, kind: 'stock', reduce: byTier((w) => w.org.autonomy, [1, 2]) },
  decisionSpeed: { description: 'Joint decision-making speed', unit: 'index (0–1)', range: UNIT, kind: 'stock', reduce: byTier((w) => w.org.decisionSpeed) },
  deliveryPace: { description: 'Pace of delivery', unit: 'index (0–1)', range: UNIT, kind: 'stock', reduce: byTier((w) => w.org.deliveryPace) },
  outcomes: { description: 'Results for communities', unit: 'index (0–1)', range: UNIT, kind: 'stock', reduce: byTier((w) => w.org.outcome) },
  cost: {
    description: 'Cost this month by instrument (backfill and arrangements) and of running the programme', unit: 'GBP', range: NON_NEGATIVE, kind: 'flow',
    reduce: (w, emit) => {
      let total = w.tally.adminCost;
      INSTRUMENTS.forEach((inst, i) => {
        emit(inst, w.tally.cost[i]);
        total += w.tally.cost[i];
      });
      emit('programme', w.tally.adminCost);
      emit('all', total);
    },
  },
  // A net figure with no floor: a sender whose host reimburses more of the salary than the sender
  // spends on backfill (hostPaysShare above backfillShare) gains.
  costBorne: {
    description: 'Placement costs this month by the tier that bears them (backfill, reimbursed salary, shared arrangements); negative where a tier is reimbursed more than it spends on backfill (hostPaysShare above backfillShare), a saving', unit: 'GBP', range: [-Infinity, Infinity], kind: 'flow',
    reduce: tallyByTier((w) => w.tally.costBorne),
  },
  cumulativeCost: { description: 'Everything spent on the programme since the start', unit: 'GBP', range: NON_NEGATIVE, kind: 'stock', reduce: (w, emit) => emit('all', w.programme.cumulativeCost) },
  programmeFunded: { description: 'Whether the programme is funded this month', unit: '0 or 1', range: UNIT, kind: 'stock', reduce: (w, emit) => emit('all', w.programme.active ? 1 : 0) },
  programmeExperience: { description: "The programme's accumulated know-how", unit: 'index (0–1)', range: UNIT, kind: 'stock', reduce: (w, emit) => emit('all', w.programme.experience) },
};
