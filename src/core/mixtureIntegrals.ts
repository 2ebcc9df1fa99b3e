// Integrals of Gaussian mixtures that match their closed forms (docs/theory.md §5.1, §2.1): the
// explorer's numbers and the likelihood view's KL(p_data ‖ fit). The chart grid cannot give them: it
// stops at ±6, where a wide or off-centre Gaussian still has mass (KL(Q‖P) for P = N(0, 1²),
// Q = N(0, 2²) came out 0.765 for 0.807), and its bins are 0.03 wide whatever σ is. Here the nodes are
// made for the mixtures at hand: they span every component to ±TAIL_SIGMAS σ and are NODES_PER_SIGMA
// per σ of the narrowest one. Densities are kept as logs (log-sum-exp over the components), so a far
// tail never underflows to 0: between Gaussians KL is always finite, and never shown as floored.
import type { Distribution1D, GaussianComponent } from './distributions';
import { normalCdf } from './distributions';
import type { KLValue } from './protocol';

/** Beyond μ ± 6.2σ a Gaussian has 2Φ(−6.2) = 5.6e-10 of its mass: each density is held to 1e-9. */
export const TAIL_SIGMAS = 6.2;
/**
 * Node spacing: σ_min / NODES_PER_SIGMA. On a smooth integrand that vanishes at both ends the
 * trapezoid rule converges faster than any power of h (for a Gaussian, error ≈ 2·exp(−2π²σ²/h²));
 * the spacing is set by a mixture's log density, whose bend between two components of different σ is
 * sharper than σ_min (the tests against reference quadrature fix it).
 */
const NODES_PER_SIGMA = 4;

/** Equally spaced nodes x_i = x0 + i·h, i = 0 … n − 1. */
export interface Nodes {
  x0: number;
  h: number;
  n: number;
}

/**
 * Nodes that span `span`'s components to ±TAIL_SIGMAS σ, spaced for the narrowest component of
 * `resolve` (by default the same). An integral weighted by one density (KL(P‖Q) = ∫ p log(p/q)) needs
 * only P's span, but Q's narrow components too: log q bends on their scale.
 */
export function mixtureNodes(span: readonly GaussianComponent[], resolve: readonly GaussianComponent[] = span): Nodes {
  if (span.length === 0) throw new RangeError('mixtureNodes: no components');
  let lo = Infinity,
    hi = -Infinity;
  for (const c of span) {
    lo = Math.min(lo, c.mean - TAIL_SIGMAS * c.std);
    hi = Math.max(hi, c.mean + TAIL_SIGMAS * c.std);
  }
  const h = Math.min(...span.map((c) => c.std), ...resolve.map((c) => c.std)) / NODES_PER_SIGMA;
  return { x0: lo, h, n: Math.ceil((hi - lo) / h) + 1 };
}

/** Weights normalised (the sliders' weights are set, not normalised); components of weight 0 dropped. */
function normalised(components: readonly GaussianComponent[]): GaussianComponent[] {
  const total = components.reduce((s, c) => s + Math.max(0, c.weight), 0);
  if (!(total > 0)) throw new RangeError('mixture: weights must be ≥ 0 with a positive total');
  return components.filter((c) => c.weight > 0).map((c) => ({ ...c, weight: c.weight / total }));
}

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log p(x_i) of the mixture at each node, by log-sum-exp: finite however far in the tails. */
export function logMixtureDensity(components: readonly GaussianComponent[], nodes: Nodes): Float64Array {
  const cs = normalised(components);
  const K = cs.length;
  const norm = cs.map((c) => Math.log(c.weight) - Math.log(c.std) - HALF_LOG_2PI);
  const inv = cs.map((c) => 1 / c.std);
  const out = new Float64Array(nodes.n);
  const l = new Float64Array(K);
  for (let i = 0; i < nodes.n; i++) {
    const x = nodes.x0 + i * nodes.h;
    let max = -Infinity;
    for (let k = 0; k < K; k++) {
      const z = (x - cs[k].mean) * inv[k];
      l[k] = norm[k] - 0.5 * z * z;
      if (l[k] > max) max = l[k];
    }
    let s = 0;
    for (let k = 0; k < K; k++) s += Math.exp(l[k] - max);
    out[i] = max + Math.log(s);
  }
  return out;
}

