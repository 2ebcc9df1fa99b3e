// The explorer's and the likelihood view's numbers against their closed forms, at the sliders' extremes
// (means ±4, σ 0.1 and 3: settingsTable.ts, explorerP*/explorerQ* rows), and against an independent
// reference quadrature where there is no closed form (JS, W1 of unequal σ, mixtures).
import { describe, expect, it } from 'vitest';
import { gaussianKL } from './analysis';
import {
  gaussian,
  normalCdf,
  piecewiseLinear,
  targetDistribution,
  uniform,
  type GaussianComponent,
} from './distributions';
import { DRAWN_XS } from './drawnDensity';
import { explorerMeasures, fitObjective, fitQToP, forwardKLFit, reverseKLFit } from './explorer';
import { klToFit, targetEntropy } from './likelihood';
import { klFromGaussian, mixtureKL, mixtureNodes, TAIL_SIGMAS } from './mixtureIntegrals';
import { DEFAULT_SETTINGS, SETTINGS_TABLE } from './settings';

const g = (mean: number, std: number, weight = 1): GaussianComponent => ({ mean, std, weight });
const H = (s: number) => 0.5 * Math.log(2 * Math.PI * Math.E * s * s);

/**
 * W1 of two Gaussians: in 1-D the quantile coupling is optimal, F_P⁻¹(u) − F_Q⁻¹(u) = a + b·z with
 * a = μ1 − μ2, b = σ1 − σ2, so W1 = E|a + bZ| = |b|√(2/π)·exp(−a²/2b²) + a(1 − 2Φ(−a/|b|)) (= |a| if b = 0).
 */
function gaussianW1(m1: number, s1: number, m2: number, s2: number): number {
  const a = m1 - m2,
    b = Math.abs(s1 - s2);
  if (b === 0) return Math.abs(a);
  return b * Math.sqrt(2 / Math.PI) * Math.exp((-a * a) / (2 * b * b)) + a * (1 - 2 * normalCdf(-a / b));
}

/** Within 0.5% of the reference, or 1e-4 absolute for a reference near 0 (issue 16, part 6). */
function expectClose(value: number, reference: number, what: string) {
  const tol = Math.max(5e-3 * Math.abs(reference), 1e-4);
  expect(Math.abs(value - reference), `${what}: ${value} against ${reference}`).toBeLessThanOrEqual(tol);
}

/**
 * The reference: the midpoint rule on [−70, 70] in 280,000 cells (h = 5e-4, σ/200 for the narrowest),
 * densities summed plainly per component (independent of the code under test: no log-sum-exp, no
 * trapezoid, no erfc; F by summing the cells). A density that underflows to 0 counts 0 in JS and W1;
 * KL is not taken from here (its log of an underflowed density would be −∞).
 */
function reference(P: readonly GaussianComponent[], Q: readonly GaussianComponent[]) {
  const lo = -70,
    n = 280_000,
    h = 140 / n;
  const pdf = (cs: readonly GaussianComponent[], x: number) => {
    const total = cs.reduce((s, c) => s + c.weight, 0);
    return cs.reduce(
      (s, c) =>
        s + ((c.weight / total) * Math.exp(-0.5 * ((x - c.mean) / c.std) ** 2)) / (c.std * Math.sqrt(2 * Math.PI)),
      0,
    );
  };
  let js = 0,
    w1 = 0,
    F = 0;
  for (let i = 0; i < n; i++) {
    const x = lo + (i + 0.5) * h;
    const p = pdf(P, x),
      q = pdf(Q, x);
    if (p > 0) js += 0.5 * p * Math.log((2 * p) / (p + q));
    if (q > 0) js += 0.5 * q * Math.log((2 * q) / (p + q));
    const F0 = F;
    F += (p - q) * h; // F_P − F_Q at the cell's right edge
    w1 += 0.5 * (Math.abs(F0) + Math.abs(F));
  }
  return { js: js * h, w1: w1 * h };
}

/** log p(x) of a mixture, by hand (max-shifted sum, for the far tails). */
function logPdf(cs: readonly GaussianComponent[], x: number): number {
  const total = cs.reduce((s, c) => s + c.weight, 0);
  const ls = cs.map(
    (c) => Math.log(c.weight / total / (c.std * Math.sqrt(2 * Math.PI))) - 0.5 * ((x - c.mean) / c.std) ** 2,
  );
  const top = Math.max(...ls);
  return top + Math.log(ls.reduce((s, l) => s + Math.exp(l - top), 0));
}

