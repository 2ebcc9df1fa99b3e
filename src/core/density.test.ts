import { describe, expect, it } from 'vitest';
import {
  binnedDensity,
  discriminatorGap,
  expectedDiscriminatorLoss,
  histogramDensity,
  optimalDiscriminator,
  pushforwardDensity,
} from './density';
import { gaussian, mixture, normalCdf, uniform } from './distributions';
import { jsDivergence } from './divergences';
import { noiseQuantileEdges } from './noise';
import { binCenters, binWidth, CHART_GRID, Z_CELLS, type XGrid } from './grid';

const sum = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
};
const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};
/** Index of the bin of `grid` containing x. */
const binOf = (grid: XGrid, x: number) => Math.floor((x - grid.min) / binWidth(grid));

const FINE: XGrid = { min: -12, max: 12, bins: 4000 };

describe('binnedDensity', () => {
  it('integrates to 1 for a Gaussian well inside the grid', () => {
    const p = binnedDensity(gaussian(0.2, 0.6), CHART_GRID); // ±9.7σ: the mass outside is ~1e-22
    expect(Math.abs(sum(p) * binWidth(CHART_GRID) - 1)).toBeLessThan(1e-12);
  });
  it('matches the pdf at bin centres for a wide Gaussian', () => {
    // A bin average differs from the centre value by pdf''·Δx²/24 ≈ 1e-5 here.
    const g = gaussian(-0.5, 2);
    const p = binnedDensity(g, CHART_GRID);
    const c = binCenters(CHART_GRID);
    for (let k = 0; k < CHART_GRID.bins; k++) expect(Math.abs(p[k] - g.pdf(c[k]))).toBeLessThan(2e-5);
  });
  it('gives the exact bin mass of a uniform, including partial bins', () => {
    const grid: XGrid = { min: 0, max: 1, bins: 10 };
    const p = binnedDensity(uniform(0.25, 0.55), grid);
    // bins [0.2,0.3): 0.05/0.3 of the mass; [0.3,0.5): full; [0.5,0.6): 0.05/0.3
    const expected = [0, 0, 0.05 / 0.3, 0.1 / 0.3, 0.1 / 0.3, 0.05 / 0.3, 0, 0, 0, 0].map((m) => m / 0.1);
    for (let k = 0; k < 10; k++) expect(p[k]).toBeCloseTo(expected[k], 12);
  });
  it('keeps far upper-tail bins non-zero (no cdf cancellation)', () => {
    const p = binnedDensity(gaussian(-3, 0.6), CHART_GRID);
    // the last bin [5.97, 6] is 14.95σ out: mass ≈ φ(14.95σ)·Δx/σ ~ 1e-50, not 0
    expect(p[CHART_GRID.bins - 1]).toBeGreaterThan(0);
    const z = (5.985 + 3) / 0.6;
    const approx = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) / 0.6;
    expect(p[CHART_GRID.bins - 1] / approx).toBeGreaterThan(0.5);
    expect(p[CHART_GRID.bins - 1] / approx).toBeLessThan(2);
  });
});

