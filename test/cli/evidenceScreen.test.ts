/**
 * The Morris screen of findings over assumptions (`capflow evidence --screen`), on a small case:
 * two factors, one trajectory, one replicate, five years of the Greater Manchester case (the first placements of the ad hoc programme take a year or two).
 */
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../cli/commands/evidence.ts';
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

  it('has no replicate noise to report from one replicate, and the report says n/a', () => {
    for (const r of result) expect([r.noise, r.clearOfNoise]).toEqual([null, null]);
    expect(renderScreen(result, 'settings', 'provenance')).toMatch(/\| replicate noise \(sd\) \| points clear of noise \|[^\n]*\n[^\n]*\n(\|[^\n]*\| n\/a \| n\/a \|[^\n]*\n){2}/);
  });
});

// The within-tier Gini of london-access kept its sign at 0 of 27 points with two replicates: the
// same two replicates at every point, whose contrast happened to be large and of the other sign.
describe('screenFindings with two replicates', () => {
  const gini = SCREEN_FINDINGS.filter((f) => f.what.startsWith('Gini among departments'));
  const two = screenFindings({ ...small, factors: SCREEN_FACTORS.slice(0, 1), findings: gini, reps: 2 });

  it('measures each contrast\'s replicate noise (pooled within points) and the share of points clear of it', () => {
    expect(two).toHaveLength(1);
    const [r] = two;
    expect(r.contrasts).toHaveLength(2);
    expect(r.noise).toBeGreaterThan(0);
    expect(Number.isFinite(r.noise)).toBe(true);
    expect(r.clearOfNoise).toBeGreaterThanOrEqual(0);
    expect(r.clearOfNoise).toBeLessThanOrEqual(1);
    // Clear of noise means |contrast| > 2·noise/√2 at that point.
    expect(r.clearOfNoise).toBe(r.contrasts.filter((c) => Math.abs(c) > Math.SQRT2 * r.noise!).length / 2);
  });
});
