// The Dirac GAN (Mescheder, Geiger & Nowozin 2018, §2): the smallest GAN that circles. The data are a
// point mass at 0, G puts all its mass at θ, and D is linear, D_ψ(x) = ψ·x (a logit). docs/theory.md §6.8
// derives everything here: the objective, its gradient vector field (plain, with the R1 penalty, with
// instance noise), and one step of simultaneous, alternating and Adam updates.
import type { DiracOptimizer } from './settingsTable';

/** f(t) = −log(1 + e^(−t)) = log σ(t), the standard GAN's f; stable for large |t|. */
export function f(t: number): number {
  return t >= 0 ? -Math.log1p(Math.exp(-t)) : t - Math.log1p(Math.exp(t));
}

/** f′(t) = 1/(1 + e^t) = σ(−t); f′(0) = ½. */
export function fPrime(t: number): number {
  return t >= 0 ? Math.exp(-t) / (1 + Math.exp(-t)) : 1 / (1 + Math.exp(t));
}

/** f″(t) = −σ(t)·σ(−t); f″(0) = −¼. */
export function fSecond(t: number): number {
  const s = fPrime(t);
  return -s * (1 - s);
}

/** What is added to the plain game: nothing, the R1 penalty γ/2·ψ² on D, or instance noise N(0, σ²). */
export type DiracStabiliser = { kind: 'none' } | { kind: 'r1'; gamma: number } | { kind: 'noise'; sigma: number };
/** Simultaneous, alternating or Adam steps: the values of the setting `diracOptimizer`. */

const NO_STABILISER: DiracStabiliser = { kind: 'none' };

export interface DiracPoint {
  theta: number;
  psi: number;
}

// ---------- Gauss–Hermite quadrature for expectations over N(0, σ²) ----------

/** Nodes and weights of n-point Gauss–Hermite quadrature, ∫ e^(−x²) g(x) dx ≈ Σ w_i g(x_i) (Newton on H_n). */
export function gaussHermite(n: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const pim4 = Math.PI ** -0.25;
  const m = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < m; i++) {
    // Starting guesses for the largest roots first (Numerical Recipes, gauher), then the previous roots.
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** -0.16667;
    else if (i === 1) z -= (1.14 * n ** 0.426) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * nodes[0];
    else if (i === 3) z = 1.91 * z - 0.91 * nodes[1];
    else z = 2 * z - nodes[i - 2];
    let pp = 0;
    for (let iter = 0; iter < 100; iter++) {
      // Orthonormal Hermite recurrence: p_j = z·√(2/j)·p_{j−1} − √((j−1)/j)·p_{j−2}.
      let p1 = pim4,
        p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) <= 1e-14 * Math.max(1, Math.abs(z))) break;
    }
    nodes[i] = z;
    nodes[n - 1 - i] = -z;
    weights[i] = 2 / (pp * pp);
    weights[n - 1 - i] = weights[i];
  }
  return { nodes, weights };
}

const GH = gaussHermite(40);
/** ε_i = √2·x_i for σ = 1 and their probabilities w_i/√π: E[g(ε)], ε ~ N(0, σ²), ≈ Σ q_i g(σ·ε_i). */
const NOISE_EPS = GH.nodes.map((x) => Math.SQRT2 * x);
const NOISE_PROB = GH.weights.map((w) => w / Math.sqrt(Math.PI));

/** E[g(ε)] for ε ~ N(0, σ²) by 40-point Gauss–Hermite quadrature (σ = 0: g(0)). */
export function expectNormal(sigma: number, g: (eps: number) => number): number {
  if (!(sigma > 0)) return g(0);
  let s = 0;
  for (let i = 0; i < NOISE_EPS.length; i++) s += NOISE_PROB[i] * g(sigma * NOISE_EPS[i]);
  return s;
}

// ---------- the objective and its gradient vector field ----------

