import { describe, expect, it } from 'vitest';
import { binnedDensity } from './density';
import { gaussian, mixture, targetDistribution } from './distributions';
import { CHART_GRID } from './grid';
import { drawSamples, klToFit, likelihoodFit, mixtureBinDensity, targetEntropy } from './likelihood';
import { klAtSampleSize } from './likelihoodSweep';
import {
  averageLogLikelihood,
  emInitialComponents,
  fitMixtureEm,
  fitMixtureEmBinned,
  gaussianMle,
  SIGMA_FLOOR,
} from './mixtureEm';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const TWO_BUMPS: Settings = {
  ...DEFAULT_SETTINGS,
  components: 2,
  mean0: -2,
  std0: 0.5,
  weight0: 1,
  mean1: 2,
  std1: 0.5,
  weight1: 1,
};
const THREE_BUMPS: Settings = {
  ...DEFAULT_SETTINGS,
  components: 3,
  mean0: -3,
  std0: 0.4,
  weight0: 0.5,
  mean1: 0.5,
  std1: 0.6,
  weight1: 0.3,
  mean2: 3.5,
  std2: 0.3,
  weight2: 0.2,
};

describe('gaussianMle', () => {
  it('is the sample mean and the biased standard deviation (divide by m, not m − 1)', () => {
    const xs = [1.2, -0.7, 3.1, 0.4, 2.2, -1.5, 0.9];
    const m = xs.length;
    const mean = xs.reduce((a, b) => a + b, 0) / m;
    const biased = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / m);
    const unbiased = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (m - 1));
    const fit = gaussianMle(xs);
    expect(fit.mean).toBeCloseTo(mean, 14);
    expect(fit.std).toBeCloseTo(biased, 14);
    expect(Math.abs(fit.std - unbiased)).toBeGreaterThan(0.05);
    expect(fit.weight).toBe(1);
  });

  it('maximises the likelihood: moving μ or σ either way lowers the average log-likelihood', () => {
    const xs = drawSamples(gaussian(0.5, 1.3), 300, 11);
    const fit = gaussianMle(xs);
    const best = averageLogLikelihood(xs, [fit]);
    for (const [dm, ds] of [
      [0.01, 0],
      [-0.01, 0],
      [0, 0.01],
      [0, -0.01],
    ])
      expect(averageLogLikelihood(xs, [{ mean: fit.mean + dm, std: fit.std + ds, weight: 1 }])).toBeLessThan(best);
  });

  it('floors σ at SIGMA_FLOOR for samples that (nearly) coincide', () => {
    expect(gaussianMle([1, 1, 1, 1, 1.001]).std).toBe(SIGMA_FLOOR);
  });
});