describe('pushforwardDensity', () => {
  const normalEdges = noiseQuantileEdges('normal', Z_CELLS);
  const through = (edges: Float32Array, G: (z: number) => number) => Float64Array.from(edges, G);

  it.each([
    [0.8, 0.5],
    [-0.7, 1],
    [1.5, -1.2],
  ])('affine G(z) = %d·z + %d on normal noise gives N(b, a²)', (a, b) => {
    const { density, escapedMass } = pushforwardDensity(
      through(normalEdges, (z) => a * z + b),
      CHART_GRID,
    );
    const exact = binnedDensity(gaussian(b, Math.abs(a)), CHART_GRID);
    const peak = 1 / (Math.abs(a) * Math.sqrt(2 * Math.PI));
    // measured ~0.09% (the uniformly spread end cells); 0.5% leaves room without hiding a real bug
    expect(maxAbsDiff(density, exact)).toBeLessThan(0.005 * peak);
    expect(Math.abs(sum(density) * binWidth(CHART_GRID) + escapedMass - 1)).toBeLessThan(1e-12);
  });

  it('affine G on uniform noise gives a uniform (also with few, wide cells and clipping)', () => {
    for (const cells of [Z_CELLS, 3]) {
      const edges = noiseQuantileEdges('uniform', cells);
      // U(−1,1) → U(0.2, 2.2) (decreasing map)
      const { density, escapedMass } = pushforwardDensity(
        through(edges, (z) => 1.2 - z),
        CHART_GRID,
      );
      const exact = binnedDensity(uniform(0.2, 2.2), CHART_GRID);
      expect(maxAbsDiff(density, exact)).toBeLessThan(1e-6);
      expect(escapedMass).toBe(0);
    }
    // U(−1,1) → U(−10, 10): the grid [−6, 6] sees density 1/20 and 40% escapes.
    const { density, escapedMass } = pushforwardDensity(
      through(noiseQuantileEdges('uniform', 3), (z) => 10 * z),
      CHART_GRID,
    );
    // (edges are float32: ±1/3 carries a 3e-8 relative rounding into the cell widths)
    expect(maxAbsDiff(density, new Float64Array(CHART_GRID.bins).fill(0.05))).toBeLessThan(1e-8);
    expect(escapedMass).toBeCloseTo(0.4, 7);
  });

  it('a constant G puts all the mass in one bin; outside the grid it all escapes', () => {
    const { density, escapedMass } = pushforwardDensity(
      through(normalEdges, () => 0.7),
      CHART_GRID,
    );
    const k = binOf(CHART_GRID, 0.7);
    expect(density[k] * binWidth(CHART_GRID)).toBeCloseTo(1, 12);
    expect(sum(density) - density[k]).toBe(0);
    expect(escapedMass).toBe(0);
    const out = pushforwardDensity(
      through(normalEdges, () => 7),
      CHART_GRID,
    );
    expect(sum(out.density)).toBe(0);
    expect(out.escapedMass).toBeCloseTo(1, 12);
  });

  it('non-monotone G(z) = z² on normal noise gives the chi-square(1) law', () => {
    const { density, escapedMass } = pushforwardDensity(
      through(normalEdges, (z) => z * z),
      CHART_GRID,
    );
    const dx = binWidth(CHART_GRID);
    const chi2Cdf = (t: number) => 2 * normalCdf(Math.sqrt(t)) - 1; // P(z² ≤ t)
    // Nothing below 0, and what lies beyond x = 6 escapes.
    for (let k = 0; k < binOf(CHART_GRID, 0); k++) expect(density[k]).toBe(0);
    expect(escapedMass).toBeCloseTo(1 - chi2Cdf(6), 5);
    expect(sum(density) * dx).toBeCloseTo(chi2Cdf(6), 5);
    // Bin masses: the first bin [0, 0.03] holds the 1/√x spike; then two wider ranges on grid edges.
    const massBetween = (lo: number, hi: number) => {
      let m = 0;
      for (let k = binOf(CHART_GRID, lo + 1e-9); k < binOf(CHART_GRID, hi + 1e-9); k++) m += density[k] * dx;
      return m;
    };
    expect(Math.abs(massBetween(0, 0.03) - chi2Cdf(0.03))).toBeLessThan(1e-5);
    expect(Math.abs(massBetween(0.3, 0.6) - (chi2Cdf(0.6) - chi2Cdf(0.3)))).toBeLessThan(1e-5);
    expect(Math.abs(massBetween(0.99, 2.01) - (chi2Cdf(2.01) - chi2Cdf(0.99)))).toBeLessThan(1e-5);
  });

  it('counts cells with a non-finite G as escaped', () => {
    const g = through(noiseQuantileEdges('uniform', 10), (z) => z);
    g[3] = NaN; // touches cells 2 and 3
    g[10] = Infinity; // touches cell 9
    const { density, escapedMass } = pushforwardDensity(g, CHART_GRID);
    expect(escapedMass).toBeCloseTo(0.3, 15);
    expect(sum(density) * binWidth(CHART_GRID)).toBeCloseTo(0.7, 12);
  });
});

describe('histogramDensity', () => {
  it('normalises by the total count, so out-of-range samples reduce the area', () => {
    const grid: XGrid = { min: 0, max: 1, bins: 10 };
    const h = histogramDensity([0.01, 0.02, 0.55, 1, 3, NaN, -0.5, 0.999], grid);
    // 8 samples; bin 0 has 2, bin 5 has 1, bin 9 has 2 (1 joins the last bin); 3 are out of range.
    expect(h[0]).toBeCloseTo(2 / (8 * 0.1), 12);
    expect(h[5]).toBeCloseTo(1 / (8 * 0.1), 12);
    expect(h[9]).toBeCloseTo(2 / (8 * 0.1), 12);
    expect(sum(h) * 0.1).toBeCloseTo(5 / 8, 12);
    expect(sum(histogramDensity([], grid))).toBe(0);
  });
});

