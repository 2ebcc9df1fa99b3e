import { describe, expect, it } from 'vitest';
import { gaussianKL } from './analysis';
import { crossEntropy, entropy, jsDivergence, klDivergence } from './divergences';
import {
  closedFormKL,
  explorerDensity,
  explorerMeasures,
  fitObjective,
  fitQToP,
  forwardKLFit,
  interpolateGaussian,
  klIntegrand,
  mixtureMoments,
  nelderMead,
  PULL_MAX,
  pullApart,
  reverseKLFit,
  type FitDirection,
  type GaussianParams,
} from './explorer';
import { binWidth, CHART_GRID } from './grid';
import { createRng } from './random';
import type { MixtureComponent } from './settings';

const dx = binWidth(CHART_GRID);
const g = (mean: number, std: number, weight = 1): MixtureComponent => ({ mean, std, weight });
const BIMODAL = [g(-2, 0.5), g(2, 0.5)];

function randomMixture(rng: ReturnType<typeof createRng>): MixtureComponent[] {
  const n = 1 + Math.floor(3 * rng.uniform());
  return Array.from({ length: n }, () => g(-4 + 8 * rng.uniform(), 0.1 + 1.9 * rng.uniform(), 0.05 + rng.uniform()));
}

describe('explorer measures against closed forms (docs/theory.md §3–§5)', () => {
  it.each([
    [-1, 0.8, 1, 1.2],
    [0, 1, 0.5, 1],
    [1.5, 0.6, 0, 1],
    [-2, 0.3, -1.5, 0.9],
    [0, 1, 0, 2],
  ])('Gaussian KL = gaussianKL, both ways, never floored: N(%d, %d²), N(%d, %d²)', (m1, s1, m2, s2) => {
    const m = explorerMeasures([g(m1, s1)], [g(m2, s2)]);
    expect(m.klPQ.floored || m.klQP.floored).toBe(false);
    expect(Math.abs(m.klPQ.value / gaussianKL(m1, s1, m2, s2) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(m.klQP.value / gaussianKL(m2, s2, m1, s1) - 1)).toBeLessThan(1e-6);
    const cf = closedFormKL([g(m1, s1)], [g(m2, s2)]);
    expect(cf).toEqual({ pq: gaussianKL(m1, s1, m2, s2), qp: gaussianKL(m2, s2, m1, s1) });
  });

  it('KL(Q‖P) for P = N(0, 1²), Q = N(0, 2²) is 0.807 (the chart grid gave 0.765: it cuts Q’s tails)', () => {
    const m = explorerMeasures([g(0, 1)], [g(0, 2)]);
    expect(m.klQP.value).toBeCloseTo(Math.log(0.5) + 4 / 2 - 0.5, 6);
    const binned = klDivergence(explorerDensity([g(0, 2)]), explorerDensity([g(0, 1)]), dx).value;
    expect(binned).toBeLessThan(0.77); // the old number, for the record: what this change fixes
  });

  it('closed form only for two single Gaussians', () => {
    expect(closedFormKL(BIMODAL, [g(0, 1)])).toBeNull();
    expect(closedFormKL([g(0, 1)], BIMODAL)).toBeNull();
  });

  it('entropy of a Gaussian = ½ log(2πe σ²) (also negative for a narrow one)', () => {
    for (const s of [0.1, 0.15, 0.5, 1, 1.2, 3]) {
      const h = explorerMeasures([g(0.2, s)], [g(0, 1)]).entropyP;
      expect(Math.abs(h - 0.5 * Math.log(2 * Math.PI * Math.E * s * s))).toBeLessThan(1e-7);
    }
    expect(explorerMeasures([g(0, 0.15)], [g(0, 1)]).entropyP).toBeLessThan(0);
  });

  it('H(P, Q) = H(P) + KL(P‖Q) on random mixtures (to 1e-9), and H(P, P) = H(P)', () => {
    const rng = createRng(5);
    for (let t = 0; t < 20; t++) {
      const P = randomMixture(rng),
        Q = randomMixture(rng);
      const m = explorerMeasures(P, Q);
      expect(m.crossEntropy.value).toBeCloseTo(m.entropyP + m.klPQ.value, 9);
      expect(m.crossEntropy.floored || m.klPQ.floored).toBe(false);
      const same = explorerMeasures(P, P);
      expect(same.crossEntropy.value).toBeCloseTo(same.entropyP, 12);
      expect(same.klPQ.value).toBe(0);
      expect(same.js).toBe(0);
      expect(same.w1).toBe(0);
    }
  });

  it('H(P, Q) = H(P) + KL(P‖Q) also where Q has a hole on the grid (floored, same flags)', () => {
    const p = explorerDensity([g(0, 1)]);
    const q = Float64Array.from(explorerDensity([g(0.5, 1)]), (v, k) => (k > 150 && k < 170 ? 0 : v));
    const kl = klDivergence(p, q, dx),
      ce = crossEntropy(p, q, dx);
    expect(kl.floored).toBe(true);
    expect(ce).toMatchObject({ floored: true, infinite: kl.infinite, missingMass: kl.missingMass });
    expect(ce.value).toBeCloseTo(entropy(p, dx) + kl.value, 9);
  });

  it('JS ≤ log 2 (and ≥ 0, symmetric) on random mixtures', () => {
    const rng = createRng(9);
    for (let t = 0; t < 20; t++) {
      const P = randomMixture(rng),
        Q = randomMixture(rng);
      const { js } = explorerMeasures(P, Q);
      expect(js).toBeGreaterThan(0);
      expect(js).toBeLessThanOrEqual(Math.LN2);
      expect(explorerMeasures(Q, P).js).toBeCloseTo(js, 12);
    }
  });

  it('the KL integrand on the chart grid sums to KL(P‖Q), and to KL(Q‖P) with the arguments swapped', () => {
    // Both mixtures hold all but ~1e-8 of their mass on [−6, 6], so the chart's sum is the whole integral.
    const P = BIMODAL,
      Q = [g(0.5, 1)];
    const m = explorerMeasures(P, Q);
    const sum = (a: Float64Array) => a.reduce((s, v) => s + v * dx, 0);
    expect(sum(klIntegrand(P, Q))).toBeCloseTo(m.klPQ.value, 5);
    expect(sum(klIntegrand(Q, P))).toBeCloseTo(m.klQP.value, 5);
    // It is negative where q > p, positive where p > q.
    const i = klIntegrand(P, Q);
    expect(Math.min(...i)).toBeLessThan(0);
    expect(Math.max(...i)).toBeGreaterThan(0);
  });

  it('the KL integrand is finite where a narrow Gaussian’s bins underflow to 0 (the chart grid’s “∞”)', () => {
    const P = [g(4, 3)],
      Q = [g(-4, 0.1)];
    expect(explorerDensity(Q)[CHART_GRID.bins - 1]).toBe(0); // its binned density has a hole
    const i = klIntegrand(P, Q);
    expect(i.every(Number.isFinite)).toBe(true);
    // Far right, q's log density is −(x + 4)²/(2·0.01) − log(0.1√(2π)): the integrand is p times the gap.
    const x = CHART_GRID.max - dx / 2;
    const lp = -0.5 * ((x - 4) / 3) ** 2 - Math.log(3 * Math.sqrt(2 * Math.PI));
    const lq = -0.5 * ((x + 4) / 0.1) ** 2 - Math.log(0.1 * Math.sqrt(2 * Math.PI));
    expect(i[CHART_GRID.bins - 1] / (Math.exp(lp) * (lp - lq)) - 1).toBeCloseTo(0, 12);
  });
});

describe('pull apart (docs/theory.md §5.1)', () => {
  it('two Gaussians of equal σ: KL = d²/(2σ²) (quadratic), W1 = d (linear), JS → log 2 (saturates)', () => {
    const s = 0.6;
    const { points, current } = pullApart([g(-1, s)], [g(0.5, s)]);
    expect(points[0].distance).toBe(0);
    expect(points[points.length - 1].distance).toBeCloseTo(PULL_MAX, 9);
    expect(points.length).toBe(61);
    for (const pt of points) {
      expect(pt.w1).toBeCloseTo(pt.distance, 5);
      if (!pt.klPQ.floored) {
        const exact = (pt.distance * pt.distance) / (2 * s * s);
        expect(Math.abs(pt.klPQ.value - exact)).toBeLessThan(2e-3 * exact + 1e-9);
      }
      expect(pt.js).toBeLessThanOrEqual(Math.LN2);
    }
    // JS increases and flattens out at log 2: far apart it is within 1e-6 of the ceiling.
    for (let i = 1; i < points.length; i++) expect(points[i].js).toBeGreaterThanOrEqual(points[i - 1].js - 1e-12);
    expect(Math.LN2 - points[points.length - 1].js).toBeLessThan(1e-6);
    expect(points[points.length - 1].w1).toBeCloseTo(PULL_MAX, 5);
    // The current pair: distance 1.5.
    expect(current.distance).toBeCloseTo(1.5, 12);
    expect(current.w1).toBeCloseTo(1.5, 5);
    expect(Math.abs(current.klPQ.value / gaussianKL(-1, s, 0.5, s) - 1)).toBeLessThan(1e-3);
  });

  it('slides Q the way it already lies from P, keeping its shape (mixtures)', () => {
    // Q left of P: at distance d, Q's mean is mean(P) − d. The point at the current distance matches `current`.
    const P = [g(1, 0.7)],
      Q = [g(-1.5, 0.5, 1), g(0, 0.8, 2)];
    const { points, current } = pullApart(P, Q);
    const d = mixtureMoments(P).mean - mixtureMoments(Q).mean;
    const at = points.find((pt) => Math.abs(pt.distance - 2.25) < 1e-9)!;
    expect(current.distance).toBeCloseTo(d, 12);
    // Slide Q to distance 2.25 by hand and compare.
    const shift = 2.25 - d;
    const q = explorerDensity(
      Q.map((c) => ({ ...c, mean: c.mean - shift })),
      { min: -24, max: 24, bins: 1600 },
    );
    const p = explorerDensity(P, { min: -24, max: 24, bins: 1600 });
    expect(at.js).toBeCloseTo(jsDivergence(p, q, 0.03), 9);
    expect(at.klPQ.value).toBeCloseTo(klDivergence(p, q, 0.03).value, 9);
  });

  it('far apart, narrow components: the Gaussian tails underflow and KL is shown as infinite, JS = log 2', () => {
    const { points } = pullApart([g(0, 0.1)], [g(0, 0.1)]);
    const far = points[points.length - 1];
    expect(far.klPQ.infinite).toBe(true);
    expect(far.js).toBeCloseTo(Math.LN2, 12);
    expect(points[0].klPQ.value).toBeCloseTo(0, 12);
  });
});

describe('fitting one Gaussian Q to P (docs/theory.md §2, §5.1)', () => {
  const perturbations: GaussianParams[] = [
    { mean: 0.05, std: 1 },
    { mean: -0.05, std: 1 },
    { mean: 0, std: 1.05 },
    { mean: 0, std: 0.95 },
    { mean: 0.05, std: 1.05 },
    { mean: -0.05, std: 0.95 },
  ];
  const expectLocalMinimum = (direction: FitDirection, P: MixtureComponent[], fit: GaussianParams) => {
    const f0 = fitObjective(direction, P, fit).value;
    for (const d of perturbations) {
      const f = fitObjective(direction, P, { mean: fit.mean + d.mean, std: fit.std * d.std }).value;
      expect(f0, `${direction} fit vs μ ${d.mean >= 0 ? '+' : ''}${d.mean}, σ ×${d.std}`).toBeLessThanOrEqual(f);
    }
  };

  it('forward KL of the bimodal P (±2, σ 0.5): moment matching, μ = 0, σ = √(0.25 + 4)', () => {
    const fit = forwardKLFit(BIMODAL);
    expect(fit.mean).toBeCloseTo(0, 12);
    expect(fit.std).toBeCloseTo(Math.sqrt(4.25), 12);
    expectLocalMinimum('forward', BIMODAL, fit);
  });

  it('reverse KL of the bimodal P sits on one mode: |μ| ≈ 2, σ ≈ 0.5', () => {
    const fit = reverseKLFit(BIMODAL);
    expect(Math.abs(Math.abs(fit.mean) - 2)).toBeLessThan(0.02);
    expect(Math.abs(fit.std - 0.5)).toBeLessThan(0.02);
    expectLocalMinimum('reverse', BIMODAL, fit);
    // Sitting on one of two equal modes costs about log 2 (the mode holds half of P's mass).
    expect(fitObjective('reverse', BIMODAL, fit).value).toBeCloseTo(Math.LN2, 2);
  });

  it('reverse KL finds the heavier mode of an unequal mixture, and a single Gaussian exactly', () => {
    const P = [g(-2.5, 0.4, 0.3), g(1.5, 0.6, 0.7)];
    const fit = reverseKLFit(P);
    expect(fit.mean).toBeCloseTo(1.5, 1);
    expect(fit.std).toBeCloseTo(0.6, 1);
    expectLocalMinimum('reverse', P, fit);
    const single = reverseKLFit([g(-0.7, 1.3)]);
    expect(single.mean).toBeCloseTo(-0.7, 3);
    expect(single.std).toBeCloseTo(1.3, 3);
  });

  it('fitQToP: both fits with their objectives; forward is mode covering (wider), reverse mode seeking', () => {
    const fits = fitQToP(BIMODAL);
    expect(fits.forward.std).toBeGreaterThan(4 * fits.reverse.std);
    expect(fits.forward.kl.value).toBeCloseTo(fitObjective('forward', BIMODAL, fits.forward).value, 12);
    expect(fits.reverse.kl.infinite || fits.forward.kl.infinite).toBe(false);
    // Each fit is worse under the other's objective than the other fit.
    expect(fitObjective('reverse', BIMODAL, fits.forward).value).toBeGreaterThan(fits.reverse.kl.value);
    expect(fitObjective('forward', BIMODAL, fits.reverse).value).toBeGreaterThan(fits.forward.kl.value);
  });
});

describe('helpers', () => {
  it('nelderMead minimises a quadratic and Rosenbrock', () => {
    const q = nelderMead(([a, b]) => (a - 1) ** 2 + 3 * (b + 2) ** 2, [0, 0], [0.5, 0.5]);
    expect(q.x[0]).toBeCloseTo(1, 4);
    expect(q.x[1]).toBeCloseTo(-2, 4);
    const r = nelderMead(([a, b]) => (1 - a) ** 2 + 100 * (b - a * a) ** 2, [-1.2, 1], [0.3, 0.3], {
      maxIter: 2000,
      tol: 1e-14,
      xTol: 1e-8,
    });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
  });

  it('interpolateGaussian goes from start to end, σ geometrically', () => {
    const a = { mean: -1, std: 0.5 },
      b = { mean: 3, std: 2 };
    expect(interpolateGaussian(a, b, 0)).toEqual(a);
    const end = interpolateGaussian(a, b, 1);
    expect(end.mean).toBeCloseTo(3, 12);
    expect(end.std).toBeCloseTo(2, 12);
    expect(interpolateGaussian(a, b, 0.5).std).toBeCloseTo(1, 12);
    expect(interpolateGaussian(a, b, 7)).toEqual(interpolateGaussian(a, b, 1));
  });
});