describe('fitMixtureEm', () => {
  it('never decreases the average log-likelihood, at any iteration (several seeds, K = 2 and 3)', () => {
    let checked = 0;
    for (const settings of [DEFAULT_SETTINGS, TWO_BUMPS, THREE_BUMPS, { ...DEFAULT_SETTINGS, targetKind: 'uniform' }]) {
      const dist = targetDistribution(settings as Settings);
      for (const seed of [1, 2, 3, 4, 5])
        for (const K of [2, 3])
          for (const m of [8, 60, 400]) {
            const { trace } = fitMixtureEm(drawSamples(dist, m, seed), K);
            expect(trace.length).toBeGreaterThan(1);
            for (let t = 1; t < trace.length; t++) {
              expect(trace[t].avgLogLik).toBeGreaterThanOrEqual(trace[t - 1].avgLogLik - 1e-12);
              checked++;
            }
          }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('the trace holds the log-likelihood of each iteration’s parameters', () => {
    const xs = drawSamples(targetDistribution(TWO_BUMPS), 200, 7);
    const { trace } = fitMixtureEm(xs, 2);
    for (const t of trace) expect(t.avgLogLik).toBeCloseTo(averageLogLikelihood(xs, t.components), 10);
  });

  it('recovers well-separated components from many samples (means sorted, within tolerance)', () => {
    for (const [settings, K] of [
      [TWO_BUMPS, 2],
      [THREE_BUMPS, 3],
    ] as const) {
      const dist = targetDistribution(settings);
      const truth = [...dist.components!].sort((a, b) => a.mean - b.mean);
      for (const seed of [1, 2, 3]) {
        const { components, converged } = fitMixtureEm(drawSamples(dist, 5000, seed), K);
        expect(converged).toBe(true);
        expect(components.map((c) => c.mean)).toEqual([...components.map((c) => c.mean)].sort((a, b) => a - b));
        components.forEach((c, k) => {
          expect(Math.abs(c.mean - truth[k].mean)).toBeLessThan(0.05);
          expect(Math.abs(c.std - truth[k].std)).toBeLessThan(0.05);
          expect(Math.abs(c.weight - truth[k].weight)).toBeLessThan(0.03);
        });
        expect(components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it('with K = 1 equals the closed-form MLE', () => {
    for (const [settings, seed, m] of [
      [DEFAULT_SETTINGS, 1, 5],
      [TWO_BUMPS, 2, 100],
      [THREE_BUMPS, 3, 3000],
    ] as const) {
      const xs = drawSamples(targetDistribution(settings), m, seed);
      const em = fitMixtureEm(xs, 1);
      const mle = gaussianMle(xs);
      expect(em.components).toHaveLength(1);
      expect(em.components[0].mean).toBeCloseTo(mle.mean, 12);
      expect(em.components[0].std).toBeCloseTo(mle.std, 12);
      expect(em.components[0].weight).toBeCloseTo(1, 12);
      expect(em.avgLogLik).toBeCloseTo(averageLogLikelihood(xs, [mle]), 12);
    }
  });

  it('keeps every σ at or above the floor, even with more components than distinct samples', () => {
    const { components } = fitMixtureEm([0, 0, 0, 2, 2], 3);
    for (const c of components) expect(c.std).toBeGreaterThanOrEqual(SIGMA_FLOOR);
    expect(Number.isFinite(fitMixtureEm([0, 0, 0, 2, 2], 3).avgLogLik)).toBe(true);
  });

  it('starts deterministically from k-means clusters: one start per mode of a two-bump sample', () => {
    const xs = drawSamples(targetDistribution(TWO_BUMPS), 400, 5);
    const init = emInitialComponents(xs, 2);
    expect(init).toEqual(emInitialComponents(xs, 2));
    expect(init[0].mean).toBeLessThan(-1.5);
    expect(init[1].mean).toBeGreaterThan(1.5);
  });

  it('on the histogram (the sweep’s large m) lands within 0.01 of the fit on the samples', () => {
    const xs = drawSamples(targetDistribution(THREE_BUMPS), 3000, 9);
    const a = fitMixtureEm(xs, 3).components;
    const b = fitMixtureEmBinned(xs, 3).components;
    a.forEach((c, k) => {
      expect(Math.abs(c.mean - b[k].mean)).toBeLessThan(0.01);
      expect(Math.abs(c.std - b[k].std)).toBeLessThan(0.01);
    });
  });
});

describe('KL(p_data ‖ fit)', () => {
  it('mixtureBinDensity is binnedDensity of the mixture (far tails included)', () => {
    const cs = [
      { mean: -2.3, std: 0.2, weight: 0.6 },
      { mean: 1.1, std: 0.9, weight: 0.4 },
    ];
    const a = mixtureBinDensity(cs, CHART_GRID);
    const b = binnedDensity(mixture(cs.map((c) => ({ dist: gaussian(c.mean, c.std), weight: c.weight }))), CHART_GRID);
    for (let k = 0; k < a.length; k++) {
      expect(a[k]).toBeGreaterThan(0);
      expect(Math.abs(a[k] - b[k])).toBeLessThanOrEqual(1e-12 * b[k]);
    }
  });

  it('falls, in median over resamples, as m grows from 10 to 5000', () => {
    for (const [settings, K] of [
      [DEFAULT_SETTINGS, 1],
      [TWO_BUMPS, 2],
      [THREE_BUMPS, 3],
    ] as const) {
      const dist = targetDistribution(settings);
      const medians = [10, 100, 5000].map((m) => klAtSampleSize(dist, K, m).median);
      expect(medians[1]).toBeLessThan(medians[0]);
      expect(medians[2]).toBeLessThan(medians[1]);
      expect(medians[2]).toBeLessThan(0.01);
    }
  });

  it('with a model that contains p_data, the mean KL after m samples is about d/(2m), d = 3K − 1', () => {
    for (const [settings, K, m] of [
      [DEFAULT_SETTINGS, 1, 1000],
      [TWO_BUMPS, 2, 500],
    ] as const) {
      const dist = targetDistribution(settings);
      let sum = 0;
      const n = 60;
      for (let r = 0; r < n; r++)
        sum += klToFit(dist, fitMixtureEm(drawSamples(dist, m, 1000 + r), K).components).value;
      const expected = (3 * K - 1) / (2 * m);
      expect(sum / n).toBeGreaterThan(0.7 * expected);
      expect(sum / n).toBeLessThan(1.3 * expected);
    }
  });

  it('mode covering: one Gaussian on two bumps matches their mean and variance and keeps a large KL; K = 2 does not', () => {
    const dist = targetDistribution(TWO_BUMPS);
    const one = likelihoodFit(dist, CHART_GRID, 5000, 1, 1);
    const two = likelihoodFit(dist, CHART_GRID, 5000, 2, 1);
    // docs/theory.md §2: N(0, 4.25), σ ≈ 2.06, its peak in the gap at 0
    expect(Math.abs(one.components[0].mean)).toBeLessThan(0.1);
    expect(Math.abs(one.components[0].std - Math.sqrt(4.25))).toBeLessThan(0.05);
    expect(one.kl.value).toBeGreaterThan(0.5);
    expect(two.kl.value).toBeLessThan(0.01);
    expect(two.kl.floored).toBe(false);
  });

  it('the average log-likelihood tends to −H(p_data) − KL(p_data ‖ fit) (docs/theory.md §2), for any fit', () => {
    const dist = targetDistribution(THREE_BUMPS);
    const h = targetEntropy(dist);
    const many = drawSamples(dist, 200_000, 99);
    for (const [m, K] of [
      [5000, 3],
      [30, 3],
      [500, 1],
    ]) {
      const fit = likelihoodFit(dist, CHART_GRID, m, K, 4);
      // on fresh samples, not the ones fitted (those overrate the fit: that is the sampling gap)
      const expected = averageLogLikelihood(many, fit.components);
      expect(Math.abs(expected - (-h - fit.kl.value))).toBeLessThan(0.01);
      expect(fit.kl.value).toBeCloseTo(klToFit(dist, fit.components).value, 12);
    }
  });

  it('draws the same samples for the same seed and different ones for another', () => {
    const dist = targetDistribution(TWO_BUMPS);
    expect(Array.from(drawSamples(dist, 20, 3))).toEqual(Array.from(drawSamples(dist, 20, 3)));
    expect(Array.from(drawSamples(dist, 20, 3))).not.toEqual(Array.from(drawSamples(dist, 20, 4)));
  });
});
