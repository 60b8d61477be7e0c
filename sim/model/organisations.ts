import { betaMeanSd } from '../random/beta.ts';
import { Draws, streamKey } from '../random/streams.ts';
import type { Scenario } from '../scenario/schema.ts';
import { DOMAINS, TIERS } from '../scenario/vocabulary.ts';
import { largestRemainder } from './largestRemainder.ts';
import { exp } from '../math/portable.ts';

const K = DOMAINS.length;

/** Organisations as struct-of-arrays; attributes drawn once, before the run starts. */
export interface Organisations {
  count: number;
  names: string[];
  tier: Uint8Array;
  region: Int32Array;
  london: Uint8Array;
  establishment: Int32Array;
  /** Officials of organisation o occupy slots [slotStart[o], slotStart[o+1]). */
  slotStart: Int32Array;
  /** Drawn attributes at the start; dated changes to a tier's mean shift them all alike. */
  mandate0: Float64Array;
  resourcing0: Float64Array;
  commitment0: Float64Array;
  attractiveness0: Float64Array;
  /** Per organisation and domain: the deviation from its tier's demand (list overrides), else 0. */
  demandOffset: Float64Array;
  linkA: Int32Array;
  linkB: Int32Array;
  /** Partners in different regions, neither central: functional geography crosses a boundary. */
  linkCrossBoundary: Uint8Array;
  /** Links of o are linkOf[linkOffset[o] .. linkOffset[o+1]). */
  linkOffset: Int32Array;
  linkOf: Int32Array;
}

interface Draft {
  name: string;
  tier: number;
  region: number;
  establishment: number;
  mandate?: number;
  resourcing?: number;
  commitment?: number;
  attractiveness?: number;
  demand?: Partial<Record<(typeof DOMAINS)[number], number>>;
}

/** Builds the organisations of a scenario, from its generator or its explicit list. */
export function buildOrganisations(s: Scenario, seed: number): Organisations {
  const d = new Draws();
  const key = streamKey(seed, 0, 'organisations');
  const drafts: Draft[] = [];
  const links: [number, number][] = [];
  const regionIndex = new Map(s.regions.map((r, i) => [r.name, i]));
  if (s.organisations.mode === 'list') {
    const byName = new Map<string, number>();
    for (const o of s.organisations.list) {
      byName.set(o.name, drafts.length);
      drafts.push({
        name: o.name, tier: TIERS.indexOf(o.tier), region: regionIndex.get(o.region)!, establishment: o.establishment,
        mandate: o.mandateClarity, resourcing: o.resourcing, commitment: o.commitment, attractiveness: o.attractiveness, demand: o.demand,
      });
    }
    for (const [a, b] of s.organisations.links) links.push([byName.get(a)!, byName.get(b)!]);
  } else {
    generate(s, key, d, drafts, links);
  }
  return assemble(s, key, d, drafts, links);
}

function generate(s: Scenario, key: number, d: Draws, drafts: Draft[], links: [number, number][]): void {
  if (s.organisations.mode !== 'generate') return;
  const gen = s.organisations;
  const weights = s.regions.map((r) => r.weight);
  const londonRegions = s.regions.flatMap((r, i) => (r.london ? [i] : []));
  const firstOfTier: number[] = [];
  TIERS.forEach((tier, t) => {
    const g = gen[tier];
    const count = g.count.value;
    firstOfTier.push(drafts.length);
    if (count === 0) return;
    // Sizes: log-normal around an even split, then rounded so the tier total is exact.
    const raw = Array.from({ length: count }, (_, i) => exp(g.sizeSpread.value * d.reset(key, t, i).normal()));
    const sizes = largestRemainder(raw, g.totalStaff.value).map((n) => Math.max(1, n));
    const inLondon = londonRegions.length > 0 ? Math.round(count * g.londonShare.value) : 0;
    const regionCounts = largestRemainder(weights, count - inLondon);
    const regions: number[] = [];
    for (let i = 0; i < inLondon; i++) regions.push(londonRegions[i % londonRegions.length]);
    regionCounts.forEach((n, r) => {
      for (let i = 0; i < n; i++) regions.push(r);
    });
    for (let i = 0; i < count; i++) drafts.push({ name: `${tier}-${i + 1}`, tier: t, region: regions[i], establishment: sizes[i] });
  });
  const [central0, combined0, local0] = firstOfTier;
  const centralCount = combined0 - central0;
  const combinedByRegion = new Map<number, number[]>();
  for (let o = combined0; o < local0; o++) {
    const list = combinedByRegion.get(drafts[o].region) ?? [];
    list.push(o);
    combinedByRegion.set(drafts[o].region, list);
  }
  for (let o = combined0; o < drafts.length; o++) {
    const t = drafts[o].tier;
    const g = gen[TIERS[t]];
    const draw = d.reset(key, 100 + t, o);
    if (t === 2) {
      const cas = combinedByRegion.get(drafts[o].region);
      if (cas && draw.next() < g.coverage.value) links.push([o, cas[draw.int(cas.length)]]);
    }
    // Each organisation coordinates with a few departments, the larger ones more often.
    const wanted = Math.min(g.linksToCentral.value, centralCount);
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries++) {
      chosen.add(central0 + weightedPick(drafts, central0, centralCount, draw.next()));
    }
    for (const c of chosen) links.push([o, c]);
  }
}