/**
 * The objective L(θ, ψ) = f(ψθ) + f(0), which D ascends in ψ and G descends in θ. With instance noise
 * (σ > 0) it is the expectation L̃ = E[f(ψ(θ + ε))] + E[f(−ψε′)], ε, ε′ ~ N(0, σ²) (fake and real
 * inputs both noised). R1 is not part of L: it is a penalty on D only (see `diracField`).
 */
export function diracObjective(theta: number, psi: number, stab: DiracStabiliser = NO_STABILISER): number {
  if (stab.kind === 'noise' && stab.sigma > 0) {
    const s = stab.sigma;
    return expectNormal(s, (e) => f(psi * (theta + e))) + expectNormal(s, (e) => f(-psi * e));
  }
  return f(psi * theta) + f(0);
}

/**
 * The gradient vector field v = (−∂L/∂θ, ∂(L − R)/∂ψ): where simultaneous gradient descent for G and
 * ascent for D would move (θ, ψ) per unit learning rate.
 * - plain:   v = (−ψ·f′(ψθ), θ·f′(ψθ)); tangential, v·(θ, ψ) = 0 everywhere;
 * - R1:      D also descends R = (γ/2)·E_data[(∂D/∂x)²] = (γ/2)·ψ², so v_ψ gains −γψ;
 * - noise:   v = (−E[ψ f′(ψ(θ+ε))], E[(θ+ε) f′(ψ(θ+ε))] − E[ε′ f′(−ψε′)]).
 */
export function diracField(theta: number, psi: number, stab: DiracStabiliser = NO_STABILISER): [number, number] {
  if (stab.kind === 'noise' && stab.sigma > 0) {
    const s = stab.sigma;
    const vTheta = -expectNormal(s, (e) => psi * fPrime(psi * (theta + e)));
    const vPsi =
      expectNormal(s, (e) => (theta + e) * fPrime(psi * (theta + e))) - expectNormal(s, (e) => e * fPrime(-psi * e));
    return [vTheta, vPsi];
  }
  const d = fPrime(psi * theta);
  const vTheta = -psi * d;
  let vPsi = theta * d;
  if (stab.kind === 'r1') vPsi -= stab.gamma * psi;
  return [vTheta, vPsi];
}

// ---------- optimizers ----------

export interface DiracConfig {
  optimizer: DiracOptimizer;
  /** The same learning rate h for both players. */
  lr: number;
  stabiliser: DiracStabiliser;
  /** Adam's decay rates (the playground's β1 = 0.5 by default). */
  beta1?: number;
  beta2?: number;
}

export interface DiracState extends DiracPoint {
  /** Steps taken (Adam's bias correction needs it). */
  step: number;
  /** Adam's moment estimates of the update directions (zero until Adam is used). */
  m: [number, number];
  v: [number, number];
}

const ADAM_EPS = 1e-8;

export const diracStart = (p: DiracPoint): DiracState => ({ ...p, step: 0, m: [0, 0], v: [0, 0] });

/**
 * One step, both players with learning rate h:
 * - simultaneous: (θ, ψ) ← (θ, ψ) + h·v(θ, ψ);
 * - alternating (D first, as Goodfellow et al.'s Algorithm 1 and the playground):
 *   ψ ← ψ + h·v_ψ(θ, ψ), then θ ← θ + h·v_θ(θ, ψ_new);
 * - adam: simultaneous, each coordinate moved by h·m̂/(√v̂ + ε) with m, v the running moments of v.
 */
export function diracStep(s: DiracState, c: DiracConfig): DiracState {
  const h = c.lr;
  if (c.optimizer === 'alternating') {
    const psi = s.psi + h * diracField(s.theta, s.psi, c.stabiliser)[1];
    const theta = s.theta + h * diracField(s.theta, psi, c.stabiliser)[0];
    return { ...s, theta, psi, step: s.step + 1 };
  }
  const [gT, gP] = diracField(s.theta, s.psi, c.stabiliser);
  if (c.optimizer === 'simultaneous') {
    return { ...s, theta: s.theta + h * gT, psi: s.psi + h * gP, step: s.step + 1 };
  }
  const b1 = c.beta1 ?? 0.5,
    b2 = c.beta2 ?? 0.999;
  const t = s.step + 1;
  const m: [number, number] = [b1 * s.m[0] + (1 - b1) * gT, b1 * s.m[1] + (1 - b1) * gP];
  const v: [number, number] = [b2 * s.v[0] + (1 - b2) * gT * gT, b2 * s.v[1] + (1 - b2) * gP * gP];
  const c1 = 1 - b1 ** t,
    c2 = 1 - b2 ** t;
  const move = (i: 0 | 1) => (h * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + ADAM_EPS);
  return { theta: s.theta + move(0), psi: s.psi + move(1), step: t, m, v };
}

