import { describe, expect, it } from 'vitest';
import { gaussian, piecewiseLinear } from './distributions';
import { DRAWN_XS, piecewiseLinearIntegral } from './drawnDensity';
import { kdeOnKnots, MIN_KDE_BANDWIDTH, quantileSorted, silvermanBandwidth, summarizeSamples } from './kde';
import { createRng } from './random';

const normalSamples = (n: number, mean: number, std: number, seed = 1) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => mean + std * rng.normal());
};

/** ∫ |f − g| over [−6, 6] by the midpoint rule. */
function l1(f: (x: number) => number, g: (x: number) => number): number {
  const N = 24_000;
  const h = 12 / N;
  let s = 0;
  for (let i = 0; i < N; i++) {
    const x = -6 + (i + 0.5) * h;
    s += Math.abs(f(x) - g(x)) * h;
  }
  return s;
}

describe('sample summary and quantiles', () => {
  it('quantiles interpolate between order statistics (R type 7)', () => {
    const v = [1, 2, 3, 4];
    expect(quantileSorted(v, 0)).toBe(1);
    expect(quantileSorted(v, 1)).toBe(4);
    expect(quantileSorted(v, 0.25)).toBe(1.75);
    expect(quantileSorted(v, 0.75)).toBe(3.25);
    expect(quantileSorted(v, 0.5)).toBe(2.5);
  });
  it('mean, sample σ (n − 1) and IQR of a small set by hand', () => {
    const s = summarizeSamples([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.std).toBeCloseTo(Math.sqrt(32 / 7), 14);
    // Sorted 2 4 4 4 5 5 7 9: Q1 at h = 1.75 → 4, Q3 at h = 5.25 → 5 + 0.25·2 = 5.5.
    expect(s.iqr).toBe(1.5);
  });
});

describe("Silverman's bandwidth", () => {
  it('is 0.9 · min(σ, IQR/1.34) · n^(−1/5)', () => {
    expect(silvermanBandwidth({ n: 100, std: 2, iqr: 2 })).toBeCloseTo(0.9 * (2 / 1.34) * 100 ** -0.2, 15);
    expect(silvermanBandwidth({ n: 100, std: 1, iqr: 4 })).toBeCloseTo(0.9 * 1 * 100 ** -0.2, 15);
    expect(silvermanBandwidth({ n: 32, std: 1, iqr: 10 })).toBeCloseTo(0.9 * 0.5, 15); // 32^(−1/5) = ½
  });
  it('falls back to σ when the IQR is 0, and is 0 when nothing spreads', () => {
    expect(silvermanBandwidth({ n: 32, std: 2, iqr: 0 })).toBeCloseTo(0.9, 15);
    expect(silvermanBandwidth({ n: 10, std: 0, iqr: 0 })).toBe(0);
  });
  it('for normal samples it is close to 0.9 σ n^(−1/5) (IQR/1.34 ≈ σ)', () => {
    const x = normalSamples(20_000, 1, 0.7);
    const h = silvermanBandwidth(summarizeSamples(x));
    expect(h / (0.9 * 0.7 * 20_000 ** -0.2)).toBeCloseTo(1, 1);
  });
});

describe('the KDE on the knots', () => {
  it('of a large sample of N(μ, σ²) is close to that Gaussian in L1, and integrates to 1', () => {
    for (const [mean, std] of [
      [0.5, 1],
      [-2, 0.6],
    ]) {
      const r = kdeOnKnots(normalSamples(100_000, mean, std, 3));
      const d = piecewiseLinear(DRAWN_XS, r.density!);
      expect(piecewiseLinearIntegral(r.density!)).toBeCloseTo(1, 12);
      expect(l1(d.pdf, gaussian(mean, std).pdf)).toBeLessThan(0.03);
      expect(r.massOnChart).toBeGreaterThan(0.999);
      expect(d.mean).toBeCloseTo(mean, 1);
    }
  });
  it('with few samples the L1 error is larger, and falls with n', () => {
    const err = (n: number) => {
      const r = kdeOnKnots(normalSamples(n, 0, 1, 5));
      return l1(piecewiseLinear(DRAWN_XS, r.density!).pdf, gaussian(0, 1).pdf);
    };
    expect(err(50)).toBeGreaterThan(err(50_000));
  });
  it('linear binning changes nothing visible: it matches the direct sum of kernels', () => {
    const x = normalSamples(500, 0.3, 1.2, 9);
    const r = kdeOnKnots(x);
    const h = r.bandwidth;
    const direct = DRAWN_XS.map((t) => {
      let s = 0;
      for (const xi of x) s += gaussian(xi, h).pdf(t);
      return s / x.length;
    });
    const total = piecewiseLinearIntegral(direct);
    DRAWN_XS.forEach((_, k) => expect(r.density![k]).toBeCloseTo(direct[k] / total, 3));
  });
  it('a bandwidth below half a knot spacing is raised to it', () => {
    const r = kdeOnKnots(normalSamples(1_000_000, 0, 0.05, 2));
    expect(r.silverman).toBeLessThan(MIN_KDE_BANDWIDTH);
    expect(r.bandwidth).toBe(MIN_KDE_BANDWIDTH);
    expect(piecewiseLinearIntegral(r.density!)).toBeCloseTo(1, 12);
  });
  it('identical samples still give a density (the floor bandwidth)', () => {
    const r = kdeOnKnots([1, 1, 1, 1, 1]);
    expect(r.silverman).toBe(0);
    expect(r.bandwidth).toBe(MIN_KDE_BANDWIDTH);
    const d = piecewiseLinear(DRAWN_XS, r.density!);
    expect(d.mean).toBeCloseTo(1, 1);
  });
  it('samples far off the chart: no mass on it', () => {
    const r = kdeOnKnots(normalSamples(1000, 170, 10));
    expect(r.massOnChart).toBe(0);
    expect(r.density).toBeNull();
    // Half the samples far off: with a bandwidth of their own spread, half the mass is on the chart.
    // (Silverman's rule, from the spread of both groups, would smear it over ±5.)
    const half = kdeOnKnots([...normalSamples(1000, 0, 1), ...normalSamples(1000, 50, 1)], 0.3);
    expect(half.massOnChart).toBeCloseTo(0.5, 4);
  });
});
