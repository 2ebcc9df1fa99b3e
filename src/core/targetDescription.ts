// The target p_data as the Formulas view names it: its kind and its parameters, rounded to the two
// decimals the view prints (U(a, b), N(μ, σ²) or Σ w·N(μ, σ²)); and the single Gaussian, if that is
// what the target is (the closed-form KL of §3 needs one).
import { targetDistribution, type GaussianComponent } from './distributions';
import type { KeysInScope, Settings } from './settings';

type TargetSettings = Pick<Settings, KeysInScope<'target'>>;

type TargetDescription =
  | { kind: 'uniform'; low: number; high: number }
  | { kind: 'drawn' }
  /** Weights normalised to sum 1. */
  | { kind: 'gaussians'; parts: readonly GaussianComponent[] };

/** A parameter as the view prints it: two decimals at most, trailing zeros dropped. */
export const twoDecimals = (v: number): number => Number(v.toFixed(2));

export function targetDescription(s: TargetSettings): TargetDescription {
  if (s.targetKind === 'uniform')
    return { kind: 'uniform', low: twoDecimals(s.uniformLow), high: twoDecimals(s.uniformHigh) };
  if (s.targetKind === 'drawn') return { kind: 'drawn' };
  const parts = (targetDistribution(s).components ?? []).map((c) => ({
    mean: twoDecimals(c.mean),
    std: twoDecimals(c.std),
    weight: twoDecimals(c.weight),
  }));
  return { kind: 'gaussians', parts };
}

/** The target's one Gaussian (exact parameters) when it is a mixture of a single component; else null. */
export function singleGaussianTarget(s: TargetSettings): GaussianComponent | null {
  if (s.targetKind !== 'mixture') return null;
  const parts = targetDistribution(s).components ?? [];
  return parts.length === 1 ? parts[0] : null;
}