/** Beyond this many σ, Φ is 0 or 1 to 1e-17: erfc (most of W1's cost) is not called there. */
const PHI_SATURATES = 8.5;

/** F(x) of a mixture (weights normalised; Φ from erfc: ~1e-16 absolute). */
function cdfAt(cs: readonly GaussianComponent[], x: number): number {
  let f = 0;
  for (let k = 0; k < cs.length; k++) {
    const t = (x - cs[k].mean) / cs[k].std;
    f += t > PHI_SATURATES ? cs[k].weight : t < -PHI_SATURATES ? 0 : cs[k].weight * normalCdf(t);
  }
  return f;
}

/**
 * An antiderivative of a mixture's F: Σ_k w_k σ_k (t Φ(t) + φ(t)), t = (x − μ_k)/σ_k, whose slope is
 * Σ_k w_k Φ(t) = F(x). It makes W1 exact between two crossings of F_P and F_Q.
 */
const cdfIntegralAt = (cs: readonly GaussianComponent[], x: number): number =>
  cs.reduce((s, c) => {
    const t = (x - c.mean) / c.std;
    return s + c.weight * c.std * (t * normalCdf(t) + Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI));
  }, 0);

/** Bisection steps for a crossing of F_P and F_Q within one node interval (h/2⁶⁰: to rounding). */
const ROOT_STEPS = 60;

/**
 * W1(P, Q) = ∫ |F_P − F_Q| dx. Between two consecutive crossings of F_P and F_Q the sign is fixed,
 * so each piece is |∫ (F_P − F_Q)| = |G(b) − G(a)| with G the antiderivative above: exact, where the
 * trapezoid rule on |F_P − F_Q| would err by ~h²|p − q|/6 at every kink (0.26% for N(0, 1²),
 * N(0, 2²) at h = 0.25). The crossings are found as sign changes at the nodes and refined by
 * bisection; two crossings within one node interval (a lobe narrower than σ_min/4) are missed.
 */
function wasserstein1Exact(p: readonly GaussianComponent[], q: readonly GaussianComponent[], nodes: Nodes): number {
  const g = (x: number) => cdfAt(p, x) - cdfAt(q, x);
  const G = (x: number) => cdfIntegralAt(p, x) - cdfIntegralAt(q, x);
  const breaks = [nodes.x0];
  // The last node where F_P ≠ F_Q (far out both are 0 or 1 exactly) and its difference.
  let x0 = nodes.x0,
    g0 = g(x0),
    xi = x0;
  for (let i = 1; i < nodes.n; i++) {
    xi = nodes.x0 + i * nodes.h;
    const g1 = g(xi);
    if (g1 === 0) continue;
    if (g0 * g1 < 0) {
      let a = x0,
        b = xi;
      for (let k = 0; k < ROOT_STEPS; k++) {
        const m = 0.5 * (a + b);
        if (g(m) * g0 > 0) a = m;
        else b = m;
      }
      breaks.push(0.5 * (a + b));
    }
    x0 = xi;
    g0 = g1;
  }
  breaks.push(xi);
  let w1 = 0;
  let gPrev = G(breaks[0]);
  for (let j = 1; j < breaks.length; j++) {
    const gNext = G(breaks[j]);
    w1 += Math.abs(gNext - gPrev);
    gPrev = gNext;
  }
  return w1;
}

const exact = (value: number): KLValue => ({ value, infinite: false, floored: false, missingMass: 0 });

/** log(1 + e^t) without overflow. */
const softplus = (t: number) => (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t)));

/** Every divergence the explorer shows between two Gaussian mixtures P and Q (nats; W1 in units of x). */
export interface MixtureMeasures {
  klPQ: KLValue;
  klQP: KLValue;
  js: number;
  /** H(P, Q) = −∫ p log q dx. */
  crossEntropy: KLValue;
  /** H(P) = −∫ p log p dx (differential entropy: can be negative). */
  entropyP: number;
  w1: number;
}

