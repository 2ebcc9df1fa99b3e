// The objectives' costs and their optimal discriminators against calculus and closed forms
// (docs/theory.md §6.9): each a* minimises the pointwise cost, each J(D*) equals its divergence, and
// the divergences of two Gaussians have closed forms (W1 = |μ1 − μ2| at equal σ; TV = 2Φ(|μ1 − μ2|/2σ) − 1).
import { describe, expect, it } from 'vitest';
import { binnedDensity } from './density';
import { gaussian, normalCdf, uniform, type Distribution1D } from './distributions';
import { jsDivergence } from './divergences';
import { binCenters, binWidth, CHART_GRID, type XGrid } from './grid';
import { objectiveCosts, OBJECTIVES, type Objective } from './objectives';
import { largestSlope, optimalCritic } from './optimalCritic';
import {
  expectedObjectiveLoss,
  optimalGeneratorSlope,
  optimalLossClosedForm,
  optimalOutput,
} from './optimalDiscriminators';

const FINE: XGrid = { min: -12, max: 12, bins: 4000 };
const DX = binWidth(FINE);
const on = (d: Distribution1D, grid: XGrid = FINE) => binnedDensity(d, grid);

describe('the per-sample costs (core/objectives.ts)', () => {
  const points = [-3.2, -1.3, -0.4, 0.3, 0.9, 1.7, 4]; // not at hinge's kinks ±1
  it.each(OBJECTIVES)('%s: every slope is the derivative of its cost (central differences)', (objective) => {
    for (const loss of ['non-saturating', 'minimax'] as const) {
      const c = objectiveCosts(objective, loss);
      const eps = 1e-6;
      for (const a of points) {
        const fd = (f: (a: number) => number) => (f(a + eps) - f(a - eps)) / (2 * eps);
        expect(c.realSlope(a)).toBeCloseTo(fd(c.real), 5);
        expect(c.fakeSlope(a)).toBeCloseTo(fd(c.fake), 5);
        expect(c.generatorSlope(a)).toBeCloseTo(fd(c.generator), 5);
      }
    }
  });
});

describe('the optimal output minimises the pointwise cost p·ℓ_real(a) + q·ℓ_fake(a)', () => {
  const pairs = [
    [0.3, 0.1],
    [0.05, 0.4],
    [1.2, 1.1],
    [0.7, 0.0001],
  ];
  // The optimum as a raw output a (the original GAN's D* is σ(a*)).
  const raw = (o: Objective, shown: number) => (o === 'gan' ? Math.log(shown / (1 - shown)) : shown);
  it.each(OBJECTIVES.filter((o) => o !== 'wgan' && o !== 'wgan-gp'))('%s', (objective) => {
    const c = objectiveCosts(objective);
    for (const [p, q] of pairs) {
      const best = raw(objective, optimalOutput(objective, [p], [q], 1)[0]);
      const cost = (a: number) => p * c.real(a) + q * c.fake(a);
      for (const delta of [-0.5, -0.05, 0.05, 0.5]) expect(cost(best)).toBeLessThanOrEqual(cost(best + delta) + 1e-12);
    }
  });
});

describe('J(D*) by quadrature equals its divergence (docs/theory.md §6.9)', () => {
  const cases: [string, Distribution1D, Distribution1D][] = [
    ['N(0, 1) against N(1, 1)', gaussian(0, 1), gaussian(1, 1)],
    ['N(−1, 0.5²) against N(1.5, 1.2²)', gaussian(-1, 0.5), gaussian(1.5, 1.2)],
    ['U(−1, 2) against N(0, 1)', uniform(-1, 2), gaussian(0, 1)],
  ];
  for (const [name, pd, pm] of cases)
    it.each(OBJECTIVES)(`${name}: %s`, (objective) => {
      const p = on(pd),
        q = on(pm);
      const jdStar = expectedObjectiveLoss(objective, optimalOutput(objective, p, q, DX), p, q, DX);
      expect(jdStar).toBeCloseTo(optimalLossClosedForm(objective, p, q, DX), 3);
    });

  it('the original GAN: J(D*) = log 2 − JS, by the JS formula', () => {
    const p = on(gaussian(0, 1)),
      q = on(gaussian(2, 0.7));
    const jdStar = expectedObjectiveLoss('gan', optimalOutput('gan', p, q, DX), p, q, DX);
    expect(jdStar).toBeCloseTo(Math.LN2 - jsDivergence(p, q, DX), 6);
  });

  it('WGAN: J(f*) = −|μ1 − μ2| for two Gaussians of equal σ (their W1, in closed form)', () => {
    for (const [m1, m2, s] of [
      [0, 1, 1],
      [-2, 1.5, 0.6],
    ]) {
      const p = on(gaussian(m1, s)),
        q = on(gaussian(m2, s));
      expect(expectedObjectiveLoss('wgan', optimalCritic(p, q, DX), p, q, DX)).toBeCloseTo(-Math.abs(m1 - m2), 3);
    }
  });

  it('hinge: J(D*) = 2 − 2·TV, TV(N(0, σ²), N(μ, σ²)) = 2Φ(μ/2σ) − 1 in closed form', () => {
    const [mu, s] = [1.3, 0.8];
    const p = on(gaussian(0, s)),
      q = on(gaussian(mu, s));
    const tv = 2 * normalCdf(mu / (2 * s)) - 1;
    expect(expectedObjectiveLoss('hinge', optimalOutput('hinge', p, q, DX), p, q, DX)).toBeCloseTo(2 - 2 * tv, 4);
  });

  it('at p_model = p_data: log 2, ¼, 0 and 2; with no overlap: 0, 0, −W1 and 0', () => {
    const p = on(gaussian(-1, 0.7));
    const same: Record<Objective, number> = { gan: Math.LN2, lsgan: 0.25, wgan: 0, 'wgan-gp': 0, hinge: 2 };
    for (const o of OBJECTIVES) expect(optimalLossClosedForm(o, p, p, DX)).toBeCloseTo(same[o], 6);
    const a = on(uniform(-3, -2)),
      b = on(uniform(2, 3));
    for (const o of ['gan', 'lsgan', 'hinge'] as const)
      expect(expectedObjectiveLoss(o, optimalOutput(o, a, b, DX), a, b, DX)).toBeCloseTo(0, 6);
    expect(expectedObjectiveLoss('wgan', optimalCritic(a, b, DX), a, b, DX)).toBeCloseTo(-5, 3);
  });
});

