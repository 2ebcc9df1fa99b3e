import { describe, expect, it } from 'vitest';
import { binnedDensity, pushforwardDensity } from './density';
import { gaussian, targetDistribution, type Distribution1D } from './distributions';
import { JS_THRESHOLD, SMALL_CHART_BINS, type SeedReading } from './experiment';
import { armCounts, countText, seedNumbers, seedOutcome } from './experimentOutcome';
import { CHART_GRID, Z_CELLS } from './grid';
import { noiseQuantileEdges } from './noise';
import { normalizeSettings } from './settings';

/** The bimodal target of the lessons: N(−2, 0.5²) and N(2, 0.5²), equal weights. */
const BIMODAL = targetDistribution(
  normalizeSettings({ components: 2, mean0: -2, std0: 0.5, weight0: 1, mean1: 2, std1: 0.5, weight1: 1 }),
);
const SINGLE = gaussian(1.5, 0.6);

/** x with target.cdf(x) = p, by bisection (the target's quantile: G that pushes U(−1, 1) onto it exactly). */
function quantile(target: Distribution1D, p: number): number {
  let lo = -20,
    hi = 20;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (target.cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** G at uniform noise's cell edges that maps p_z onto `target` (its tails cut at 1e-9). */
function perfectG(target: Distribution1D): Float64Array {
  const edges = noiseQuantileEdges('uniform', Z_CELLS);
  return Float64Array.from(edges, (z) => quantile(target, Math.min(1 - 1e-9, Math.max(1e-9, (z + 1) / 2))));
}

describe('seedNumbers: one model’s numbers from its G', () => {
  it('p_model = p_data: JS ≈ 0, every mode’s share ≈ 1, held, converged', () => {
    const pData = binnedDensity(BIMODAL, CHART_GRID);
    const n = seedNumbers(perfectG(BIMODAL), pData, BIMODAL);
    // Not 0: each of the 4000 cells spreads its mass evenly between its edges' images (wide in the tails).
    expect(n.js).toBeLessThan(JS_THRESHOLD / 20);
    expect(n.modeShares).toHaveLength(2);
    for (const share of n.modeShares) expect(share).toBeCloseTo(1, 2);
    expect(n.modesHeld).toBe(true);
    expect(seedOutcome(n)).toBe('converged');
  });

  it('all the mass on one mode of two: shares [≈2, ≈0], collapsed, JS = ¾·log(4/3)', () => {
    const pData = binnedDensity(BIMODAL, CHART_GRID);
    // G(z) = 2 + 0.5 z on normal noise: exactly the right-hand component, N(2, 0.5²).
    const g = noiseQuantileEdges('normal', Z_CELLS).map((z) => 2 + 0.5 * z);
    const n = seedNumbers(g, pData, BIMODAL);
    expect(n.modeShares[0]).toBeLessThan(1e-3);
    expect(n.modeShares[1]).toBeCloseTo(2, 2);
    expect(n.modesHeld).toBe(false);
    // Closed form for disjoint modes: P = ½L + ½R, Q = R, M = ¼L + ¾R;
    // JS = ½[½·log 2 + ½·log(2/3)] + ½·log(4/3) = ¾·log(4/3).
    expect(n.js).toBeCloseTo(0.75 * Math.log(4 / 3), 3);
    expect(seedOutcome(n)).toBe('collapsed');
  });

  it('one Gaussian target: no modes (modesHeld null), JS of a shifted G by the closed form’s size', () => {
    const pData = binnedDensity(SINGLE, CHART_GRID);
    const exact = seedNumbers(perfectG(SINGLE), pData, SINGLE);
    expect(exact.modeShares).toEqual([]);
    expect(exact.modesHeld).toBeNull();
    expect(seedOutcome(exact)).toBe('converged');
    // G one σ off: JS well above the threshold, nothing to hold, so 'open'.
    const off = seedNumbers(
      noiseQuantileEdges('normal', Z_CELLS).map((z) => 2.1 + 0.6 * z),
      pData,
      SINGLE,
    );
    expect(off.js).toBeGreaterThan(0.05);
    expect(off.js).toBeLessThan(Math.LN2);
    expect(seedOutcome(off)).toBe('open');
  });

  it('a NaN in G is a diverged model, not mass escaping the grid', () => {
    const pData = binnedDensity(BIMODAL, CHART_GRID);
    const g = perfectG(BIMODAL);
    g[17] = NaN;
    const n = seedNumbers(g, pData, BIMODAL);
    expect(n.js).toBeNaN();
    expect(n.modesHeld).toBe(false);
    expect(n.modeShares).toHaveLength(2);
    expect(seedOutcome(n)).toBe('diverged');
    expect(seedOutcome({ js: Infinity, modeShares: [] })).toBe('diverged');
  });

  it('the small chart’s density is p_model’s bin averages on SMALL_CHART_BINS bins of the same range', () => {
    const g = perfectG(BIMODAL);
    const n = seedNumbers(g, binnedDensity(BIMODAL, CHART_GRID), BIMODAL);
    const direct = pushforwardDensity(g, { ...CHART_GRID, bins: SMALL_CHART_BINS }).density;
    expect(n.density).toHaveLength(SMALL_CHART_BINS);
    for (let k = 0; k < SMALL_CHART_BINS; k++) expect(n.density[k]).toBeCloseTo(direct[k], 5);
    const dx = (CHART_GRID.max - CHART_GRID.min) / SMALL_CHART_BINS;
    expect(n.density.reduce((s, v) => s + v * dx, 0)).toBeCloseTo(1, 4);
  });
});

describe('seedOutcome: the first rule that matches', () => {
  it('follows diverged > converged > collapsed > held > open', () => {
    expect(seedOutcome({ js: NaN, modeShares: [0, 2] })).toBe('diverged');
    expect(seedOutcome({ js: JS_THRESHOLD / 2, modeShares: [0.2, 1.8] })).toBe('converged');
    expect(seedOutcome({ js: 0.2, modeShares: [0.2, 1.8] })).toBe('collapsed');
    expect(seedOutcome({ js: 0.2, modeShares: [1 / 3, 5 / 3] })).toBe('held');
    expect(seedOutcome({ js: 0.2, modeShares: [0.9, 1.1] })).toBe('held');
    expect(seedOutcome({ js: 0.2, modeShares: [] })).toBe('open');
    // The threshold itself is not below it.
    expect(seedOutcome({ js: JS_THRESHOLD, modeShares: [] })).toBe('open');
  });
});

/** A hand-made reading (the fields armCounts does not read are left empty). */
const reading = (seed: number, js: number, reachedAt: number | null, modesHeld: boolean | null): SeedReading => ({
  seed,
  outcome: seedOutcome({ js, modeShares: [] }),
  js,
  reachedAt,
  modeShares: [],
  modesHeld,
  density: new Float32Array(0),
  jsHistory: new Float32Array(0),
});

describe('armCounts: one arm’s counts', () => {
  it('counts JS < 0.01 now, every mode held, and the median step of reaching JS < 0.01', () => {
    const seeds = [
      reading(1, 0.004, 1200, true),
      reading(2, 0.02, 900, true), // reached once, above now
      reading(3, 0.3, null, false),
      reading(4, 0.009, 2000, true),
      reading(5, NaN, null, false),
    ];
    // Reached: 900, 1200, 2000 (3 of 5, more than half); the two that never did count as ∞, so the
    // median of 900, 1200, 2000, ∞, ∞ is 2000.
    expect(armCounts(seeds)).toEqual({ seeds: 5, converged: 2, held: 3, medianStepsToReach: 2000 });
  });

  it('an even count takes the mean of the middle two', () => {
    const seeds = [100, 300, 500, null].map((at, i) => reading(i + 1, 0.001, at, null));
    const counts = armCounts(seeds);
    expect(counts.medianStepsToReach).toBe(400);
  });

  it('the median is null unless more than half of the seeds reached JS < 0.01', () => {
    const half = [reading(1, 0.001, 300, null), reading(2, 0.5, null, null)];
    expect(armCounts(half).medianStepsToReach).toBeNull();
    expect(armCounts([]).medianStepsToReach).toBeNull();
  });

  it('held is null when no seed has modes (one Gaussian, a uniform, a drawn target)', () => {
    const seeds = [reading(1, 0.001, 300, null), reading(2, 0.5, null, null)];
    expect(armCounts(seeds)).toEqual({ seeds: 2, converged: 1, held: null, medianStepsToReach: null });
  });
});

it('countText writes k/N', () => {
  expect(countText(11, 16)).toBe('11/16');
  expect(countText(0, 8)).toBe('0/8');
});
