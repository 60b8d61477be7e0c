import { DOMAINS } from '../scenario/vocabulary.ts';

const K = DOMAINS.length;

/**
 * What this month's learning pass measured of the staff present at each organisation, written by
 * the learning phase alone (learnAtHome.ts zeroes and fills it from officials at home,
 * learnOnPlacement.ts adds placed officials at their hosts) and read afterwards by the code update,
 * the assessment, outcomes and metrics. Per organisation, or organisation × domain where noted.
 */
export interface StaffSums {
  /** Productive staff present (ramp-up counted): the weight of the staff mean. */
  weight: Float64Array;
  /** Posts of officials away on placement that are backfilled, counted as staffed at home. */
  backfill: Float64Array;
  /** Productive staff weighted by grade influence: what the code learns in proportion to. */
  influence: Float64Array;
  /** Σ productive × knowledge, per domain: the staff mean's numerator. */
  weightedKnow: Float64Array;
  /** Σ influence × knowledge above the code, per domain: what the code can learn. */
  excess: Float64Array;
  /** The part of `excess` that placed officials bring, per domain (knowledge transferred). */
  placedExcess: Float64Array;
  /** Influence of the senior posts held. */
  seniorWeight: Float64Array;
  /** Influence of senior posts held by central secondees who answer to their home ministry (§7.11). */
  seniorCentralWeight: Float64Array;
}

export function allocateStaffSums(organisations: number): StaffSums {
  const perOrg = () => new Float64Array(organisations);
  const perDomain = () => new Float64Array(organisations * K);
  return {
    weight: perOrg(), backfill: perOrg(), influence: perOrg(), weightedKnow: perDomain(), excess: perDomain(),
    placedExcess: perDomain(), seniorWeight: perOrg(), seniorCentralWeight: perOrg(),
  };
}
