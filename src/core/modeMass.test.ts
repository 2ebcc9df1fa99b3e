import { describe, expect, it } from 'vitest';
import { analyze } from './analysis';
import { binnedDensity, pushforwardDensity } from './density';
import { gaussian, mixture, normalPdf, targetDistribution, uniform, type GaussianComponent } from './distributions';
import { binCenters, binWidth, CHART_GRID, Z_CELLS } from './grid';
import { isCollapsed, modeMasses, responsibilities } from './modeMass';
import { noiseQuantileEdges } from './noise';
import { createRng } from './random';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const dx = binWidth(CHART_GRID);
const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);
const gridMass = (p: ArrayLike<number>) => Array.from(p).reduce((s, v) => s + v * dx, 0);

/** Three well-separated components (means 3 or more apart, σ ≤ 0.5), weights 1 : 0.5 : 0.3. */
const SEPARATED: Settings = {
  ...DEFAULT_SETTINGS,
  components: 3,
  mean0: -3.5,
  std0: 0.5,
  weight0: 1,
  mean1: 0,
  std1: 0.4,
  weight1: 0.5,
  mean2: 3,
  std2: 0.3,
  weight2: 0.3,
};

describe('modeMasses', () => {
  it('the masses add up to p_model’s mass on the grid, 1 − escaped mass', () => {
    // A non-monotone G on normal noise whose output partly leaves [−6, 6]
    const g = Float64Array.from(noiseQuantileEdges('normal', Z_CELLS), (z) => 3 * Math.sin(2 * z) + 2.5 * z + 1);
    const { density, escapedMass } = pushforwardDensity(g, CHART_GRID);
    expect(escapedMass).toBeGreaterThan(0.01); // the test is about the grid mass, not 1
    const target = targetDistribution(SEPARATED);
    const modes = modeMasses(target.components!, density, CHART_GRID);
    expect(modes).toHaveLength(3);
    expect(Math.abs(sum(modes.map((m) => m.mass)) - (1 - escapedMass))).toBeLessThan(1e-12);

    // and for random bin densities against random components (weights not normalised on input)
    const rng = createRng(7);
    for (let trial = 0; trial < 10; trial++) {
      const comps: GaussianComponent[] = Array.from({ length: 2 + (trial % 2) }, () => ({
        mean: -4 + 8 * rng.uniform(),
        std: 0.1 + 1.9 * rng.uniform(),
        weight: 0.05 + rng.uniform(),
      }));
      const p = Float64Array.from({ length: CHART_GRID.bins }, () => (rng.uniform() < 0.3 ? 0 : rng.uniform()));
      const m = modeMasses(comps, p, CHART_GRID);
      expect(Math.abs(sum(m.map((v) => v.mass)) - gridMass(p))).toBeLessThan(1e-12);
      expect(Math.abs(sum(m.map((v) => v.weight)) - 1)).toBeLessThan(1e-15);
      for (const v of m) expect(v.mass).toBeGreaterThanOrEqual(0);
    }
  });

  it('p_model = p_data: each component captures its own weight w_i', () => {
    // r_i · p_data = w_i N_i exactly, so ∫ r_i p_data = w_i; on the grid the only errors are p_data's
    // mass beyond ±6 (here Φ(−5)·w_0 ≈ 1.6e-7, the largest part) and the midpoint rule applied to r_i,
    // which is flat (0 or 1) wherever well-separated components have mass. Measured: 1.3e-7.
    const target = targetDistribution(SEPARATED);
    const modes = modeMasses(target.components!, binnedDensity(target, CHART_GRID), CHART_GRID);
    expect(modes.map((m) => m.weight)).toEqual([1 / 1.8, 0.5 / 1.8, 0.3 / 1.8]);
    for (const m of modes) expect(Math.abs(m.mass - m.weight)).toBeLessThan(1e-6);
    expect(modes.some(isCollapsed)).toBe(false);

    // Overlapping components: r_i now changes where the data have mass, so the midpoint rule's
    // O(Δx²) error shows (measured 2.4e-6); the identity still holds to 1e-5.
    const overlapping = targetDistribution({
      ...SEPARATED,
      mean0: -1,
      std0: 1,
      mean1: 0.5,
      std1: 0.8,
      std2: 0.7,
      mean2: 2,
    });
    const m2 = modeMasses(overlapping.components!, binnedDensity(overlapping, CHART_GRID), CHART_GRID);
    for (const m of m2) expect(Math.abs(m.mass - m.weight)).toBeLessThan(1e-5);
  });

  it('p_model on component 0 only: component 0 gets ≈ all of it, the others ≈ 0 (mode collapse)', () => {
    const target = targetDistribution(SEPARATED);
    const modes = modeMasses(target.components!, binnedDensity(gaussian(-3.5, 0.5), CHART_GRID), CHART_GRID);
    // N(−3.5, 0.5²)'s tail past the crossover with component 1 (near x = −1.5) is ~6e-5
    expect(modes[0].mass).toBeGreaterThan(0.999);
    expect(modes[1].mass).toBeLessThan(1e-3);
    expect(modes[2].mass).toBeLessThan(1e-3);
    expect(modes.map(isCollapsed)).toEqual([false, true, true]);
  });

  it('far-tail bins, where every N_i underflows to 0, get the nearest component and no NaN', () => {
    const comps: GaussianComponent[] = [
      { mean: -1, std: 0.1, weight: 1 },
      { mean: 1, std: 0.1, weight: 1 },
    ];
    const centers = binCenters(CHART_GRID);
    const last = CHART_GRID.bins - 1;
    // The plain formula is 0/0 there: both densities underflow at the grid's ends
    for (const x of [centers[0], centers[last]]) for (const c of comps) expect(normalPdf((x - c.mean) / c.std)).toBe(0);
    expect(Array.from(responsibilities(comps, centers[0]))).toEqual([1, 0]);
    expect(Array.from(responsibilities(comps, centers[last]))).toEqual([0, 1]);
    // Exactly halfway between equal components: ½ each
    expect(Array.from(responsibilities(comps, 0))).toEqual([0.5, 0.5]);

    const p = new Float64Array(CHART_GRID.bins);
    p[0] = 0.3 / dx;
    p[last] = 0.6 / dx;
    const modes = modeMasses(comps, p, CHART_GRID);
    for (const m of modes) expect(Number.isFinite(m.mass)).toBe(true);
    expect(modes[0].mass).toBeCloseTo(0.3, 12);
    expect(modes[1].mass).toBeCloseTo(0.6, 12);
  });

  it('nothing to show: fewer than 2 components, or no weight', () => {
    const p = binnedDensity(gaussian(0, 1), CHART_GRID);
    expect(modeMasses([{ mean: 0, std: 1, weight: 1 }], p, CHART_GRID)).toEqual([]);
    expect(modeMasses([], p, CHART_GRID)).toEqual([]);
    const zero = [
      { mean: 0, std: 1, weight: 0 },
      { mean: 1, std: 1, weight: 0 },
    ];
    expect(modeMasses(zero, p, CHART_GRID)).toEqual([]);
  });
});

