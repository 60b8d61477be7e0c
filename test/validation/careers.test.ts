/**
 * Claim careers-track: who rises. In Japan a small fast-track cohort of each ministry is rotated
 * through prefectural and municipal posts as a step of its career and later fills senior ministry
 * posts (000: "systematic pathways that connect tiers and normalise the circulation of
 * experience"); in England secondments are ad hoc (002). docs/ODD.md §7.4 describes the track.
 *
 * Measured: the share of new promotions into the central executive grade whose official had
 * completed a cross-tier placement before promotion (metrics promotionsIntoSenior and
 * promotionsIntoSeniorExperienced, group central:executive), summed over years 16–20 so the
 * careers of officials who entered after the start dominate (the run starts with nobody on the
 * track experienced, and a career from entry to executive takes well over a decade here).
 *
 * - MIC: 81.2% of 266 new ministry section chiefs had been seconded (FY2009). The executive grade
 *   is the one that matches MIC's population in size (about 340 new executives a year in the model
 *   against 266 new section chiefs); the model's senior grade takes about 1,800 a year, more than
 *   the roughly 650 secondments starting a year could ever cover. Tolerance ±7 points: the MIC
 *   share has a sampling error of ±2.4 points (216 of 266), and one replicate's five-year share
 *   (about 1,700 promotions) moves little between seeds (81.1%, 80.9%, 81.0% on seeds 1–3), so
 *   the tolerance is the evidence's, and a change that moves the share by 7 points fails.
 * - Ablation: the same japan run with no placements kept for the track (fastTrackPlaces 0, same
 *   volumes and stocks, same shortlists) falls under half: the pattern comes from concentrating
 *   rotation on those who rise, not from the volume of placements or the weight of experience.
 * - uk-2026: under half. England has no track that sends its officials (fastTrackPlaces 0) and its
 *   volumes are small; the ablation above shows that even Japan's volumes without a track stay
 *   under half, which is the reason the model gives.
 *
 * STRUCTURAL (claims.ts): the fast-track share was set so that japan comes near 81.2%, so the first
 * check is a calibration that must keep holding, and the mechanism was written from the sources'
 * description of career patterns; the checks show that it, and not something else, produces the
 * pattern. One national replicate per arm; japan runs a second, which the seniority patterns below
 * read too (four 20-year national runs, a few minutes on two cores).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimTitle } from '../../cli/evidence/claims.ts';
import { estimate, measured, report, runArms, scenario, zip, type Results } from './helpers.ts';

const WINDOW: [number, number] = [181, 240];
let r: Results;
/** National japan, two replicates: the seniority patterns read both; the careers checks replicate 0, as the other arms. */
let japan: Results;

beforeAll(async () => {
  japan = await runArms([{ label: 'japan', file: scenario('japan') }], { reps: 2, years: 20 });
  r = await runArms(
    [
      { label: 'japan-ad-hoc', file: scenario('japan'), sets: ['careers.fastTrackPlaces=0@always'] },
      { label: 'uk-2026', file: scenario('uk-2026') },
    ],
    { reps: 1, years: 20 },
  );
}, 1_200_000);
afterAll(() => {
  r?.dispose();
  japan?.dispose();
});

/** The results an arm's runs are in. */
const of = (label: string) => (label === 'japan' ? japan : r);

/** Share of new promotions into a tier's grade, over the window, of officials with cross-tier experience. */
function experiencedShare(label: string, tier: string, grade: string): { share: number; promotions: number } {
  const group = `${tier}:${grade}`;
  const promotions = of(label).total(label, 'promotionsIntoSenior', [group], WINDOW)[0];
  const experienced = of(label).total(label, 'promotionsIntoSeniorExperienced', [group], WINDOW)[0];
  return { share: promotions > 0 ? experienced / promotions : 0, promotions };
}

