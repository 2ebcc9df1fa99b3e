// The identities of maximum likelihood (docs/theory.md §2–§4) from the analysis's numbers:
// E_data[log p_model] = −H(p_data) − KL(p_data‖p_model) and H(p_data, p_model) = H(p_data) + KL, with
// the KL's ∞ carried through; and the KL of a Gaussian target to the Gaussian of p_model's moments.
import { gaussianKL } from './analysis';
import type { KLValue } from './protocol';

/** E_data[log p_model] = −H − KL (nats); −∞ when the KL is. A floored KL makes it an upper bound. */
export const expectedLogLikelihood = (hData: number, kl: KLValue): number =>
  kl.infinite ? -Infinity : -hData - kl.value;

/** H(p_data, p_model) = H + KL (nats); ∞ when the KL is. A floored KL makes it a lower bound. */
export const crossEntropyOf = (hData: number, kl: KLValue): number => (kl.infinite ? Infinity : hData + kl.value);

/** KL(N(μ, σ²) ‖ N(m, s²)) for the Gaussian N(m, s²) with p_model's moments; NaN when s is 0 or unknown. */
export const klToGaussianFit = (target: { mean: number; std: number }, model: { mean: number; std: number }): number =>
  model.std > 0 ? gaussianKL(target.mean, target.std, model.mean, model.std) : NaN;