/**
 * KL both ways, JS, H(P, Q), H(P) and W1 of two Gaussian mixtures, by the trapezoid rule on nodes
 * that hold both to 1e-9 of their mass. Each integrand is formed from the log densities, so
 * H(P, Q) = H(P) + KL(P‖Q) holds node by node. W1 piece by piece between the crossings of F_P and
 * F_Q, in closed form (wasserstein1Exact).
 */
export function mixtureMeasures(
  pComponents: readonly GaussianComponent[],
  qComponents: readonly GaussianComponent[],
): MixtureMeasures {
  const nodes = mixtureNodes([...pComponents, ...qComponents]);
  const lp = logMixtureDensity(pComponents, nodes);
  const lq = logMixtureDensity(qComponents, nodes);
  let klPQ = 0,
    klQP = 0,
    js = 0,
    ce = 0,
    h = 0;
  for (let i = 0; i < nodes.n; i++) {
    const p = Math.exp(lp[i]),
      q = Math.exp(lq[i]);
    const d = lp[i] - lq[i];
    klPQ += p * d;
    klQP -= q * d;
    ce -= p * lq[i];
    h -= p * lp[i];
    // log(p/m) = log 2 − log(1 + q/p), m = (p + q)/2: no underflow, and no cancellation in p + q.
    js += p * (Math.LN2 - softplus(-d)) + q * (Math.LN2 - softplus(d));
  }
  const dx = nodes.h;
  return {
    klPQ: exact(klPQ * dx),
    klQP: exact(klQP * dx),
    // JS is within [0, log 2] mathematically; the clamp only removes rounding.
    js: Math.min(Math.LN2, Math.max(0, 0.5 * js * dx)),
    crossEntropy: exact(ce * dx),
    entropyP: h * dx,
    w1: wasserstein1Exact(normalised(pComponents), normalised(qComponents), nodes),
  };
}

/** KL(P ‖ Q) and H(P) of two Gaussian mixtures, by mixtureMeasures' rule (no JS, no W1: cheaper). */
function klAndEntropy(
  pComponents: readonly GaussianComponent[],
  qComponents: readonly GaussianComponent[],
): { kl: KLValue; entropy: number } {
  // Beyond P's span p holds < 1e-9 of its mass: the rest of ∫ p log(p/q) is that small times log(p/q).
  const nodes = mixtureNodes(pComponents, qComponents);
  const lp = logMixtureDensity(pComponents, nodes);
  const lq = logMixtureDensity(qComponents, nodes);
  let kl = 0,
    h = 0;
  for (let i = 0; i < nodes.n; i++) {
    const p = Math.exp(lp[i]);
    kl += p * (lp[i] - lq[i]);
    h -= p * lp[i];
  }
  return { kl: exact(kl * nodes.h), entropy: h * nodes.h };
}

/** KL(P ‖ Q) of two Gaussian mixtures alone (the fits' objective). */
export const mixtureKL = (
  pComponents: readonly GaussianComponent[],
  qComponents: readonly GaussianComponent[],
): KLValue => klAndEntropy(pComponents, qComponents).kl;

/** The Gaussians a search may try: μ in [meanMin, meanMax], σ in [stdMin, stdMax]. */
export interface GaussianBounds {
  meanMin: number;
  meanMax: number;
  stdMin: number;
  stdMax: number;
}

/**
 * KL(N(μ, σ²) ‖ P) as a function of (μ, σ), for the reverse-KL search, which calls it hundreds of
 * times for one P: log p is computed once, on nodes spanning every Gaussian within the bounds to
 * ±TAIL_SIGMAS σ and spaced for the narrowest of P's components and stdMin. A call sums only the nodes
 * within μ ± TAIL_SIGMAS σ, every s-th one with s·h0 ≤ min(σ, σ_min(P))/NODES_PER_SIGMA (the same
 * trapezoid rule as mixtureKL, on a coarser subset of the same nodes when nothing is narrow).
 */