describe(claimTitle('careers-track'), () => {
  it('japan: the share of new central executives with cross-tier experience is within 7 points of MIC\'s 81.2%', () => {
    const { share, promotions } = experiencedShare('japan', 'central', 'executive');
    const senior = experiencedShare('japan', 'central', 'senior');
    console.log(`[careers-track] japan, years 16–20: ${(100 * share).toFixed(1)}% of ${promotions} new central executives had cross-tier experience (MIC FY2009: 81.2% of new section chiefs); senior grade ${(100 * senior.share).toFixed(1)}% of ${senior.promotions}`);
    measured('careers-track', 'japan: share of new central executives with cross-tier experience, years 16–20 (MIC FY2009: 0.812 of new section chiefs)', estimate([share]));
    expect(promotions).toBeGreaterThan(1000);
    expect(Math.abs(share - 0.812)).toBeLessThanOrEqual(0.07);
  });

  it('japan with no placements kept for the track (same volumes) falls under half', () => {
    const track = experiencedShare('japan', 'central', 'executive');
    const adHoc = experiencedShare('japan-ad-hoc', 'central', 'executive');
    report('careers-track', 'japan with ad hoc placements: share of new central executives with cross-tier experience, years 16–20', estimate([adHoc.share]));
    // The same places are offered either way: the stock of national officials in local government
    // stays within a few percent, so the fall is who goes, not how many.
    const stock = (label: string) => of(label).values(label, 'placementsLive', 'secondment:centralToCombined', WINDOW)[0] + of(label).values(label, 'placementsLive', 'secondment:centralToLocal', WINDOW)[0];
    expect(Math.abs(stock('japan-ad-hoc') / stock('japan') - 1)).toBeLessThan(0.1);
    expect(adHoc.share).toBeLessThan(0.5);
    expect(track.share - adHoc.share).toBeGreaterThan(0.3);
  });

  it('uk-2026 stays under half (IfG: over half of permanent secretaries had no outside experience)', () => {
    const { share, promotions } = experiencedShare('uk-2026', 'central', 'executive');
    measured('careers-track', 'uk-2026: share of new central executives with cross-tier experience, years 16–20 (IfG 2009: under half)', estimate([share]));
    expect(promotions).toBeGreaterThan(100);
    expect(share).toBeLessThan(0.5);
  });
});

/**
 * Claim seniority-patterns: the posts national secondees hold in local government, and local ones
 * in ministries, match the MIC's seniority figures (model.md, "Patterns the model should reproduce
 * together"; Grimm et al. 2005) while the stocks and the careers share above still hold. Read from
 * the same national japan runs (two replicates), each stock averaged over years 16–20, the window
 * of the careers share, when the track's officials have been through a full career.
 *
 * Which scenario: `japan`, the real system. MIC counts what hosts actually gave to secondees, and
 * the real system has its protections, formal and informal (hosts employ the secondees and decide
 * which posts they fill), which the senior-post cap stands for; japan-no-safeguards is the
 * counterfactual without them (safeguards.test.ts).
 *
 * What in the model each figure is (docs/ODD.md §7.16):
 * - "section-chief level and above in prefectural posts" (532, 2005–06): central secondees in
 *   senior posts at prefectures (centralSeniorPosts, group combined). The cap was CALIBRATED to
 *   this figure (seniorPostCap 0.0375; seeds 1 and 2 gave 538 and 534), so the check is a
 *   calibration that must keep holding. Tolerance ±15%: one count from a newspaper, two years
 *   before the stocks' surveys, over which the stock moved by up to a tenth.
 * - "department-head level or above" (323 in 2010, 371 in 2012): central secondees in executive
 *   posts at prefectures and municipalities (centralSeniorPosts, groups combined:executive and
 *   local:executive). Not tuned: it follows from the grades sent, the host-grade uplift and the
 *   track's officers going out as section chiefs (careers.fastTrackUplift, §7.6), under the cap set
 *   above (310 and 291 on seeds 1 and 2). Tolerance: the two years span 323–371, and the count moves
 *   by about 6% between replicates, so every replicate must lie within 323 − 15% to 371 + 15%.
 * - "local officials at office-director level and above in ministries" (20, 2005–06): local
 *   secondees in senior ministry posts (localSeniorPostsInCentre). The asymmetry's direction is
 *   STRUCTURAL: the grade correspondence (hostGradeUplift) places central secondees a grade up and
 *   local ones a grade down, written from this very figure (docs/ODD.md §7.6); its size is
 *   measured, and falls short of the MIC's (a known failure).
 * - "prefectures with a vice-governor from the centre" (19 in 2010, 22 in 2012, 25 of 47 in
 *   2020): the model has no vice-governor post (its executive grade holds about a hundred posts a
 *   prefecture), so only a bound is tested: a prefecture with a vice-governor from the centre has a
 *   central secondee at department head or above (hostsWithCentralExecutive, group combined), so
 *   the model's count must be at least the MIC's.
 */
const atDepartmentHead = () =>
  zip([japan.values('japan', 'centralSeniorPosts', 'combined:executive', WINDOW), japan.values('japan', 'centralSeniorPosts', 'local:executive', WINDOW)], (a, b) => a + b);