describe('the optimal critic', () => {
  it('has slope 1 where the distribution functions differ, is centred, and is flat where they agree', () => {
    const p = on(gaussian(0, 0.5)),
      q = on(gaussian(2, 0.5));
    const f = optimalCritic(p, q, DX);
    expect(largestSlope(f, p, q, DX)).toBeCloseTo(1, 6);
    let mean = 0,
      mass = 0;
    for (let k = 0; k < f.length; k++) {
      mean += f[k] * (p[k] + q[k]);
      mass += p[k] + q[k];
    }
    expect(Math.abs(mean / mass)).toBeLessThan(1e-9);
    // Far left both distribution functions are 0 (to rounding): the critic is flat there.
    expect(f[1] - f[0]).toBe(0);
    // Real data on the left: the critic falls from left to right between the two (scores the data higher).
    const at = (x: number) => f[Math.round((x - FINE.min) / DX - 0.5)];
    expect(at(0.5) - at(1.5)).toBeCloseTo(1, 2);
  });
});

describe('the push of the optimal D on generated samples (optimal-D mode)', () => {
  const dx = binWidth(CHART_GRID);
  const centres = binCenters(CHART_GRID);
  const p = on(gaussian(0, 1), CHART_GRID),
    q = on(gaussian(2, 1), CHART_GRID);
  const near = (x: number) => Math.round((x - CHART_GRID.min) / dx - 0.5);
  it('WGAN: −∂ℓ_G/∂x = f*′ = −1 wherever the model is, towards the data on its left', () => {
    const slope = optimalGeneratorSlope('wgan', 'non-saturating', p, q, dx);
    for (const x of [0.5, 2, 3.5]) expect(slope[near(x)]).toBe(1); // a step moves x by −slope: left
  });
  it.each(['gan', 'lsgan'] as const)('%s: generated samples at and right of the model mean move left', (objective) => {
    for (const loss of ['non-saturating', 'minimax'] as const) {
      const slope = optimalGeneratorSlope(objective, loss, p, q, dx);
      for (const x of [2, 3]) expect(slope[near(x)], `${loss} at ${centres[near(x)]}`).toBeGreaterThan(0);
    }
  });
  it('non-saturating: far from the data it keeps pulling, at the closed-form rate (log p_model − log p_data)′', () => {
    // p_data = N(3, 0.4²), p_model = N(−1, 0.4²): −log D* ≈ log p_model − log p_data, slope −4/σ² = −25.
    const pd = on(gaussian(3, 0.4), CHART_GRID),
      pm = on(gaussian(-1, 0.4), CHART_GRID);
    const slope = optimalGeneratorSlope('gan', 'non-saturating', pd, pm, dx);
    for (const x of [-1.5, -1, -0.5]) expect(slope[near(x)] / -25).toBeCloseTo(1, 1);
    // Minimax saturates there: D* ≈ 0, no push.
    const minimax = optimalGeneratorSlope('gan', 'minimax', pd, pm, dx);
    for (const x of [-1.5, -1, -0.5]) expect(Math.abs(minimax[near(x)])).toBeLessThan(1e-6);
  });

  it('hinge: no push at all (its best D is a step)', () => {
    expect(optimalGeneratorSlope('hinge', 'non-saturating', p, q, dx).every((v) => v === 0)).toBe(true);
  });
});
