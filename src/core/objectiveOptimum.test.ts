// J(D*) of each objective two ways against closed forms (docs/theory.md §6.9): two uniforms whose
// divergences are known exactly, and two Gaussians of equal σ (W1 = |Δμ|, TV = 2Φ(|Δμ|/2σ) − 1, JS
// and Δ by an independent quadrature of the densities themselves).
import { describe, expect, it } from 'vitest';
import { binnedDensity } from './density';
import { gaussian, normalCdf, uniform, type Distribution1D } from './distributions';
import { binWidth, type XGrid } from './grid';
import { OBJECTIVES, type Objective } from './objectives';
import {
  boundHolds,
  hingeTotalVariation,
  lsganDelta,
  objectiveOptimum,
  optimumOf,
  analysisOptimum,
} from './objectiveOptimum';
import { expectedObjectiveLoss } from './optimalDiscriminators';
import type { Analysis } from './protocol';

const GRID: XGrid = { min: -8, max: 8, bins: 3200 };
const DX = binWidth(GRID);
const on = (d: Distribution1D) => binnedDensity(d, GRID);

/** ∫ f over [a, b] by Simpson's rule on n (even) intervals: independent of the grid's bin averages. */
function simpson(f: (x: number) => number, a: number, b: number, n = 20000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

describe('J(D*) of U(0, 2) against U(1, 3): half of each mass overlaps', () => {
  // p = q = ½ on [1, 2]; p alone on [0, 1], q alone on [2, 3]. JS = ½·log 2, Δ = 1, W1 = 1, TV = ½.
  const p = on(uniform(0, 2)),
    q = on(uniform(1, 3));
  const expected: Record<Objective, number> = {
    gan: Math.LN2 - 0.5 * Math.LN2,
    lsgan: 0.25 - 1 / 8,
    wgan: -1,
    'wgan-gp': -1,
    hinge: 2 - 2 * 0.5,
  };
  it.each(OBJECTIVES)('%s: by quadrature and by the closed form', (objective) => {
    const o = objectiveOptimum(objective, p, q, DX);
    expect(o.closedForm).toBeCloseTo(expected[objective], 6);
    expect(o.quadrature).toBeCloseTo(expected[objective], 2);
  });
  it('Δ and TV read back from J(D*): 1 and ½', () => {
    expect(lsganDelta(objectiveOptimum('lsgan', p, q, DX).closedForm)).toBeCloseTo(1, 6);
    expect(hingeTotalVariation(objectiveOptimum('hinge', p, q, DX).closedForm)).toBeCloseTo(0.5, 6);
  });
});

describe('J(D*) of N(0, σ²) against N(μ, σ²), σ = 0.8, μ = 1.3', () => {
  const [mu, s] = [1.3, 0.8];
  const pd = gaussian(0, s),
    pm = gaussian(mu, s);
  const p = on(pd),
    q = on(pm);
  const optimum = (o: Objective) => objectiveOptimum(o, p, q, DX);
  it('original GAN: log 2 − JS, JS by quadrature of the densities', () => {
    const half = (a: Distribution1D, b: Distribution1D) =>
      simpson(
        (x) => {
          const pa = a.pdf(x);
          return pa > 0 ? 0.5 * pa * Math.log((2 * pa) / (pa + b.pdf(x))) : 0;
        },
        -10,
        12,
      );
    const js = half(pd, pm) + half(pm, pd);
    expect(optimum('gan').closedForm).toBeCloseTo(Math.LN2 - js, 5);
    expect(optimum('gan').quadrature).toBeCloseTo(Math.LN2 - js, 5);
  });
  it('LSGAN: ¼ − Δ/8, Δ = ∫ (p − q)²/(p + q) by quadrature of the densities', () => {
    const delta = simpson((x) => (pd.pdf(x) - pm.pdf(x)) ** 2 / (pd.pdf(x) + pm.pdf(x) || 1), -10, 12);
    expect(lsganDelta(optimum('lsgan').closedForm)).toBeCloseTo(delta, 5);
    expect(optimum('lsgan').quadrature).toBeCloseTo(0.25 - delta / 8, 5);
  });
  it.each(['wgan', 'wgan-gp'] as const)('%s: −W1 = −|μ|', (o) => {
    expect(optimum(o).closedForm).toBeCloseTo(-mu, 6);
    expect(optimum(o).quadrature).toBeCloseTo(-mu, 3);
  });
  it('hinge: 2 − 2·TV, TV = 2Φ(μ/2σ) − 1', () => {
    const tv = 2 * normalCdf(mu / (2 * s)) - 1;
    expect(hingeTotalVariation(optimum('hinge').closedForm)).toBeCloseTo(tv, 6);
    expect(optimum('hinge').quadrature).toBeCloseTo(2 - 2 * tv, 4);
  });
  it.each(OBJECTIVES)('%s: a D that is not the best does worse, J(D) ≥ J(D*)', (o) => {
    // a constant output: D ≡ ½ for the original GAN and LSGAN, a ≡ 0 for hinge and the critics
    const flat = new Float64Array(p.length).fill(o === 'gan' || o === 'lsgan' ? 0.5 : 0);
    const jd = expectedObjectiveLoss(o === 'wgan-gp' ? 'wgan' : o, flat, p, q, DX);
    const best = optimum(o).quadrature;
    expect(boundHolds(jd, best)).toBe(true);
    expect(jd - best).toBeGreaterThan(0.01);
    expect(boundHolds(best - 1e-6, best)).toBe(false);
    expect(boundHolds(best - 1e-12, best)).toBe(true); // rounding is not a violation
  });
});

describe('J(D*) for a snapshot', () => {
  const p = on(gaussian(0, 1)),
    q = on(gaussian(1, 1));
  const analysis = (objective: Objective, withOptimum = true) =>
    ({
      objective,
      pData: p,
      pModel: q,
      ...(withOptimum ? { jdStar: 0.123, jdStarClosedForm: 0.456 } : {}),
    }) as Analysis;
  it('is the analysis’s own for the objective in play, and for one sharing its optimum (WGAN and WGAN-GP)', () => {
    expect(optimumOf(analysis('gan'), 'gan', DX)).toEqual({ quadrature: 0.123, closedForm: 0.456 });
    expect(optimumOf(analysis('wgan-gp'), 'wgan', DX)).toEqual({ quadrature: 0.123, closedForm: 0.456 });
    expect(analysisOptimum(analysis('wgan'), 'hinge')).toBeNull();
  });
  it('is computed from the densities for another objective, or an analysis without it', () => {
    expect(optimumOf(analysis('wgan'), 'hinge', DX)).toEqual(objectiveOptimum('hinge', p, q, DX));
    expect(optimumOf(analysis('gan', false), 'gan', DX)).toEqual(objectiveOptimum('gan', p, q, DX));
  });
});