const inPrefectures = () => japan.values('japan', 'centralSeniorPosts', 'combined', WINDOW);
const localInMinistries = () => zip([japan.values('japan', 'localSeniorPostsInCentre', 'combined', WINDOW), japan.values('japan', 'localSeniorPostsInCentre', 'local', WINDOW)], (a, b) => a + b);

describe(claimTitle('seniority-patterns'), () => {
  it('japan: central secondees in senior prefectural posts (section chief and above) lie within 15% of the MIC\'s 532 in every replicate (calibrated)', () => {
    const held = inPrefectures();
    measured('seniority-patterns', 'japan: central secondees in senior prefectural posts, years 16–20 (MIC 2005–06: 532 at section chief and above; the cap was calibrated to it)', estimate(held));
    for (const x of held) expect(Math.abs(x / 532 - 1)).toBeLessThanOrEqual(0.15);
  });

  it('japan: central secondees at department head or above lie within 15% of the MIC\'s 323–371 in every replicate, with no further tuning', () => {
    const heads = atDepartmentHead();
    measured('seniority-patterns', 'japan: central secondees at department head or above, years 16–20 (MIC: 323 in 2010, 371 in 2012; not tuned)', estimate(heads));
    console.log(`[seniority-patterns] japan, years 16–20: ${inPrefectures().map((x) => x.toFixed(0)).join(', ')} central secondees in senior prefectural posts (MIC 532), ${heads.map((x) => x.toFixed(0)).join(', ')} at department head or above (MIC 323–371)`);
    for (const x of heads) {
      expect(x).toBeGreaterThanOrEqual(0.85 * 323);
      expect(x).toBeLessThanOrEqual(1.15 * 371);
    }
  });

  it('japan: seniority is asymmetric, central secondees holding several times the senior posts in prefectures that local secondees hold in ministries', () => {
    const local = report('seniority-patterns', 'japan: local secondees in senior ministry posts (office director and above), years 16–20 (MIC 2005–06: 20)', estimate(localInMinistries()));
    const ratio = report('seniority-patterns', 'japan: senior prefectural posts held by central secondees over senior ministry posts held by local ones (MIC 2005–06: 532 / 20 = 27)', estimate(zip([inPrefectures(), localInMinistries()], (a, b) => a / b)));
    console.log(`[seniority-patterns] japan, years 16–20: ${local.mean.toFixed(0)} local secondees in senior ministry posts (MIC 20); ratio ${ratio.mean.toFixed(1)} (MIC 27)`);
    // Each replicate: with two, an interval of the mean would be mostly the t quantile's width.
    expect(local.mean).toBeGreaterThan(0);
    for (const x of zip([inPrefectures(), localInMinistries()], (a, b) => a / b)) expect(x).toBeGreaterThan(2);
  });

  // Measured: about 78 local secondees in senior ministry posts against MIC's 20, a ratio of about
  // 7 against 27. The grade correspondence sends a local department head in as a division
  // director (§7.6), but local officials are sent from every eligible grade in proportion to whom
  // a rotation is due, so local executives go as often as anyone. The band is 532 ± 15% over 20's
  // Poisson 95% range (12 to 31): 15 to 51. What would fix it: grades eligible per direction, so
  // local governments send mostly younger officials to ministries (practitioner accounts, no
  // figure in the sources); with no senior local official sent the count would be zero by
  // construction, so that setting would need a figure of its own.
  it.fails('japan: the asymmetry has the MIC\'s size, 532 to 20 (a ratio of 15 to 51)', () => {
    const ratio = estimate(zip([inPrefectures(), localInMinistries()], (a, b) => a / b));
    expect(ratio.mean).toBeGreaterThanOrEqual(15);
    expect(ratio.mean).toBeLessThanOrEqual(51);
  });

  it('japan: at least as many prefectures have a central secondee at department head or above as had a vice-governor from the centre (19 in 2010 to 25 in 2020): a bound, the model has no vice-governor post', () => {
    const prefectures = japan.values('japan', 'hostsWithCentralExecutive', 'combined', WINDOW);
    report('seniority-patterns', 'japan: prefectures with a central secondee at department head or above, years 16–20 (MIC; Nikkei: 19 to 25 of 47 with a vice-governor from the centre)', estimate(prefectures));
    for (const x of prefectures) expect(x).toBeGreaterThanOrEqual(19);
  });
});