describe('optimal discriminator', () => {
  it('two Gaussians with equal σ: D* is a logistic function of x', () => {
    const [m1, m2, s] = [0.5, -1, 0.8];
    const pData = binnedDensity(gaussian(m1, s), FINE),
      pModel = binnedDensity(gaussian(m2, s), FINE);
    const dStar = optimalDiscriminator(pData, pModel);
    // log(p_data/p_model) = (m1 − m2)(2x − m1 − m2)/(2σ²), linear in x
    const logit = (x: number) => ((m1 - m2) * (2 * x - m1 - m2)) / (2 * s * s);
    const c = binCenters(FINE);
    for (const x of [-3, -1.2, -0.25, 0, 0.9, 2.5]) {
      const k = binOf(FINE, x);
      expect(Math.abs(dStar[k] - 1 / (1 + Math.exp(-logit(c[k]))))).toBeLessThan(1e-4);
    }
  });
  it('is ½ where the densities agree and NaN where both vanish', () => {
    const grid: XGrid = { min: -4, max: 4, bins: 800 };
    const same = binnedDensity(gaussian(0, 1), grid);
    expect(optimalDiscriminator(same, same).every((v) => v === 0.5)).toBe(true);
    const pData = binnedDensity(uniform(-1, 1), grid),
      pModel = binnedDensity(uniform(0, 2), grid);
    const d = optimalDiscriminator(pData, pModel);
    expect(d[binOf(grid, -3)]).toBeNaN();
    expect(d[binOf(grid, 3)]).toBeNaN();
    expect(d[binOf(grid, -0.5)]).toBe(1);
    expect(d[binOf(grid, 0.5)]).toBe(0.5);
    expect(d[binOf(grid, 1.5)]).toBe(0);
  });
});

describe('discriminator gap and expected loss', () => {
  const dx = binWidth(CHART_GRID);
  const pairs: [string, () => [Float64Array, Float64Array]][] = [
    ['two Gaussians', () => [binnedDensity(gaussian(0, 1), CHART_GRID), binnedDensity(gaussian(1, 0.5), CHART_GRID)]],
    [
      'mixture vs Gaussian',
      () => [
        binnedDensity(
          mixture([
            { dist: gaussian(-2, 0.5), weight: 1 },
            { dist: gaussian(2, 0.7), weight: 2 },
          ]),
          CHART_GRID,
        ),
        binnedDensity(gaussian(0.5, 1), CHART_GRID), // both hold all but ~1e-8 of their mass on [−6, 6]
      ],
    ],
    [
      'uniform vs Gaussian (D* = 0 off the support)',
      () => [binnedDensity(uniform(-1, 2), CHART_GRID), binnedDensity(gaussian(0, 1), CHART_GRID)],
    ],
    [
      'disjoint uniforms (J(D*) = 0)',
      () => [binnedDensity(uniform(-3, -1), CHART_GRID), binnedDensity(uniform(1, 2), CHART_GRID)],
    ],
  ];
  it.each(pairs)('J(D*) = log 2 − JS for %s (docs/theory.md §6)', (_, make) => {
    const [pData, pModel] = make();
    const dStar = optimalDiscriminator(pData, pModel);
    const j = expectedDiscriminatorLoss(dStar, pData, pModel, dx);
    expect(Math.abs(j - (Math.LN2 - jsDivergence(pData, pModel, dx)))).toBeLessThan(1e-6);
  });
  it('J(D ≡ ½) = log 2, and D = 1 on fakes costs the clamp’s −log(1e-7)', () => {
    const [pData, pModel] = pairs[0][1]();
    const half = new Float64Array(CHART_GRID.bins).fill(0.5);
    expect(expectedDiscriminatorLoss(half, pData, pModel, dx)).toBeCloseTo(Math.LN2, 8); // N(0,1) loses 2e-9 beyond ±6
    const one = new Float64Array(CHART_GRID.bins).fill(1);
    // −½·log(1 − 1e-7) on the real half ≈ 0, −½·log(1e-7) on the fake half
    expect(expectedDiscriminatorLoss(one, pData, pModel, dx)).toBeCloseTo(-0.5 * Math.log(1e-7), 6);
  });
  it('dGap is 0 at D = D* and equals the offset when D = D* + c', () => {
    const [pData, pModel] = pairs[0][1]();
    const dStar = optimalDiscriminator(pData, pModel);
    expect(discriminatorGap(dStar, dStar, pData, pModel, dx)).toBe(0);
    const shifted = dStar.map((v) => v + 0.1);
    // ∫ 0.1·(p_data + p_model)/2 dx = 0.1 when both integrate to 1
    expect(discriminatorGap(shifted, dStar, pData, pModel, dx)).toBeCloseTo(0.1, 9);
  });
  it('dGap ignores bins where D* is undefined', () => {
    const pData = binnedDensity(uniform(-1, 0), CHART_GRID),
      pModel = binnedDensity(uniform(0, 1), CHART_GRID);
    const dStar = optimalDiscriminator(pData, pModel);
    expect(dStar.some(Number.isNaN)).toBe(true);
    const d = dStar.map((v) => (Number.isNaN(v) ? 0.3 : v));
    expect(discriminatorGap(d, dStar, pData, pModel, dx)).toBe(0);
  });
});