/** ∫ f(log p(x), log q(x)) dx by the same midpoint rule as `reference`. */
function referenceIntegral(
  P: readonly GaussianComponent[],
  Q: readonly GaussianComponent[],
  f: (lp: number, lq: number) => number,
): number {
  const lo = -70,
    n = 280_000,
    h = 140 / n;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = lo + (i + 0.5) * h;
    sum += f(logPdf(P, x), logPdf(Q, x));
  }
  return sum * h;
}

const referenceKL = (P: readonly GaussianComponent[], Q: readonly GaussianComponent[]) =>
  referenceIntegral(P, Q, (lp, lq) => Math.exp(lp) * (lp - lq));
const referenceEntropy = (P: readonly GaussianComponent[]) => referenceIntegral(P, P, (lp) => -Math.exp(lp) * lp);

const row = SETTINGS_TABLE.explorerPStd0;
const MEANS = [SETTINGS_TABLE.explorerPMean0.min, SETTINGS_TABLE.explorerPMean0.max];
const STDS = [row.min, row.max];
const EXTREMES = MEANS.flatMap((mean) => STDS.map((std) => g(mean, std)));
const PAIRS = EXTREMES.flatMap((p) => EXTREMES.map((q) => [p, q] as const));

describe('the explorer at the sliders’ extremes: every pair of single Gaussians', () => {
  it('the extremes are the sliders’ ranges (means ±4, σ 0.1 … 3, P and Q alike)', () => {
    expect(MEANS).toEqual([-4, 4]);
    expect(STDS).toEqual([0.1, 3]);
    expect([SETTINGS_TABLE.explorerQStd0.min, SETTINGS_TABLE.explorerQStd0.max]).toEqual(STDS);
    expect([SETTINGS_TABLE.explorerQMean0.min, SETTINGS_TABLE.explorerQMean0.max]).toEqual(MEANS);
    expect(PAIRS).toHaveLength(16);
  });

  it.each(PAIRS.map(([p, q]) => [p.mean, p.std, q.mean, q.std]))(
    'P = N(%d, %d²), Q = N(%d, %d²): KL both ways, H(P), H(P, Q), W1 and JS',
    (m1, s1, m2, s2) => {
      const m = explorerMeasures([g(m1, s1)], [g(m2, s2)]);
      const klPQ = gaussianKL(m1, s1, m2, s2),
        klQP = gaussianKL(m2, s2, m1, s1);
      expectClose(m.klPQ.value, klPQ, 'KL(P‖Q)');
      expectClose(m.klQP.value, klQP, 'KL(Q‖P)');
      expect(m.klPQ.floored || m.klQP.floored || m.crossEntropy.floored).toBe(false);
      expectClose(m.entropyP, H(s1), 'H(P)');
      expectClose(m.crossEntropy.value, H(s1) + klPQ, 'H(P, Q)');
      const ref = reference([g(m1, s1)], [g(m2, s2)]);
      expectClose(m.w1, gaussianW1(m1, s1, m2, s2), 'W1');
      expectClose(m.js, ref.js, 'JS');
      expect(m.js).toBeGreaterThanOrEqual(0);
      expect(m.js).toBeLessThanOrEqual(Math.LN2);
    },
  );

  it('the reference W1 is the closed form (so it can judge mixtures), and the explorer’s W1 is it to 1e-8', () => {
    for (const [m1, s1, m2, s2] of [
      [-4, 3, 4, 3],
      [-4, 0.1, 4, 0.1],
      [-4, 0.1, 4, 3],
      [0, 1, 0, 2],
      [4, 3, 4, 0.1],
    ]) {
      const cf = gaussianW1(m1, s1, m2, s2);
      expectClose(reference([g(m1, s1)], [g(m2, s2)]).w1, cf, 'reference W1');
      // Exact between the crossings of F_P and F_Q (no O(h²) error at the kink of |F_P − F_Q|).
      expect(Math.abs(explorerMeasures([g(m1, s1)], [g(m2, s2)]).w1 - cf)).toBeLessThan(1e-8 * cf);
    }
    expect(gaussianW1(0, 1, 0, 2)).toBeCloseTo(Math.sqrt(2 / Math.PI), 15);
  });
});

