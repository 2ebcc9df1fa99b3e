import { describe, expect, it } from 'vitest';
import { INFINITE_MASS, jsDivergence, KL_FLOOR, klDivergence, toUnits } from './divergences';
import { binnedDensity } from './density';
import { gaussian, mixture, uniform } from './distributions';
import { gaussianKL } from './analysis';
import { binWidth, type XGrid } from './grid';
import { createRng } from './random';

const FINE: XGrid = { min: -12, max: 12, bins: 4000 };
const dx = binWidth(FINE);
const on = (d: Parameters<typeof binnedDensity>[0], grid: XGrid = FINE) => binnedDensity(d, grid);

describe('gaussianKL (closed form, docs/theory.md §3)', () => {
  it('known values', () => {
    expect(gaussianKL(0, 1, 0, 1)).toBe(0);
    // KL(N(0,1) ‖ N(1,1)) = ½; KL(N(0,1) ‖ N(0,2)) = log 2 + 1/8 − ½
    expect(gaussianKL(0, 1, 1, 1)).toBeCloseTo(0.5, 15);
    expect(gaussianKL(0, 1, 0, 2)).toBeCloseTo(Math.log(2) + 1 / 8 - 0.5, 15);
  });
});

describe('klDivergence', () => {
  const cases: [number, number, number, number][] = [
    [0, 1, 1, 1],
    [0.5, 0.6, -1, 1.3],
    [2, 1.5, 1.8, 0.7],
  ];
  it.each(cases)('KL(N(%d,%d²) ‖ N(%d,%d²)) matches the closed form, both directions', (m1, s1, m2, s2) => {
    const p = on(gaussian(m1, s1)),
      q = on(gaussian(m2, s2));
    const fwd = klDivergence(p, q, dx),
      rev = klDivergence(q, p, dx);
    expect(Math.abs(fwd.value / gaussianKL(m1, s1, m2, s2) - 1)).toBeLessThan(1e-3);
    expect(Math.abs(rev.value / gaussianKL(m2, s2, m1, s1) - 1)).toBeLessThan(1e-3);
    expect(fwd.infinite || rev.infinite).toBe(false);
  });
  it('KL(p‖p) = 0 exactly, and KL ≥ 0 on random mixtures', () => {
    const p = on(gaussian(0.3, 0.9));
    expect(klDivergence(p, p, dx)).toEqual({ value: 0, infinite: false, floored: false, missingMass: 0 });
    const rng = createRng(11);
    const randomMixture = () =>
      mixture(
        [0, 1, 2].map(() => ({
          dist: gaussian(-3 + 6 * rng.uniform(), 0.3 + 1.5 * rng.uniform()),
          weight: 0.1 + rng.uniform(),
        })),
      );
    for (let t = 0; t < 20; t++) {
      const a = on(randomMixture()),
        b = on(randomMixture());
      expect(klDivergence(a, b, dx).value).toBeGreaterThanOrEqual(0);
    }
  });
  it('q = 0 on a chunk of p’s mass: infinite', () => {
    // p = U(0, 2), q = U(1, 3): half of p's mass is where q is 0.
    const grid: XGrid = { min: -4, max: 4, bins: 800 };
    const kl = klDivergence(on(uniform(0, 2), grid), on(uniform(1, 3), grid), binWidth(grid));
    expect(kl.infinite).toBe(true);
    expect(kl.floored).toBe(true);
    expect(kl.missingMass).toBeCloseTo(0.5, 9);
    // the floored value: 0 on the overlap [1, 2] (P = Q there) + Σ P log(P/ε) on the missing half
    const P = 0.5 * binWidth(grid);
    expect(kl.value).toBeCloseTo(0.5 * Math.log(P / KL_FLOOR), 6);
  });
  it('tiny missing mass: floored, finite, not infinite', () => {
    // p = N(0, 1) on the grid; q = p with one far-tail bin (mass ~1e-5 < INFINITE_MASS) zeroed
    const p = on(gaussian(0, 1));
    const q = Float64Array.from(p);
    const k = Math.floor((4.2 - FINE.min) / dx);
    q[k] = 0;
    const kl = klDivergence(p, q, dx);
    expect(kl.missingMass).toBeCloseTo(p[k] * dx, 18);
    expect(kl.missingMass).toBeLessThan(INFINITE_MASS);
    expect(kl.floored).toBe(true);
    expect(kl.infinite).toBe(false);
    expect(Number.isFinite(kl.value)).toBe(true);
    // (q no longer sums to 1, so the rest contributes exactly 0: only the floored bin counts)
    expect(kl.value).toBeCloseTo(p[k] * dx * Math.log((p[k] * dx) / KL_FLOOR), 15);
  });
});

describe('jsDivergence', () => {
  it('identical densities: exactly 0', () => {
    const p = on(
      mixture([
        { dist: gaussian(-1, 0.4), weight: 1 },
        { dist: gaussian(2, 1), weight: 1 },
      ]),
    );
    expect(jsDivergence(p, p, dx)).toBe(0);
  });
  it('disjoint uniforms: log 2', () => {
    expect(Math.abs(jsDivergence(on(uniform(-3, -1)), on(uniform(1, 4)), dx) - Math.LN2)).toBeLessThan(1e-9);
  });
  it('half-overlapping uniforms: ½ log 2', () => {
    // U(0,2) vs U(1,3): on [1,2] P = Q (no contribution), elsewhere each has ½ of its mass alone
    const grid: XGrid = { min: -4, max: 4, bins: 800 };
    expect(
      Math.abs(jsDivergence(on(uniform(0, 2), grid), on(uniform(1, 3), grid), binWidth(grid)) - 0.5 * Math.LN2),
    ).toBeLessThan(1e-9);
  });
  it('is symmetric and within [0, log 2] on random mixtures', () => {
    const rng = createRng(5);
    const randomMixture = () =>
      mixture(
        [0, 1].map(() => ({
          dist: gaussian(-4 + 8 * rng.uniform(), 0.2 + rng.uniform()),
          weight: 0.1 + rng.uniform(),
        })),
      );
    for (let t = 0; t < 20; t++) {
      const a = on(randomMixture()),
        b = on(randomMixture());
      const ab = jsDivergence(a, b, dx),
        ba = jsDivergence(b, a, dx);
      expect(Math.abs(ab - ba)).toBeLessThan(1e-15);
      expect(ab).toBeGreaterThanOrEqual(0);
      expect(ab).toBeLessThanOrEqual(Math.LN2);
    }
  });
  it('lies between the bounds from KL: JS ≤ ¼(KL(P‖Q) + KL(Q‖P))', () => {
    // KL(P‖M) ≤ ½KL(P‖Q) by convexity of KL in its second argument (M = ½P + ½Q)
    const p = on(gaussian(0, 1)),
      q = on(gaussian(1, 0.7));
    const js = jsDivergence(p, q, dx);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(0.25 * (gaussianKL(0, 1, 1, 0.7) + gaussianKL(1, 0.7, 0, 1)));
  });
});

describe('toUnits', () => {
  it('bits = nats / ln 2', () => {
    expect(toUnits(Math.LN2, 'bits')).toBeCloseTo(1, 15);
    expect(toUnits(0.3, 'nats')).toBe(0.3);
    expect(toUnits(Infinity, 'bits')).toBe(Infinity);
  });
});
