// The best discriminator of each objective for a fixed G, exactly, from the two densities on the grid
// (docs/theory.md §6.9): its output, the value J(D*) it reaches, the divergence that value equals, and
// the push it gives G's samples (the optimal-D mode trains G against it).
//
//   objective  best output a*(x)                       J(D*)
//   gan        D* = p_data/(p_data + p_model)          log 2 − JS
//   lsgan      a* = p_data/(p_data + p_model)          ¼ − Δ/8,  Δ = ∫ (p_data − p_model)²/(p_data + p_model)
//   wgan(-gp)  f* with f*′ = sign(F_model − F_data)     −W1  (over 1-Lipschitz critics)
//   hinge      a* = sign(p_data − p_model)             2 − 2·TV, TV = ½∫ |p_data − p_model|
import type { GeneratorLossKind } from './settings';
import { expectedDiscriminatorLoss, optimalDiscriminator } from './density';
import { jsDivergence } from './divergences';
import { wasserstein1 } from './wasserstein';
import { logit } from './generatorGradient';
import { isWasserstein, objectiveCosts, type Objective } from './objectives';

/** Below this, F_model − F_data is rounding, not mass: the optimal critic is flat there. */
const CDF_TOLERANCE = 1e-9;

/**
 * sign(F_model − F_data) at each bin centre (bin averages: half of bin k's mass counts at its centre),
 * 0 where the two agree to CDF_TOLERANCE (e.g. left of both densities).
 */
function cdfOrder(pData: ArrayLike<number>, pModel: ArrayLike<number>, dx: number): Float64Array {
  const out = new Float64Array(pData.length);
  let below = 0;
  for (let k = 0; k < out.length; k++) {
    const bin = (pModel[k] - pData[k]) * dx;
    const diff = below + 0.5 * bin;
    out[k] = Math.abs(diff) > CDF_TOLERANCE ? Math.sign(diff) : 0;
    below += bin;
  }
  return out;
}

/**
 * The optimal critic f* (1-Lipschitz, maximising E_data f − E_model f) at the bin centres: f*′ =
 * sign(F_model − F_data), integrated by the trapezoid rule, then shifted so that its mean under
 * (p_data + p_model)/2 is 0 (a critic is defined up to a constant; the charts compare centred critics).
 */
export function optimalCritic(pData: ArrayLike<number>, pModel: ArrayLike<number>, dx: number): Float64Array {
  const order = cdfOrder(pData, pModel, dx);
  const f = new Float64Array(order.length);
  for (let k = 1; k < f.length; k++) f[k] = f[k - 1] + 0.5 * dx * (order[k - 1] + order[k]);
  return centred(f, pData, pModel);
}

/** `a` minus its mean under (p_data + p_model)/2 (unchanged when both densities are 0 on the grid). */
export function centred(a: ArrayLike<number>, pData: ArrayLike<number>, pModel: ArrayLike<number>): Float64Array {
  let sum = 0,
    mass = 0;
  for (let k = 0; k < a.length; k++) {
    const w = pData[k] + pModel[k];
    if (w > 0 && Number.isFinite(a[k])) {
      sum += w * a[k];
      mass += w;
    }
  }
  const mean = mass > 0 ? sum / mass : 0;
  return Float64Array.from(a, (v) => v - mean);
}

/**
 * The best output as the charts show it (D* for the original GAN, a* otherwise) at the bin centres;
 * NaN where it is not defined (both densities 0; for a critic, nowhere).
 */
export function optimalOutput(
  objective: Objective,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): Float64Array {
  if (isWasserstein(objective)) return optimalCritic(pData, pModel, dx);
  if (objective === 'hinge')
    return Float64Array.from({ length: pData.length }, (_, k) =>
      pData[k] + pModel[k] > 0 ? Math.sign(pData[k] - pModel[k]) : NaN,
    );
  return optimalDiscriminator(pData, pModel); // gan and lsgan share D*
}

/**
 * J(D) of an output `shown` (as optimalOutput gives it: D for the original GAN, a otherwise) by
 * quadrature against the two densities. For a critic, the penalty of WGAN-GP is not included.
 */
export function expectedObjectiveLoss(
  objective: Objective,
  shown: ArrayLike<number>,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): number {
  if (objective === 'gan') return expectedDiscriminatorLoss(shown, pData, pModel, dx);
  const costs = objectiveCosts(objective);
  let sum = 0;
  for (let k = 0; k < pData.length; k++) {
    const a = shown[k];
    if (!Number.isFinite(a)) continue;
    if (pData[k] > 0) sum += pData[k] * costs.real(a);
    if (pModel[k] > 0) sum += pModel[k] * costs.fake(a);
  }
  return costs.dWeight * sum * dx;
}