describe('the target’s components and analyze().modes', () => {
  it('a mixture of Gaussians lists its components in order with normalised weights; a uniform has none', () => {
    const m = mixture([
      { dist: gaussian(-2, 0.5), weight: 3 },
      { dist: gaussian(2, 1), weight: 1 },
    ]);
    expect(m.components).toEqual([
      { mean: -2, std: 0.5, weight: 0.75 },
      { mean: 2, std: 1, weight: 0.25 },
    ]);
    expect(uniform(-1, 1).components).toBeUndefined();
    expect(
      mixture([
        { dist: gaussian(0, 1), weight: 1 },
        { dist: uniform(0, 1), weight: 1 },
      ]).components,
    ).toBeUndefined();
  });

  const gAtZEdges = Float64Array.from(noiseQuantileEdges('normal', Z_CELLS), (z) => 0.5 * z - 2);
  const run = (target: ReturnType<typeof targetDistribution>) =>
    analyze({ target, gAtZEdges, dAtCenters: new Float64Array(CHART_GRID.bins).fill(0.5), grid: CHART_GRID });

  it('analyze fills modes for a two-component target (G sits on the left mode only)', () => {
    const a = run(
      targetDistribution({
        ...DEFAULT_SETTINGS,
        components: 2,
        mean0: -2,
        std0: 0.5,
        mean1: 2,
        std1: 0.5,
        weight0: 1,
        weight1: 1,
      }),
    );
    expect(a.modes).toHaveLength(2);
    expect(a.modes![0].weight).toBe(0.5);
    expect(a.modes![0].mass).toBeGreaterThan(0.999);
    expect(a.modes![1].mass).toBeLessThan(1e-3);
    expect(Math.abs(a.modes![0].mass + a.modes![1].mass - (1 - a.escapedMass))).toBeLessThan(1e-12);
  });

  it('analyze gives no modes for a single Gaussian or a uniform target', () => {
    expect(run(targetDistribution(DEFAULT_SETTINGS)).modes).toEqual([]);
    expect(run(targetDistribution({ ...DEFAULT_SETTINGS, targetKind: 'uniform' })).modes).toEqual([]);
  });
});
