// The target as the Formulas view names it: kind and parameters, two decimals.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { singleGaussianTarget, targetDescription, twoDecimals } from './targetDescription';

const with_ = (s: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...s });

describe('the target’s description', () => {
  it('a uniform: its ends, two decimals', () => {
    expect(targetDescription(with_({ targetKind: 'uniform', uniformLow: -1.234, uniformHigh: 2.5 }))).toEqual({
      kind: 'uniform',
      low: -1.23,
      high: 2.5,
    });
  });
  it('a drawn density has no parameters to name', () => {
    expect(targetDescription(with_({ targetKind: 'drawn' }))).toEqual({ kind: 'drawn' });
  });
  it('a mixture: its parts with normalised weights', () => {
    const s = with_({
      targetKind: 'mixture',
      components: 2,
      mean0: -2,
      std0: 0.5,
      weight0: 1,
      mean1: 1.5,
      std1: 0.333,
      weight1: 3,
    });
    expect(targetDescription(s)).toEqual({
      kind: 'gaussians',
      parts: [
        { mean: -2, std: 0.5, weight: 0.25 },
        { mean: 1.5, std: 0.33, weight: 0.75 },
      ],
    });
    expect(singleGaussianTarget(s)).toBeNull();
  });
  it('one Gaussian: the closed-form KL gets its exact parameters', () => {
    const s = with_({ targetKind: 'mixture', components: 1, mean0: 0.126, std0: 0.777 });
    expect(singleGaussianTarget(s)).toEqual({ mean: 0.126, std: 0.777, weight: 1 });
    expect(targetDescription(s)).toEqual({ kind: 'gaussians', parts: [{ mean: 0.13, std: 0.78, weight: 1 }] });
    expect(singleGaussianTarget(with_({ targetKind: 'uniform' }))).toBeNull();
  });
  it('two decimals, trailing zeros dropped', () => {
    expect(twoDecimals(1.005)).toBe(1);
    expect(twoDecimals(-0.499)).toBe(-0.5);
    expect(twoDecimals(3)).toBe(3);
  });
});
