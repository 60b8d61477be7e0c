import { DOMAINS, TIERS } from '../../scenario/vocabulary.ts';
import { K, type World } from '../world.ts';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Applies dated parameters to organisations: a reform that raises a tier's mandate clarity, or
 * devolution that raises what combined authorities' work demands, shifts every organisation of the
 * tier by the change in the tier's mean, keeping their drawn differences.
 */
export function contextPhase(w: World): void {
  const { orgs, org, p, tick } = w;
  for (let o = 0; o < orgs.count; o++) {
    const t = p.tiers[TIERS[orgs.tier[o]]];
    org.mandate[o] = clamp01(orgs.mandate0[o] + t.mandateClarity.mean[tick] - t.mandateClarity.mean[0]);
    org.resourcing[o] = clamp01(orgs.resourcing0[o] + t.resourcing.mean[tick] - t.resourcing.mean[0]);
    org.commitment[o] = clamp01(orgs.commitment0[o] + t.commitment.mean[tick] - t.commitment.mean[0]);
    org.attractiveness[o] = clamp01(orgs.attractiveness0[o] + t.attractiveness.mean[tick] - t.attractiveness.mean[0]);
    for (let d = 0; d < K; d++) org.demand[o * K + d] = clamp01(t.demand[DOMAINS[d]][tick] + orgs.demandOffset[o * K + d]);
  }
}
