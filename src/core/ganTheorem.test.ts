// The original GAN's identities against the quadrature of the densities (docs/theory.md §6.4, §6.5):
// J(D*) = log 2 − JS exactly at the best D and above it elsewhere, C(G) = max_D V = −2·J(D*), and the
// generator losses' gradient factors as the derivatives of their per-sample costs.
import { describe, expect, it } from 'vitest';
import { binnedDensity, expectedDiscriminatorLoss, optimalDiscriminator } from './density';
import { gaussian, uniform } from './distributions';
import { jsDivergence } from './divergences';
import { ganTheorem, ganValue, generatorFactors, jsShareOfCeiling } from './ganTheorem';
import { logit } from './generatorGradient';
import { binWidth, type XGrid } from './grid';
import { objectiveCosts } from './objectives';

const GRID: XGrid = { min: -8, max: 8, bins: 3200 };
const DX = binWidth(GRID);
const p = binnedDensity(gaussian(0, 1), GRID),
  q = binnedDensity(gaussian(1.5, 0.7), GRID);
const js = jsDivergence(p, q, DX);
const jdAt = (d: ArrayLike<number>) => expectedDiscriminatorLoss(d, p, q, DX);

describe('the theorem, J(D*) = log 2 − JS (§6.4)', () => {
  it('the best D meets it: gap 0', () => {
    const t = ganTheorem(jdAt(optimalDiscriminator(p, q)), js);
    expect(t.best).toBeCloseTo(Math.LN2 - js, 12);
    expect(Math.abs(t.gap)).toBeLessThan(1e-6);
    expect(t.holds).toBe(true);
  });
  it('a D that cannot tell (D ≡ ½) is log 2 away from nothing: its gap is JS', () => {
    const t = ganTheorem(jdAt(new Float64Array(p.length).fill(0.5)), js);
    expect(t.gap).toBeCloseTo(js, 9);
    expect(t.holds).toBe(true);
  });
  it('a J(D) below log 2 − JS does not hold', () => {
    expect(ganTheorem(Math.LN2 - js - 1e-3, js).holds).toBe(false);
  });
});

describe('the value function (§6.4)', () => {
  it('C(G) = −log 4 + 2·JS is V at the best D, and −log 4 at p_model = p_data', () => {
    const { c, v } = ganValue(js, jdAt(optimalDiscriminator(p, q)));
    expect(v).toBeCloseTo(c, 6);
    expect(ganValue(0, Math.LN2).c).toBeCloseTo(-Math.log(4), 12);
  });
  it('no D gets V above C(G)', () => {
    for (const d of [0.5, 0.2, 0.9]) {
      const { c, v } = ganValue(js, jdAt(new Float64Array(p.length).fill(d)));
      expect(v).toBeLessThan(c);
    }
  });
});

describe('the generator losses’ gradient factors (§6.5)', () => {
  it.each([0.01, 0.3, 0.5, 0.97])('at D = %s: c·∂ℓ_G/∂a of each loss', (d) => {
    const f = generatorFactors(d);
    const slope = (loss: 'minimax' | 'non-saturating') => {
      const c = objectiveCosts('gan', loss);
      return c.gWeight * c.generatorSlope(logit(d));
    };
    expect(f.minimax).toBeCloseTo(slope('minimax'), 9);
    expect(f.nonSaturating).toBeCloseTo(slope('non-saturating'), 9);
  });
  it('minimax saturates as D(G(z)) → 0, non-saturating does not', () => {
    expect(generatorFactors(0).minimax).toBeCloseTo(0, 12);
    expect(generatorFactors(0).nonSaturating).toBe(-0.5);
  });
});

describe('JS as a share of log 2', () => {
  it('0 for equal densities, 1 for disjoint ones, clamped to [0, 1]', () => {
    expect(jsShareOfCeiling(jsDivergence(p, p, DX))).toBe(0);
    const a = binnedDensity(uniform(-3, -2), GRID),
      b = binnedDensity(uniform(2, 3), GRID);
    expect(jsShareOfCeiling(jsDivergence(a, b, DX))).toBeCloseTo(1, 9);
    expect(jsShareOfCeiling(Math.LN2 / 4)).toBeCloseTo(0.25, 12);
    expect(jsShareOfCeiling(-1e-17)).toBe(0);
    expect(jsShareOfCeiling(Math.LN2 * 1.0001)).toBe(1);
  });
});
