import { describe, expect, it } from 'vitest';
import { binnedDensity } from './density';
import { gaussian, mixture, uniform } from './distributions';
import { binWidth, CHART_GRID, type XGrid } from './grid';
import { wasserstein1 } from './wasserstein';

const FINE: XGrid = { min: -12, max: 12, bins: 4000 };
const on = (d: Parameters<typeof binnedDensity>[0], grid: XGrid = FINE) => binnedDensity(d, grid);

describe('wasserstein1 (docs/theory.md §5.1)', () => {
  it.each([
    [0, 1, 1],
    [-1, 2.5, 0.8],
    [1.5, -2, 0.3],
    [0.3, 0.3, 1.2],
  ])('two Gaussians of equal σ: W1(N(%d, σ²), N(%d, σ²)) = |μ1 − μ2| (σ = %d)', (m1, m2, s) => {
    const w = wasserstein1(on(gaussian(m1, s)), on(gaussian(m2, s)), binWidth(FINE));
    expect(Math.abs(w - Math.abs(m1 - m2))).toBeLessThan(1e-6);
  });

  it('on the chart grid too (Δx = 0.03), to 1e-6', () => {
    const dx = binWidth(CHART_GRID);
    const w = wasserstein1(on(gaussian(-1, 0.8), CHART_GRID), on(gaussian(1.25, 0.8), CHART_GRID), dx);
    expect(w).toBeCloseTo(2.25, 6);
  });

  it('identical densities: exactly 0', () => {
    const p = on(
      mixture([
        { dist: gaussian(-2, 0.5), weight: 1 },
        { dist: gaussian(2, 0.5), weight: 1 },
      ]),
    );
    expect(wasserstein1(p, p, binWidth(FINE))).toBe(0);
  });

  it('is symmetric', () => {
    const p = on(gaussian(-1, 0.7)),
      q = on(
        mixture([
          { dist: gaussian(0.5, 1.4), weight: 2 },
          { dist: gaussian(3, 0.3), weight: 1 },
        ]),
      );
    const dx = binWidth(FINE);
    expect(wasserstein1(p, q, dx)).toBeCloseTo(wasserstein1(q, p, dx), 12);
    expect(wasserstein1(p, q, dx)).toBeGreaterThan(0);
  });

  it('uniforms: shifted by c gives c; U(0, 1) against U(0, 2) gives ½ (∫₀² |F_P − F_Q| dx)', () => {
    const grid: XGrid = { min: -4, max: 4, bins: 800 };
    const dx = binWidth(grid);
    expect(wasserstein1(on(uniform(0, 1), grid), on(uniform(1.5, 2.5), grid), dx)).toBeCloseTo(1.5, 12);
    // F_P − F_Q = x/2 on [0, 1], then 1 − x/2 on [1, 2]: area ¼ + ¼.
    expect(wasserstein1(on(uniform(0, 1), grid), on(uniform(0, 2), grid), dx)).toBeCloseTo(0.5, 12);
  });

  it('a sign change inside a bin is integrated exactly', () => {
    // Δx = 1: P uniform on [0, 1] ∪ [2, 3] (½ each), Q uniform on [1, 2]. F_P − F_Q goes 0 → ½ → −½ → 0,
    // crossing 0 in the middle bin: areas ¼ + ¼ + ¼.
    expect(wasserstein1([0.5, 0, 0.5], [0, 1, 0], 1)).toBeCloseTo(0.75, 15);
    expect(wasserstein1([1, 0], [0, 1], 1)).toBeCloseTo(1, 15);
  });
});