export function klFromGaussian(
  pComponents: readonly GaussianComponent[],
  bounds: GaussianBounds,
): (mean: number, std: number) => number {
  const pMin = Math.min(...pComponents.map((c) => c.std));
  const lo = bounds.meanMin - TAIL_SIGMAS * bounds.stdMax;
  const h0 = Math.min(pMin, bounds.stdMin) / NODES_PER_SIGMA;
  const nodes: Nodes = {
    x0: lo,
    h: h0,
    n: Math.ceil((bounds.meanMax + TAIL_SIGMAS * bounds.stdMax - lo) / h0) + 1,
  };
  const lp = logMixtureDensity(pComponents, nodes);
  return (mean, std) => {
    const stride = Math.max(1, Math.floor(Math.min(std, pMin) / NODES_PER_SIGMA / h0));
    const h = stride * h0;
    // The nodes of the subset nearest μ − 6.2σ and μ + 6.2σ, inside the precomputed range.
    const i0 = Math.max(0, Math.ceil((mean - TAIL_SIGMAS * std - lo) / h0));
    const i1 = Math.min(nodes.n - 1, Math.floor((mean + TAIL_SIGMAS * std - lo) / h0));
    const norm = -Math.log(std) - HALF_LOG_2PI;
    let kl = 0;
    for (let i = i0; i <= i1; i += stride) {
      const z = (lo + i * h0 - mean) / std;
      const lq = norm - 0.5 * z * z;
      kl += Math.exp(lq) * (lq - lp[i]);
    }
    return kl * h;
  };
}

/** Simpson's rule needs an even number of panels; a support gets at least this many. */
const MIN_PANELS = 400;

/**
 * ∫ over p's (bounded) support of p·(log p − log q) and of −p·log p, by composite Simpson with the
 * last node exactly at the support's end (a uniform's density is 0 a rounding step beyond it). Exact
 * where p is linear and log q quadratic (a uniform or a drawn density's segment against one Gaussian);
 * the nodes are spaced σ_min(q)/NODES_PER_SIGMA or finer. Without q, only the entropy.
 */
function supportIntegrals(
  p: Distribution1D,
  qComponents: readonly GaussianComponent[] | null,
): { kl: number; entropy: number } {
  const [a, b] = p.support;
  const sMin = qComponents ? Math.min(...qComponents.map((c) => c.std)) : Infinity;
  const panels = 2 * Math.ceil(Math.max(MIN_PANELS, ((b - a) * NODES_PER_SIGMA) / sMin) / 2);
  const nodes: Nodes = { x0: a, h: (b - a) / panels, n: panels + 1 };
  const lq = qComponents ? logMixtureDensity(qComponents, nodes) : null;
  let kl = 0,
    h = 0;
  for (let i = 0; i < nodes.n; i++) {
    const pi = p.pdf(i === panels ? b : a + i * nodes.h);
    if (!(pi > 0)) continue;
    const w = i === 0 || i === panels ? 1 : i % 2 ? 4 : 2;
    const lp = Math.log(pi);
    if (lq) kl += w * pi * (lp - lq[i]);
    h -= w * pi * lp;
  }
  return { kl: (kl * nodes.h) / 3, entropy: (h * nodes.h) / 3 };
}

/**
 * KL(p ‖ q) for any target p (the likelihood view's p_data) against a Gaussian mixture q, over the
 * whole line: a Gaussian-mixture p by mixtureMeasures' rule; any other target (a uniform, a drawn
 * density) has a bounded support, and the integral stops there (supportIntegrals).
 */
export const klToMixture = (p: Distribution1D, qComponents: readonly GaussianComponent[]): KLValue =>
  p.components ? mixtureKL(p.components, qComponents) : exact(supportIntegrals(p, qComponents).kl);

/**
 * H(p) = −∫ p log p dx of a target by the same rules as klToMixture, so that the EM panel's
 * E_p[log q] = −H(p) − KL(p ‖ q) is built from matching integrals.
 */
export const differentialEntropy = (p: Distribution1D): number =>
  p.components ? klAndEntropy(p.components, p.components).entropy : supportIntegrals(p, null).entropy;
