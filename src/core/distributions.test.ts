import { describe, expect, it } from 'vitest';
import { erf, erfc, gaussian, mixture, normalCdf, normalMass, targetDistribution, uniform } from './distributions';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings';
import { createRng } from './random';

/** |actual − expected| ≤ tol·|expected|. */
const expectRel = (actual: number, expected: number, tol: number) =>
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol * Math.abs(expected));

// Reference values from mpmath at 40 digits.
const ERF_TABLE: [number, number, number][] = [
  // x, erf(x), erfc(x)
  [1e-10, 1.1283791670955126e-10, 0.99999999988716208],
  [0.1, 0.11246291601828489, 0.88753708398171511],
  [0.46875, 0.49261347321793799, 0.50738652678206201],
  [0.5, 0.52049987781304654, 0.47950012218695346],
  [1, 0.84270079294971487, 0.15729920705028513],
  [2, 0.99532226501895273, 0.0046777349810472658],
  [3.5, 0.99999925690162766, 7.4309837234141275e-7],
  [4, 0.9999999845827421, 1.5417257900280019e-8],
  [4.5, 0.99999999980338396, 1.9661604415428875e-10],
  [6, 0.99999999999999998, 2.1519736712498913e-17],
  [10, 1, 2.0884875837625448e-45],
  [20, 1, 5.3958656116079009e-176],
  [26, 1, 5.6631924088561428e-296],
];

describe('erf and erfc (Cody)', () => {
  it.each(ERF_TABLE)('x = %d', (x, erfX, erfcX) => {
    expectRel(erf(x), erfX, 1e-15);
    expectRel(erfc(x), erfcX, 1e-14);
    expectRel(erf(-x), -erfX, 1e-15);
    expectRel(erfc(-x), 2 - erfcX, 1e-15);
  });
  it('erfc underflows to 0 far out and is 2 far left', () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
    expect(erf(0)).toBe(0);
  });
});

describe('standard normal cdf', () => {
  // x, Φ(x) (mpmath)
  const table: [number, number][] = [
    [-1.5, 0.066807201268858066],
    [-5, 2.8665157187919391e-7],
    [-8, 6.2209605742717841e-16],
    [-10, 7.6198530241605261e-24],
    [-20, 2.7536241186062337e-89],
    [-37, 5.7255712225245768e-300],
    [1.5, 0.93319279873114193],
  ];
  // x/√2 is rounded before erfc, which costs about x²·1e-16 relative: hence the x-dependent tolerance.
  it.each(table)('Φ(%d)', (x, p) => expectRel(normalCdf(x), p, 2e-15 * Math.max(1, x * x)));
  it('Φ(−5) = 2.866515718791939e-7 (published value)', () => expectRel(normalCdf(-5), 2.866515718791939e-7, 1e-14));
  it('mass of a far upper-tail interval keeps its digits', () => {
    // P(8 ≤ Z ≤ 10) = Φ(−8) − Φ(−10); cdf(10) − cdf(8) would give 0 or 1 ulp of garbage.
    expectRel(normalMass(8, 10), 6.2209605742717841e-16 - 7.6198530241605261e-24, 1e-13);
    expectRel(normalMass(-1.5, 1.5), 0.93319279873114193 - 0.066807201268858066, 1e-15);
  });
});

describe('gaussian, uniform, mixture', () => {
  it('gaussian pdf/cdf/moments', () => {
    const g = gaussian(1, 2);
    expectRel(g.pdf(1), 1 / (2 * Math.sqrt(2 * Math.PI)), 1e-15);
    expectRel(g.cdf(1 - 2 * 1.5), 0.066807201268858066, 1e-14);
    expect(g.mean).toBe(1);
    expect(g.variance).toBe(4);
    expect(g.support).toEqual([-Infinity, Infinity]);
    expect(() => gaussian(0, 0)).toThrow();
  });
  it('uniform pdf/cdf/moments and its guard', () => {
    const u = uniform(-1, 3);
    expect(u.pdf(0)).toBe(0.25);
    expect(u.pdf(3.5)).toBe(0);
    expect(u.cdf(0)).toBe(0.25);
    expect(u.cdf(-2)).toBe(0);
    expect(u.cdf(5)).toBe(1);
    expect(u.mean).toBe(1);
    expect(u.variance).toBeCloseTo(16 / 12, 15);
    expect(u.support).toEqual([-1, 3]);
    expect(() => uniform(1, 1)).toThrow();
    expect(() => uniform(2, 1)).toThrow();
  });
  it('mixture normalises weights and combines moments', () => {
    const m = mixture([
      { dist: gaussian(-2, 0.5), weight: 2 },
      { dist: gaussian(3, 1), weight: 6 },
    ]);
    // weights 0.25 / 0.75
    expectRel(m.mean, 0.25 * -2 + 0.75 * 3, 1e-15);
    expectRel(m.variance, 0.25 * (0.25 + 4) + 0.75 * (1 + 9) - 1.75 ** 2, 1e-14);
    // cdf(−2) = ¼·½ + ¾·Φ(−5); pdf(3) = ¼·φ(10)/0.5 + ¾·φ(0)
    expectRel(m.cdf(-2), 0.25 * 0.5 + 0.75 * 2.8665157187919391e-7, 1e-15);
    expectRel(m.pdf(3), (0.25 * 2 * Math.exp(-50) + 0.75) / Math.sqrt(2 * Math.PI), 1e-15);
    expect(() => mixture([{ dist: gaussian(0, 1), weight: 0 }])).toThrow();
    expect(() => mixture([])).toThrow();
  });
  it('mixture samples have the right mean and variance', () => {
    const m = mixture([
      { dist: gaussian(-2, 0.5), weight: 1 },
      { dist: uniform(1, 3), weight: 3 },
    ]);
    const rng = createRng(7);
    const n = 200_000;
    let s = 0,
      s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = m.sample(rng);
      s += x;
      s2 += x * x;
    }
    const mean = s / n,
      variance = s2 / n - mean * mean;
    // Standard error of the mean is √(var/n) ≈ 0.004; allow 5 of them.
    expect(Math.abs(mean - m.mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - m.variance)).toBeLessThan(0.05);
  });
});

describe('targetDistribution', () => {
  it('uses only the first `components` Gaussians', () => {
    const s = normalizeSettings({
      ...DEFAULT_SETTINGS,
      components: 2,
      mean0: -1,
      std0: 0.5,
      weight0: 0.2,
      mean1: 2,
      std1: 1,
      weight1: 0.6,
      mean2: 4,
      weight2: 1,
    });
    const t = targetDistribution(s);
    expectRel(t.mean, 0.25 * -1 + 0.75 * 2, 1e-15);
    expect(t.cdf(3.9)).toBeCloseTo(0.25 + 0.75 * gaussian(2, 1).cdf(3.9), 14);
  });
  it('uniform target', () => {
    const t = targetDistribution(normalizeSettings({ targetKind: 'uniform', uniformLow: -2, uniformHigh: 1 }));
    expect(t.support).toEqual([-2, 1]);
    expect(t.pdf(0)).toBeCloseTo(1 / 3, 15);
  });
});
