// The identities of maximum likelihood (docs/theory.md §2–§4) against closed forms for Gaussians:
// H(N(μ, σ²)) = ½·log(2πeσ²), H(N(0, 1), N(1, 2²)) = ½·log(8π) + ¼, and the Gaussians' KL.
import { describe, expect, it } from 'vitest';
import { gaussianKL } from './analysis';
import { binnedDensity } from './density';
import { gaussian, uniform } from './distributions';
import { crossEntropy, entropy, klDivergence } from './divergences';
import { crossEntropyOf, expectedLogLikelihood, klToGaussianFit } from './entropyIdentities';
import { binWidth, type XGrid } from './grid';

const GRID: XGrid = { min: -12, max: 12, bins: 4800 };
const DX = binWidth(GRID);

describe('H(p_data, p_model) = H(p_data) + KL and E[log p_model] = −H − KL', () => {
  const p = binnedDensity(gaussian(0, 1), GRID),
    q = binnedDensity(gaussian(1, 2), GRID);
  const h = entropy(p, DX),
    kl = klDivergence(p, q, DX);
  it('the entropy of N(0, 1) is ½·log(2πe)', () => {
    expect(h).toBeCloseTo(0.5 * Math.log(2 * Math.PI * Math.E), 4);
  });
  it('cross entropy: ½·log(8π) + ¼ in closed form, and Σ p log q on the grid', () => {
    const closed = 0.5 * Math.log(8 * Math.PI) + 0.25;
    expect(crossEntropyOf(h, kl)).toBeCloseTo(closed, 4);
    expect(crossEntropyOf(h, kl)).toBeCloseTo(crossEntropy(p, q, DX).value, 9);
  });
  it('the expected log-likelihood is minus the cross entropy', () => {
    expect(expectedLogLikelihood(h, kl)).toBeCloseTo(-(0.5 * Math.log(8 * Math.PI) + 0.25), 4);
  });
  it('an infinite KL makes them ∞ and −∞', () => {
    const a = binnedDensity(uniform(-3, -2), GRID),
      b = binnedDensity(uniform(2, 3), GRID);
    const inf = klDivergence(a, b, DX);
    expect(inf.infinite).toBe(true);
    expect(crossEntropyOf(entropy(a, DX), inf)).toBe(Infinity);
    expect(expectedLogLikelihood(entropy(a, DX), inf)).toBe(-Infinity);
  });
});

describe('KL to the Gaussian of p_model’s moments (§3)', () => {
  it('is log(s/σ) + (σ² + (μ − m)²)/(2s²) − ½, and the grid’s KL of the same Gaussians', () => {
    expect(klToGaussianFit({ mean: 0, std: 1 }, { mean: 1, std: 2 })).toBeCloseTo(Math.LN2 - 0.25, 12);
    const kl = klDivergence(binnedDensity(gaussian(0, 1), GRID), binnedDensity(gaussian(1, 2), GRID), DX);
    expect(klToGaussianFit({ mean: 0, std: 1 }, { mean: 1, std: 2 })).toBeCloseTo(kl.value, 4);
    expect(klToGaussianFit({ mean: -1, std: 0.5 }, { mean: -1, std: 0.5 })).toBe(0);
    expect(gaussianKL(-1, 0.5, 2, 1.5)).toBe(klToGaussianFit({ mean: -1, std: 0.5 }, { mean: 2, std: 1.5 }));
  });
  it('is not a number for a model with no spread (or no mass: NaN moments)', () => {
    expect(klToGaussianFit({ mean: 0, std: 1 }, { mean: 0, std: 0 })).toBeNaN();
    expect(klToGaussianFit({ mean: 0, std: 1 }, { mean: NaN, std: NaN })).toBeNaN();
  });
});
