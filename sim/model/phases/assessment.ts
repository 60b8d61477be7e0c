import { K, type World } from '../world.ts';

/** Capability: productive staffing (backfilled posts included) times how far effective knowledge meets each domain's demand. */
export function assessOrganisations(w: World): void {
  const { orgs, org, staff, p, tick } = w;
  const share = p.learning.codeShareOfCapability[tick];
  for (let o = 0; o < orgs.count; o++) {
    let met = 0;
    let demanded = 0;
    for (let d = 0; d < K; d++) {
      const j = o * K + d;
      const mean = staff.weight[o] > 0 ? staff.weightedKnow[j] / staff.weight[o] : 0;
      const know = (1 - share) * mean + share * org.code[j];
      org.know[j] = know;
      const need = org.demand[j];
      demanded += need;
      met += need > 0 ? need * Math.min(1, know / need) : 0;
    }
    org.staffing[o] = (staff.weight[o] + staff.backfill[o]) / orgs.establishment[o];
    org.capability[o] = Math.min(1, org.staffing[o]) * (demanded > 0 ? met / demanded : 1);
  }
}
