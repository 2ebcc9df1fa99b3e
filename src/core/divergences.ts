// KL and JS by quadrature on the shared grid (docs/theory.md §3, §5): densities are bin averages, so
// P_i = p_i·Δx is the exact probability of bin i and the sums below are divergences between the two
// binned (discretised) distributions, in nats.
import type { KLValue } from './protocol';
import type { Units } from './settings';

/**
 * The per-bin probability floor ε. KL(P‖Q) is ∞ as soon as Q_i = 0 where P_i > 0 (docs/theory.md §3);
 * rather than clip silently, such bins are evaluated at Q_i = ε and flagged, so the display can say
 * "∞" or "≥ value (ε = 1e-12 per bin)".
 */
export const KL_FLOOR = 1e-12;

/**
 * Missing mass from which KL is shown as ∞ rather than as a floored lower bound "≥ value".
 * A generator's p_model always has bounded support (the z grid is cut at finite quantiles, and real
 * tanh/leaky nets map a bounded z range), so forward KL against a Gaussian target is ∞ in exact terms
 * nearly always; below 5% of missing mass the floored lower bound (ε stated) still tracks the fit and
 * falls as training proceeds, which is what a student needs to see. At 5% and over, ∞ is the honest word.
 */
export const INFINITE_MASS = 0.05;

/**
 * KL(P‖Q) in nats on the grid's bins: Σ_{P_i>0} P_i log(P_i / Q_i), where a bin with Q_i = 0 uses
 * Q_i = ε instead and adds P_i to missingMass.
 * - The floor is used only where Q_i is exactly 0, not wherever Q_i < ε: a far-tail Gaussian bin
 *   (Q_i ~ 1e-40) is a real, resolved value, and flooring it would bias KL between two Gaussians
 *   low and make KL(P‖P) < 0. (binnedDensity keeps such tails non-zero and pushforwardDensity keeps
 *   unreached bins exactly 0, so "= 0" is a meaningful test.)
 * - A floored bin adds max(0, P_i log(P_i/ε)): with P_i ≤ ε the floor does not resolve the bin, and
 *   a negative term would make the "lower bound of ∞" smaller for no reason.
 * floored (missingMass > 0): the grid's exact KL is ∞ and `value` is a lower bound.
 * infinite: missingMass ≥ INFINITE_MASS, show ∞.
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, dx: number): KLValue {
  let value = 0,
    missingMass = 0;
  for (let i = 0; i < p.length; i++) {
    const P = p[i] * dx;
    if (!(P > 0)) continue;
    const Q = q[i] * dx;
    if (Q > 0)
      value += P * (Math.log(P) - Math.log(Q)); // P/Q could overflow for a subnormal Q
    else {
      missingMass += P;
      if (P > KL_FLOOR) value += P * Math.log(P / KL_FLOOR);
    }
  }
  return { value, infinite: missingMass >= INFINITE_MASS, floored: missingMass > 0, missingMass };
}

/**
 * JS(P‖Q) = ½KL(P‖M) + ½KL(Q‖M), M = (P+Q)/2. No floor is ever needed: M_i ≥ P_i/2 > 0 wherever
 * P_i > 0. Where P ≈ Q, log(P/M) is taken as log1p((P−Q)/(P+Q)) to keep its digits (not where
 * they differ a lot: t = ±1 after rounding would give log1p(−1) = −∞ for a tiny Q). The result is
 * within [0, log 2] mathematically (also when some mass escaped the grid); the final clamp only
 * removes rounding of order 1e-17, it never hides a real excursion.
 */
export function jsDivergence(p: ArrayLike<number>, q: ArrayLike<number>, dx: number): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const P = p[i] * dx,
      Q = q[i] * dx;
    const s = P + Q;
    if (!(s > 0)) continue;
    const t = (P - Q) / s;
    if (P > 0) sum += P * (Math.abs(t) < 0.5 ? Math.log1p(t) : Math.log((2 * P) / s));
    if (Q > 0) sum += Q * (Math.abs(t) < 0.5 ? Math.log1p(-t) : Math.log((2 * Q) / s));
  }
  return Math.min(Math.LN2, Math.max(0, 0.5 * sum));
}

/** Nats to the user's units: bits = nats / ln 2 (∞ stays ∞). */
export const toUnits = (nats: number, units: Units): number => (units === 'bits' ? nats / Math.LN2 : nats);

/**
 * The (differential) entropy H(P) = −∫ p log p dx in nats (docs/theory.md §4, §5.1), by the same
 * quadrature: −Σ_{P_k>0} P_k log p_k with p_k = P_k/Δx the bin average. For a Gaussian it tends to
 * ½ log(2πe σ²); unlike the entropy of a discrete distribution it can be negative (σ < 0.242).
 */
export function entropy(p: ArrayLike<number>, dx: number): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const P = p[i] * dx;
    if (P > 0) sum -= P * Math.log(p[i]);
  }
  return sum;
}

/**
 * The cross-entropy H(P, Q) = −∫ p log q dx in nats (docs/theory.md §4), computed on its own (not as a
 * sum of the two functions above): −Σ_{P_k>0} P_k log q_k. It is ∞ exactly when KL(P‖Q) is, and uses
 * the same floor: a bin with Q_k = 0 is evaluated at Q_k = ε (q_k = ε/Δx) when P_k > ε, and adds its
 * entropy term −P_k log p_k when P_k ≤ ε (the floor does not resolve it). So, bin by bin,
 * H(P, Q) = H(P) + KL(P‖Q) holds with klDivergence's value, floored or not; `infinite`, `floored` and
 * `missingMass` are klDivergence's.
 */
export function crossEntropy(p: ArrayLike<number>, q: ArrayLike<number>, dx: number): KLValue {
  let value = 0,
    missingMass = 0;
  for (let i = 0; i < p.length; i++) {
    const P = p[i] * dx;
    if (!(P > 0)) continue;
    if (q[i] * dx > 0) value -= P * Math.log(q[i]);
    else {
      missingMass += P;
      value -= P * Math.log(P > KL_FLOOR ? KL_FLOOR / dx : p[i]);
    }
  }
  return { value, infinite: missingMass >= INFINITE_MASS, floored: missingMass > 0, missingMass };
}
