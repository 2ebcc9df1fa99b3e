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

/** F(x_i) of the mixture at each node (Φ from erfc: ~1e-16 absolute). */
export function mixtureCdf(components: readonly GaussianComponent[], nodes: Nodes): Float64Array {
  const cs = normalised(components);
  const out = new Float64Array(nodes.n);
  for (let i = 0; i < nodes.n; i++) {
    const x = nodes.x0 + i * nodes.h;
    let f = 0;
    for (const c of cs) f += c.weight * normalCdf((x - c.mean) / c.std);
    out[i] = f;
  }
  return out;
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
 * H(P, Q) = H(P) + KL(P‖Q) holds node by node. W1 = ∫ |F_P − F_Q| dx takes F from Φ at the nodes;
 * where F_P − F_Q changes sign between two nodes, that interval is integrated as the two triangles of
 * the linear interpolant (the kink of |·| would otherwise cost an O(h²) error there).
 */
export function mixtureMeasures(
  pComponents: readonly GaussianComponent[],
  qComponents: readonly GaussianComponent[],
): MixtureMeasures {
  const nodes = mixtureNodes([...pComponents, ...qComponents]);
  const lp = logMixtureDensity(pComponents, nodes);
  const lq = logMixtureDensity(qComponents, nodes);
  const fp = mixtureCdf(pComponents, nodes);
  const fq = mixtureCdf(qComponents, nodes);
  let klPQ = 0,
    klQP = 0,
    js = 0,
    ce = 0,
    h = 0,
    w1 = 0;
  let d0 = fp[0] - fq[0];
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
    if (i > 0) {
      const d1 = fp[i] - fq[i];
      const a0 = Math.abs(d0),
        a1 = Math.abs(d1);
      w1 += d0 * d1 >= 0 ? 0.5 * (a0 + a1) : (d0 * d0 + d1 * d1) / (2 * (a0 + a1));
      d0 = d1;
    }
  }
  const dx = nodes.h;
  return {
    klPQ: exact(klPQ * dx),
    klQP: exact(klQP * dx),
    // JS is within [0, log 2] mathematically; the clamp only removes rounding.
    js: Math.min(Math.LN2, Math.max(0, 0.5 * js * dx)),
    crossEntropy: exact(ce * dx),
    entropyP: h * dx,
    w1: w1 * dx,
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
