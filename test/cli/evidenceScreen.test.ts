/**
 * The Morris screen of findings over assumptions (`capflow evidence --screen`), on a small case:
 * two factors, one trajectory, one replicate, five years of the Greater Manchester case (the first placements of the ad hoc programme take a year or two).
 */
import { describe, expect, it } from 'vitest';
import { screenFindings } from '../../cli/evidence/screen.ts';
import { SCREEN_FACTORS, SCREEN_FINDINGS, SCREEN_SCENARIO } from '../../cli/evidence/screenDesign.ts';

const small = {
  scenario: SCREEN_SCENARIO,
  factors: SCREEN_FACTORS.slice(0, 2),
  findings: SCREEN_FINDINGS.filter((f) => f.claim === 'london-access' || f.claim === 'career-value'),
  trajectories: 1,
  reps: 1,
  years: 5,
  seed: 1,
};

describe('screenFindings', () => {
  const progress: number[] = [];
  const result = screenFindings({ ...small, progress: (done) => progress.push(done) });

  it('runs the shipped arm and each distinct arm once per design point and replicate, reporting progress', () => {
    // (2 factors + 1) points × (shipped + no London pull + career value 0.7) arms.
    expect(progress).toEqual(Array.from({ length: 9 }, (_, i) => i + 1));
  });

  it('gives each finding a contrast per point, the share of points keeping its sign, and every factor ranked by μ*', () => {
    expect(result.map((r) => r.finding.what)).toEqual(small.findings.map((f) => f.what));
    for (const r of result) {
      expect(r.contrasts).toHaveLength(3);
      expect(r.contrasts.every(Number.isFinite)).toBe(true);
      expect(r.signKept).toBeGreaterThanOrEqual(0);
      expect(r.signKept).toBeLessThanOrEqual(1);
      expect(r.signKept * 3).toBeCloseTo(Math.round(r.signKept * 3), 12);
      expect(r.influence.map((x) => x.path).sort()).toEqual(small.factors.map((f) => f.path).sort());
      for (let i = 1; i < r.influence.length; i++) expect(r.influence[i - 1].muStar).toBeGreaterThanOrEqual(r.influence[i].muStar);
    }
    // The London pull moves London's share even over five years: removing it lowers the share at every point.
    expect(result[0].signKept).toBe(1);
  });

  it('is the same numbers on a second run (the design is seeded from its content)', () => {
    expect(screenFindings(small).map((r) => r.contrasts)).toEqual(result.map((r) => r.contrasts));
  });
});