describe('the explorer: mixtures against the reference quadrature', () => {
  const MIXTURES: [GaussianComponent[], GaussianComponent[]][] = [
    [[g(-4, 0.1), g(4, 3)], [g(0, 0.1)]],
    [
      [g(-4, 0.1), g(-3.5, 3), g(4, 0.1, 0.05)],
      [g(4, 3), g(-4, 0.1, 0.05)],
    ],
    [[g(-2, 0.5), g(2, 0.5)], [g(0, Math.sqrt(4.25))]],
    [
      [g(0, 0.1), g(0.3, 0.1)],
      [g(0, 3), g(0.1, 0.1)],
    ],
    [
      [g(-4, 3), g(4, 0.1, 0.05)],
      [g(-4, 3, 0.3), g(4, 0.1)],
    ],
  ];
  it.each(MIXTURES.map((pq, i) => [i, ...pq] as const))('mixture pair %d', (_, P, Q) => {
    const m = explorerMeasures(P, Q);
    const ref = reference(P, Q);
    expectClose(m.klPQ.value, referenceKL(P, Q), 'KL(P‖Q)');
    expectClose(m.klQP.value, referenceKL(Q, P), 'KL(Q‖P)');
    expectClose(m.entropyP, referenceEntropy(P), 'H(P)');
    expectClose(m.js, ref.js, 'JS');
    expectClose(m.w1, ref.w1, 'W1');
  });

  it('the nodes hold every component to ±6.2σ (2Φ(−6.2) < 1e-9 of its mass), 4 per σ of the narrowest', () => {
    const n = mixtureNodes([g(-4, 3), g(4, 0.1)]);
    expect(n.x0).toBeCloseTo(-4 - TAIL_SIGMAS * 3, 12);
    expect(n.x0 + (n.n - 1) * n.h).toBeGreaterThanOrEqual(-4 + TAIL_SIGMAS * 3);
    expect(n.h).toBeCloseTo(0.1 / 4, 12);
    // Mills: Φ(−t) < φ(t)/t.
    expect((2 * Math.exp(-0.5 * TAIL_SIGMAS ** 2)) / (TAIL_SIGMAS * Math.sqrt(2 * Math.PI))).toBeLessThan(1e-9);
  });
});

describe('the fits’ objectives', () => {
  it.each(EXTREMES.map((c) => [c.mean, c.std]))('P = N(%d, %d²): both fits find P, at a cost of 0', (mean, std) => {
    const fits = fitQToP([g(mean, std)]);
    for (const f of [fits.forward, fits.reverse]) {
      expect(Math.abs(f.mean - mean)).toBeLessThan(1e-3);
      expect(Math.abs(f.std / std - 1)).toBeLessThan(1e-3);
      expectClose(f.kl.value, 0, 'fit objective');
    }
  });

  it.each(PAIRS.map(([p, q]) => [p.mean, p.std, q.mean, q.std]))(
    'fitObjective(P = N(%d, %d²), Q = N(%d, %d²)) = gaussianKL both ways',
    (m1, s1, m2, s2) => {
      const q = { mean: m2, std: s2 };
      expectClose(fitObjective('forward', [g(m1, s1)], q).value, gaussianKL(m1, s1, m2, s2), 'forward');
      expectClose(fitObjective('reverse', [g(m1, s1)], q).value, gaussianKL(m2, s2, m1, s1), 'reverse');
    },
  );

  it('the search’s KL(N(μ, σ²) ‖ P) (log p computed once, strided nodes) is mixtureKL’s', () => {
    const bounds = { meanMin: -6, meanMax: 6, stdMin: 0.05, stdMax: 4 };
    for (const P of [[g(-4, 0.1), g(4, 3), g(0, 1)], [g(-2, 0.5), g(2, 0.5)], [g(4, 3)]]) {
      const kl = klFromGaussian(P, bounds);
      for (const [mu, s] of [
        [-6, 0.05],
        [-4, 0.1],
        [0, 1],
        [2.06, 2.94],
        [6, 4],
        [-5.5, 3.3],
      ])
        expect(Math.abs(kl(mu, s) / mixtureKL([g(mu, s)], P).value - 1), `N(${mu}, ${s}²)`).toBeLessThan(1e-6);
    }
  });

  it('mixtures: each fit’s objective against the reference', () => {
    for (const P of [
      [g(-4, 0.1), g(4, 3)],
      [g(-4, 3), g(4, 3)],
      [g(-2, 0.5), g(2, 0.5)],
    ]) {
      const fits = fitQToP(P);
      const fwd = forwardKLFit(P),
        rev = reverseKLFit(P);
      expectClose(fits.forward.kl.value, referenceKL(P, [g(fwd.mean, fwd.std)]), 'forward fit');
      expectClose(fits.reverse.kl.value, referenceKL([g(rev.mean, rev.std)], P), 'reverse fit');
    }
  });
});