/** A trajectory stops early once it is this far from (0, 0) (simultaneous steps with a huge rate). */
const ESCAPE_RADIUS = 1e6;

export interface DiracTrajectory {
  /** θ, ψ and the distance √(θ² + ψ²) to the equilibrium after 0, 1, … steps (length ≤ n + 1). */
  theta: Float64Array;
  psi: Float64Array;
  distance: Float64Array;
  /** True when the run stopped early, beyond ESCAPE_RADIUS or at a non-finite value. */
  escaped: boolean;
}

/** n steps from a start point: the start and every iterate. */
export function diracTrajectory(start: DiracPoint, c: DiracConfig, n: number): DiracTrajectory {
  const theta = new Float64Array(n + 1);
  const psi = new Float64Array(n + 1);
  const distance = new Float64Array(n + 1);
  let s = diracStart(start);
  theta[0] = s.theta;
  psi[0] = s.psi;
  distance[0] = Math.hypot(s.theta, s.psi);
  let len = n + 1;
  let escaped = false;
  for (let k = 1; k <= n; k++) {
    s = diracStep(s, c);
    const r = Math.hypot(s.theta, s.psi);
    if (!(r <= ESCAPE_RADIUS)) {
      len = k;
      escaped = true;
      break;
    }
    theta[k] = s.theta;
    psi[k] = s.psi;
    distance[k] = r;
  }
  return { theta: theta.slice(0, len), psi: psi.slice(0, len), distance: distance.slice(0, len), escaped };
}

/**
 * How much one step multiplies a small distance to (0, 0), at worst: the spectral radius of the step
 * map's Jacobian at the equilibrium (central differences). > 1 spirals out, 1 circles, < 1 converges.
 * Adam has no fixed step map (its step depends on its moments): null.
 */
export function linearisedGrowth(c: DiracConfig): number | null {
  if (c.optimizer === 'adam') return null;
  const d = 1e-6;
  const at = (theta: number, psi: number) => diracStep(diracStart({ theta, psi }), c);
  const col = (dt: number, dp: number): [number, number] => {
    const a = at(dt, dp),
      b = at(-dt, -dp);
    return [(a.theta - b.theta) / (2 * d), (a.psi - b.psi) / (2 * d)];
  };
  const [a, c21] = col(d, 0);
  const [b, e] = col(0, d);
  return spectralRadius2(a, b, c21, e);
}

/** The largest |λ| of the 2×2 matrix [[a, b], [c, d]]. */
function spectralRadius2(a: number, b: number, c: number, d: number): number {
  const tr = a + d,
    det = a * d - b * c;
  const disc = (tr * tr) / 4 - det;
  if (disc < 0) return Math.sqrt(det);
  const r = Math.sqrt(disc);
  return Math.max(Math.abs(tr / 2 + r), Math.abs(tr / 2 - r));
}

/**
 * The running average ā_k = β·ā_{k−1} + (1 − β)·a_k, started at a_0 (as the playground's EMA of G starts
 * from G's current weights): what an averaged G would show while the trained one circles.
 */
export function emaSeries(values: ArrayLike<number>, beta: number): Float64Array {
  const out = new Float64Array(values.length);
  if (!values.length) return out;
  out[0] = values[0];
  for (let k = 1; k < values.length; k++) out[k] = beta * out[k - 1] + (1 - beta) * values[k];
  return out;
}
