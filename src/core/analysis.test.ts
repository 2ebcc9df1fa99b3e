import { describe, expect, it } from 'vitest';
import { analyze, gaussianKL } from './analysis';
import { gaussian, uniform } from './distributions';
import { noiseQuantileEdges } from './noise';
import { binCenters, binWidth, CHART_GRID, Z_CELLS } from './grid';
import { wasserstein1 } from './wasserstein';

describe('analyze', () => {
  // Target N(0.4, 0.7²); G(z) = 1.1·z − 0.3 on normal noise, so p_model = N(−0.3, 1.1²).
  // The target is narrower than the model, so nearly all of its mass lies inside the model's
  // (truncated) support and the forward KL is a finite number to compare with the closed form.
  const target = gaussian(0.4, 0.7);
  const gAtZEdges = Float64Array.from(noiseQuantileEdges('normal', Z_CELLS), (z) => 1.1 * z - 0.3);
  const centers = binCenters(CHART_GRID);

  it('KL both ways and JS on an affine G against the closed forms', () => {
    const a = analyze({ target, gAtZEdges, dAtCenters: new Float64Array(CHART_GRID.bins).fill(0.5), grid: CHART_GRID });
    // grid and z-cell discretisation put these within ~1e-4 relative; 1% is the test's margin
    expect(Math.abs(a.klForward.value / gaussianKL(0.4, 0.7, -0.3, 1.1) - 1)).toBeLessThan(0.01);
    expect(a.klForward.infinite).toBe(false);
    expect(Math.abs(a.klReverse.value / gaussianKL(-0.3, 1.1, 0.4, 0.7) - 1)).toBeLessThan(0.01);
    expect(a.klReverse.floored).toBe(false);
    expect(a.js).toBeGreaterThan(0);
    expect(a.js).toBeLessThan(Math.LN2);
    // D ≡ ½ gives J(D) = log 2 on whatever mass the grid holds (the model loses ~2e-5 beyond ±6)
    expect(a.lossDExpected).toBeCloseTo(Math.LN2, 4);
    expect(a.escapedMass).toBeLessThan(1e-4);
    expect(a.pData.length).toBe(CHART_GRID.bins);
    expect(a.d[0]).toBe(0.5);
  });

  it('dGap = 0 when D = D*, and J(D*) = log 2 − JS', () => {
    const first = analyze({ target, gAtZEdges, dAtCenters: new Float64Array(CHART_GRID.bins), grid: CHART_GRID });
    const dStar = first.dStar.map((v) => (Number.isNaN(v) ? 0.5 : v));
    const a = analyze({ target, gAtZEdges, dAtCenters: dStar, grid: CHART_GRID });
    expect(a.dGap).toBe(0);
    expect(Math.abs(a.lossDExpected - (Math.LN2 - a.js))).toBeLessThan(1e-4); // 1e-4: mass escaped the grid
  });

  it('D* at a bin centre matches the two Gaussians’ pointwise ratio', () => {
    const a = analyze({ target, gAtZEdges, dAtCenters: new Float64Array(CHART_GRID.bins), grid: CHART_GRID });
    const model = gaussian(-0.3, 1.1);
    for (const k of [100, 200, 230, 260]) {
      const x = centers[k];
      const exact = target.pdf(x) / (target.pdf(x) + model.pdf(x));
      expect(Math.abs(a.dStar[k] - exact)).toBeLessThan(2e-3);
    }
  });

  it('a model that misses the target’s support: forward KL infinite, escaped mass reported', () => {
    // G maps all noise to [4.5, 5.5]; the uniform target lives on [−1, 1]
    const g = Float64Array.from(noiseQuantileEdges('uniform', 100), (z) => 5 + 0.5 * z);
    const a = analyze({
      target: uniform(-1, 1),
      gAtZEdges: g,
      dAtCenters: new Float64Array(CHART_GRID.bins).fill(0.5),
      grid: CHART_GRID,
    });
    expect(a.klForward.infinite).toBe(true);
    expect(a.klReverse.infinite).toBe(true);
    expect(Math.abs(a.js - Math.LN2)).toBeLessThan(1e-9);
    expect(a.escapedMass).toBe(0);
  });

  it('w1 is wasserstein1 of p_data and p_model: 0 for p_model = p_data, the shift of the means, W1 keeps growing where JS saturates', () => {
    const half = new Float64Array(CHART_GRID.bins).fill(0.5);
    const a = analyze({ target, gAtZEdges, dAtCenters: half, grid: CHART_GRID });
    expect(a.w1).toBe(wasserstein1(a.pData, a.pModel, binWidth(CHART_GRID)));
    // p_model = p_data: U(−1, 1) as the identity of uniform noise on [−1, 1] (equal up to the float32 z-edges)
    const same = analyze({
      target: uniform(-1, 1),
      gAtZEdges: noiseQuantileEdges('uniform', 100),
      dAtCenters: half,
      grid: CHART_GRID,
    });
    for (let k = 0; k < CHART_GRID.bins; k++) expect(Math.abs(same.pModel[k] - same.pData[k])).toBeLessThan(1e-5);
    expect(same.w1).toBeLessThan(1e-7);
    expect(same.w1).toBeGreaterThanOrEqual(0);
    // the same shape moved by 2 (G(z) = 0.7·z + 0.4 − 2 against N(0.4, 0.7²)): W1 = 2 (the CDFs do not cross)
    const shifted = analyze({
      target,
      gAtZEdges: Float64Array.from(noiseQuantileEdges('normal', Z_CELLS), (z) => 0.7 * z - 1.6),
      dAtCenters: half,
      grid: CHART_GRID,
    });
    expect(Math.abs(shifted.w1 - 2)).toBeLessThan(2e-3);
    // disjoint supports, U(−1, 1) against U(4.5, 5.5): JS is stuck at log 2, W1 = the distance of the means, 5
    const apart = analyze({
      target: uniform(-1, 1),
      gAtZEdges: Float64Array.from(noiseQuantileEdges('uniform', 100), (z) => 5 + 0.5 * z),
      dAtCenters: half,
      grid: CHART_GRID,
    });
    expect(Math.abs(apart.js - Math.LN2)).toBeLessThan(1e-9);
    expect(Math.abs(apart.w1 - 5)).toBeLessThan(1e-3); // binning moves mass within the end bins
  });

  it('rejects a D of the wrong length', () => {
    expect(() => analyze({ target, gAtZEdges, dAtCenters: new Float64Array(3), grid: CHART_GRID })).toThrow();
  });
});