describe('the likelihood view: KL(p_data ‖ fit) and H(p_data)', () => {
  it.each([
    [4, 2, 4.2, 0.05],
    [4, 2, -4, 4],
    [-4, 0.1, -4.02, 0.11],
    [-4, 0.1, 3, 4],
    [0, 1, 0, 2],
  ])('Gaussian target N(%d, %d²), fit N(%d, %d²): the closed form', (m1, s1, m2, s2) => {
    const dist = gaussian(m1, s1);
    expectClose(klToFit(dist, [g(m2, s2)]).value, gaussianKL(m1, s1, m2, s2), 'KL(p_data ‖ fit)');
    expectClose(targetEntropy(dist), H(s1), 'H(p_data)');
  });

  it.each([
    [-1, 2, 0.5, 0.05],
    [-1, 2, 0.5, 0.866],
    [-5, 5, 2, 4],
    [-1, 2, 3, 0.3],
  ])('uniform target on [%d, %d], fit N(%d, %d²): the closed form', (a, b, mu, s) => {
    // KL(U‖N) = −log(b − a) + log(σ√(2π)) + E[(x − μ)²]/(2σ²), E[(x − μ)²] = (b − a)²/12 + (mid − μ)².
    const w = b - a;
    const cf =
      -Math.log(w) + Math.log(s * Math.sqrt(2 * Math.PI)) + ((w * w) / 12 + ((a + b) / 2 - mu) ** 2) / (2 * s * s);
    expectClose(klToFit(uniform(a, b), [g(mu, s)]).value, cf, 'KL(p_data ‖ fit)');
    expectClose(targetEntropy(uniform(a, b)), Math.log(w), 'H(p_data)');
  });

  it('a drawn (piecewise-linear) target against fits of small and wide σ: a reference midpoint rule', () => {
    const ys = DRAWN_XS.map((x) => Math.exp(-0.5 * ((x - 1) / 0.8) ** 2) + (Math.abs(x + 3) < 0.5 ? 0.4 : 0));
    const dist = piecewiseLinear(DRAWN_XS, ys);
    const n = 400_000,
      h = 12 / n;
    for (const fit of [[g(1, 0.8)], [g(-3, 0.05, 0.1), g(1, 0.8, 0.9)], [g(0, 4)]]) {
      let kl = 0,
        entropy = 0;
      for (let i = 0; i < n; i++) {
        const x = -6 + (i + 0.5) * h;
        const p = dist.pdf(x);
        if (p > 0) {
          kl += p * (Math.log(p) - logPdf(fit, x));
          entropy -= p * Math.log(p);
        }
      }
      expectClose(klToFit(dist, fit).value, kl * h, 'KL(p_data ‖ fit)');
      expectClose(targetEntropy(dist), entropy * h, 'H(p_data)');
    }
  });

  it('a two-bump target against fits of small and wide σ: the reference', () => {
    const dist = targetDistribution({
      ...DEFAULT_SETTINGS,
      components: 2,
      mean0: -4,
      std0: 2,
      weight0: 1,
      mean1: 4,
      std1: 0.1,
      weight1: 0.3,
    });
    const P = dist.components!;
    for (const fit of [[g(-4, 2, 0.7), g(4, 0.05, 0.3)], [g(0, 4)], [g(-3, 0.05), g(4.1, 0.2)]])
      expectClose(klToFit(dist, fit).value, referenceKL(P, fit), 'KL(p_data ‖ fit)');
  });
});