/** The divergence form of J(D*) (the table above), from the densities by its own formula. */
export function optimalLossClosedForm(
  objective: Objective,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): number {
  switch (objective) {
    case 'gan':
      return Math.LN2 - jsDivergence(pData, pModel, dx);
    case 'lsgan': {
      let delta = 0;
      for (let k = 0; k < pData.length; k++) {
        const s = pData[k] + pModel[k];
        if (s > 0) delta += (pData[k] - pModel[k]) ** 2 / s;
      }
      return 0.25 - (delta * dx) / 8;
    }
    case 'wgan':
    case 'wgan-gp':
      return -wasserstein1(pData, pModel, dx);
    case 'hinge': {
      let tv = 0;
      for (let k = 0; k < pData.length; k++) tv += Math.abs(pData[k] - pModel[k]);
      return 2 - tv * dx; // 2 − 2·TV with TV = ½∫|p − q|
    }
  }
}

/**
 * The largest slope |Δa/Δx| of an output between neighbouring bin centres where it matters: where the
 * two distribution functions differ (J(f) = −∫(F_model − F_data) f′ dx weighs the slope there, gaps
 * between the supports included) or where either density is at least 1e-3 of its peak. A critic's
 * Lipschitz constant K as far as the grid can see it.
 */
export function largestSlope(
  a: ArrayLike<number>,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): number {
  const order = cdfOrder(pData, pModel, dx);
  let peak = 0;
  for (let i = 0; i < a.length; i++) peak = Math.max(peak, pData[i] + pModel[i]);
  const matters = (i: number) => order[i] !== 0 || pData[i] + pModel[i] >= 1e-3 * peak;
  let k = 0;
  for (let i = 1; i < a.length; i++) {
    if (!matters(i) && !matters(i - 1)) continue;
    const s = Math.abs(a[i] - a[i - 1]) / dx;
    if (Number.isFinite(s) && s > k) k = s;
  }
  return k;
}

/** Binomial smoothing [1 4 6 4 1]/16 (ends repeated): the pushforward of a piecewise-linear G has jumps. */
function smooth(v: Float64Array): Float64Array {
  const n = v.length;
  const at = (i: number) => v[Math.min(n - 1, Math.max(0, i))];
  return Float64Array.from(v, (_, i) => (at(i - 2) + 4 * at(i - 1) + 6 * at(i) + 4 * at(i + 1) + at(i + 2)) / 16);
}

/** log of a density with a floor far below any mass on the grid, so that log 0 does not appear. */
const logFloored = (p: number) => Math.log(Math.max(p, 1e-300));

/**
 * ∂ℓ_G(a*(x))/∂x at the bin centres: the slope of G's per-sample cost against the optimal
 * discriminator, which the optimal-D mode backpropagates through G (a gradient step moves a sample
 * along minus this). For a critic it is −f*′(x) = −sign(F_model − F_data), exactly. For the original GAN
 * and LSGAN, a centred difference of the cost on the grid, smoothed over ±2 bins:
 * - non-saturating: −log D*(x) = log(1 + p_model/p_data) from the log-densities, unclamped: far from
 *   the data it keeps pulling (its slope tends to −(log p_data)′), as the theory says it should;
 * - minimax and LSGAN: from D* clamped as the arrows clamp it, so a plateau where D* rounds to 0 gives no
 *   gradient: the saturation the theory predicts for them.
 */
export function optimalGeneratorSlope(
  objective: Objective,
  generatorLoss: GeneratorLossKind,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): Float64Array {
  const n = pData.length;
  if (isWasserstein(objective)) return cdfOrder(pData, pModel, dx).map((o) => -o);
  if (objective === 'hinge') return new Float64Array(n);
  const costs = objectiveCosts(objective, generatorLoss);
  const dStar = optimalDiscriminator(pData, pModel);
  const cost = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    if (objective === 'gan' && generatorLoss === 'non-saturating') {
      // ℓ* = log p_data − log p_model (0 where both are 0: D* = ½ there, no pull either way).
      cost[k] = costs.generator(logFloored(pData[k]) - logFloored(pModel[k]));
      continue;
    }
    const d = Number.isNaN(dStar[k]) ? 0.5 : dStar[k];
    cost[k] = costs.generator(objective === 'gan' ? logit(d) : d);
  }
  const c = smooth(cost);
  const slope = new Float64Array(n);
  for (let k = 1; k < n - 1; k++) slope[k] = (c[k + 1] - c[k - 1]) / (2 * dx);
  return slope;
}