function weightedPick(drafts: Draft[], first: number, count: number, u: number): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += drafts[first + i].establishment;
  let target = u * total;
  for (let i = 0; i < count; i++) {
    target -= drafts[first + i].establishment;
    if (target < 0) return i;
  }
  return count - 1;
}

function assemble(s: Scenario, key: number, d: Draws, drafts: Draft[], links: [number, number][]): Organisations {
  const n = drafts.length;
  const o: Organisations = {
    count: n,
    names: drafts.map((x) => x.name),
    tier: Uint8Array.from(drafts, (x) => x.tier),
    region: Int32Array.from(drafts, (x) => x.region),
    london: Uint8Array.from(drafts, (x) => (s.regions[x.region].london ? 1 : 0)),
    establishment: Int32Array.from(drafts, (x) => x.establishment),
    slotStart: new Int32Array(n + 1),
    mandate0: new Float64Array(n),
    resourcing0: new Float64Array(n),
    commitment0: new Float64Array(n),
    attractiveness0: new Float64Array(n),
    demandOffset: new Float64Array(n * K),
    linkA: Int32Array.from(links, (l) => l[0]),
    linkB: Int32Array.from(links, (l) => l[1]),
    linkCrossBoundary: Uint8Array.from(links, ([a, b]) =>
      drafts[a].region !== drafts[b].region && drafts[a].tier !== 0 && drafts[b].tier !== 0 ? 1 : 0,
    ),
    linkOffset: new Int32Array(n + 1),
    linkOf: new Int32Array(links.length * 2),
  };
  for (let i = 0; i < n; i++) o.slotStart[i + 1] = o.slotStart[i] + drafts[i].establishment;
  drafts.forEach((x, i) => {
    const p = s.tiers[TIERS[x.tier]];
    const draw = d.reset(key, 200, i);
    o.mandate0[i] = x.mandate ?? betaMeanSd(p.mandateClarity.mean.value, p.mandateClarity.spread.value, draw);
    o.resourcing0[i] = x.resourcing ?? betaMeanSd(p.resourcing.mean.value, p.resourcing.spread.value, draw);
    o.commitment0[i] = x.commitment ?? betaMeanSd(p.commitment.mean.value, p.commitment.spread.value, draw);
    o.attractiveness0[i] = x.attractiveness ?? betaMeanSd(p.attractiveness.mean.value, p.attractiveness.spread.value, draw);
    DOMAINS.forEach((dom, k) => {
      const own = x.demand?.[dom];
      o.demandOffset[i * K + k] = own === undefined ? 0 : own - p.demand[dom].value;
    });
  });
  // Compressed adjacency: each organisation's links in one contiguous run.
  for (const [a, b] of links) {
    o.linkOffset[a + 1]++;
    o.linkOffset[b + 1]++;
  }
  for (let i = 0; i < n; i++) o.linkOffset[i + 1] += o.linkOffset[i];
  const fill = o.linkOffset.slice(0, n);
  links.forEach(([a, b], l) => {
    o.linkOf[fill[a]++] = l;
    o.linkOf[fill[b]++] = l;
  });
  return o;
}
