// The divergence explorer's maths (docs/theory.md §5.1): two Gaussian mixtures P and Q, their
// divergences, the KL integrand, "pull apart" (the divergences as Q slides away from P) and the two
// single-Gaussian fits of Q to P (forward KL: moment matching; reverse KL: a numerical search).
// The readouts and the fits' objectives are integrals of the mixtures themselves (mixtureIntegrals.ts:
// every tail included, so they match the closed forms); the charts draw them on the chart grid.
// Pure TypeScript: no DOM, no React.
import { gaussianKL } from './analysis';
import { binnedDensity } from './density';
import { gaussian, mixture, type Distribution1D } from './distributions';
import { jsDivergence, klDivergence } from './divergences';
import { binWidth, CHART_GRID, type XGrid } from './grid';
import {
  klFromGaussian,
  logMixtureDensity,
  mixtureKL,
  mixtureMeasures,
  type MixtureMeasures,
} from './mixtureIntegrals';
import type { KLValue } from './protocol';
import type { MixtureComponent } from './settings';
import { wasserstein1 } from './wasserstein';

/** One Gaussian: what both fits return. */
export interface GaussianParams {
  mean: number;
  std: number;
}

/** A mixture of the components (weights normalised by `mixture`). */
export function explorerDistribution(components: readonly MixtureComponent[]): Distribution1D {
  if (components.length === 0) throw new RangeError('explorerDistribution: no components');
  return mixture(components.map((c) => ({ dist: gaussian(c.mean, c.std), weight: c.weight })));
}

/** Bin averages of the mixture on the grid (exact bin masses / Δx, as p_data's). */
export const explorerDensity = (components: readonly MixtureComponent[], grid: XGrid = CHART_GRID): Float64Array =>
  binnedDensity(explorerDistribution(components), grid);

/** Mean and σ of a mixture (weights normalised): the moments a forward-KL Gaussian fit matches. */
export function mixtureMoments(components: readonly MixtureComponent[]): GaussianParams {
  const d = explorerDistribution(components);
  return { mean: d.mean, std: Math.sqrt(d.variance) };
}

/** Every number the explorer's readouts show, in nats (W1 in units of x). */
export type ExplorerMeasures = MixtureMeasures;

/**
 * KL both ways, JS, H(P, Q), H(P) and W1 of the two mixtures, from their components (not from the
 * chart's bins: those stop at ±6 and lose a wide Q's tails). Between Gaussians KL is always finite.
 */
export const explorerMeasures = (
  pComponents: readonly MixtureComponent[],
  qComponents: readonly MixtureComponent[],
): ExplorerMeasures => mixtureMeasures(pComponents, qComponents);

/**
 * The integrand of KL(P‖Q), p·log(p/q), at the grid's bin centres (nats per unit of x), from the
 * mixtures' log densities: finite everywhere (a far tail of q is tiny, never 0). Swap the arguments
 * for KL(Q‖P)'s integrand q·log(q/p). Its sum times Δx approaches KL(P‖Q) when both densities have
 * their mass on the grid; the readout's KL is the integral over the whole line (explorerMeasures).
 */
export function klIntegrand(
  pComponents: readonly MixtureComponent[],
  qComponents: readonly MixtureComponent[],
  grid: XGrid = CHART_GRID,
): Float64Array {
  const dx = binWidth(grid);
  const nodes = { x0: grid.min + dx / 2, h: dx, n: grid.bins };
  const lp = logMixtureDensity(pComponents, nodes);
  const lq = logMixtureDensity(qComponents, nodes);
  return Float64Array.from(lp, (l, k) => Math.exp(l) * (l - lq[k]));
}

/** KL of two single Gaussians in closed form (docs/theory.md §3), both ways; null unless both are single. */
export function closedFormKL(
  pComponents: readonly MixtureComponent[],
  qComponents: readonly MixtureComponent[],
): { pq: number; qp: number } | null {
  if (pComponents.length !== 1 || qComponents.length !== 1) return null;
  const [a] = pComponents,
    [b] = qComponents;
  return { pq: gaussianKL(a.mean, a.std, b.mean, b.std), qp: gaussianKL(b.mean, b.std, a.mean, a.std) };
}

// ---------- "Pull apart": the divergences as functions of the distance between the means ----------

/**
 * The wide grid of "pull apart": [−24, 24] in bins of Δx = 0.03 (the chart grid's width), so a Q slid up
 * to PULL_MAX away from a P with its means in [−4, 4] keeps its mass on the grid.
 */
const PULL_GRID: XGrid = { min: -24, max: 24, bins: 1600 };
/** Q slides in steps of this many bins (0.15). */
const PULL_STEP_BINS = 5;
/** The largest distance between the means drawn (in steps of 0.15: 60 steps). */
export const PULL_MAX = 9;

interface PullPoint {
  /** |mean(Q) − mean(P)|. */
  distance: number;
  js: number;
  klPQ: KLValue;
  w1: number;
}

export interface PullApart {
  /** From distance 0 to PULL_MAX in steps of 0.15. */
  points: PullPoint[];
  /** The current P and Q, on the same wide grid. */
  current: PullPoint;
}

/**
 * Slides Q rigidly (its shape kept) along x so that its mean is at mean(P) ± d, for d from 0 to PULL_MAX,
 * in the direction Q already lies from P (to the right when the means coincide), and computes
 * JS(P‖Q), KL(P‖Q) and W1 at each d on PULL_GRID. Q is binned once, on a grid extended by PULL_MAX on
 * both sides with the same bin edges, so sliding it by a whole number of bins is a shifted view of the
 * same array: the bin masses of every shifted Q are exact.
 */
export function pullApart(
  pComponents: readonly MixtureComponent[],
  qComponents: readonly MixtureComponent[],
): PullApart {
  const dx = binWidth(PULL_GRID);
  const n = PULL_GRID.bins;
  const pad = Math.round(PULL_MAX / dx);
  const muP = mixtureMoments(pComponents).mean;
  const muQ = mixtureMoments(qComponents).mean;
  const dir = muQ >= muP ? 1 : -1;
  const p = explorerDensity(pComponents, PULL_GRID);
  // Q moved so that its mean sits on P's: q0(x) = q(x + muQ − muP).
  const centred = qComponents.map((c) => ({ ...c, mean: c.mean - muQ + muP }));
  const ext: XGrid = { min: PULL_GRID.min - pad * dx, max: PULL_GRID.max + pad * dx, bins: n + 2 * pad };
  const q0 = explorerDensity(centred, ext);
  const points: PullPoint[] = [];
  for (let m = 0; m <= pad; m += PULL_STEP_BINS) {
    // q_d(x) = q0(x − dir·d): pull-grid bin k is bin k + pad − dir·m of the extended grid.
    const start = pad - dir * m;
    const q = q0.subarray(start, start + n);
    points.push({
      distance: m * dx,
      js: jsDivergence(p, q, dx),
      klPQ: klDivergence(p, q, dx),
      w1: wasserstein1(p, q, dx),
    });
  }
  const q = explorerDensity(qComponents, PULL_GRID);
  const current = {
    distance: Math.abs(muQ - muP),
    js: jsDivergence(p, q, dx),
    klPQ: klDivergence(p, q, dx),
    w1: wasserstein1(p, q, dx),
  };
  return { points, current };
}

// ---------- Fitting one Gaussian Q to P ----------

/**
 * argmin over Gaussians Q of KL(P‖Q): moment matching, in closed form. KL(P‖Q) = −H(P) − E_P[log q],
 * and for q = N(μ, σ²), −E_P[log q] = log(σ√(2π)) + (Var_P + (E_P − μ)²)/(2σ²) is smallest at μ = E_P[x],
 * σ² = Var_P[x] (docs/theory.md §2, §5.1).
 */
export const forwardKLFit = (pComponents: readonly MixtureComponent[]): GaussianParams => mixtureMoments(pComponents);

/** Which KL a fit minimises: 'forward' = KL(P‖Q), 'reverse' = KL(Q‖P). */
export type FitDirection = 'forward' | 'reverse';

/** The fitted Gaussian's bounds during the search: σ in [0.05, 4], μ in the chart's range (so it is drawn). */
const FIT_MIN_STD = 0.05;
const FIT_MAX_STD = 4;
const FIT_MEAN_RANGE = [CHART_GRID.min, CHART_GRID.max] as const;

/** The Gaussian q = N(μ, σ²) as bin averages on the grid: the fit panel's curve. */
export const gaussianOnGrid = (g: GaussianParams, grid: XGrid = CHART_GRID): Float64Array =>
  binnedDensity(gaussian(g.mean, g.std), grid);

/**
 * The objective of a fit, in nats: KL(P‖Q) ('forward') or KL(Q‖P) ('reverse') for Q = N(μ, σ²), over
 * the whole line (mixtureKL): no grid edge the search could push Q's mass past.
 */
export function fitObjective(
  direction: FitDirection,
  pComponents: readonly MixtureComponent[],
  g: GaussianParams,
): KLValue {
  const q = [{ mean: g.mean, std: g.std, weight: 1 }];
  return direction === 'forward' ? mixtureKL(pComponents, q) : mixtureKL(q, pComponents);
}

export interface NelderMeadResult {
  x: number[];
  f: number;
  iterations: number;
}

/**
 * Minimises f by the Nelder–Mead simplex method (reflection 1, expansion 2, contraction ½, shrink ½),
 * starting from x0 with a simplex of `step` along each axis; stops when the simplex's values differ by
 * less than `tol` and its vertices by less than `xTol`, or after maxIter iterations. f may return
 * +∞ (or NaN) to forbid a point.
 */
export function nelderMead(
  f: (x: number[]) => number,
  x0: readonly number[],
  step: readonly number[],
  { maxIter = 400, tol = 1e-10, xTol = 1e-6 }: { maxIter?: number; tol?: number; xTol?: number } = {},
): NelderMeadResult {
  const n = x0.length;
  const val = (x: number[]) => {
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };
  let simplex = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const x = x0.slice();
    x[i] += step[i];
    simplex.push(x);
  }
  let fs = simplex.map(val);
  let it = 0;
  const combine = (a: number[], b: number[], t: number) => a.map((ai, i) => ai + t * (b[i] - ai));
  for (; it < maxIter; it++) {
    const order = fs.map((_, i) => i).sort((i, j) => fs[i] - fs[j]);
    simplex = order.map((i) => simplex[i]);
    fs = order.map((i) => fs[i]);
    const spread = Math.abs(fs[n] - fs[0]);
    const size = Math.max(...simplex.slice(1).map((x) => Math.max(...x.map((xi, i) => Math.abs(xi - simplex[0][i])))));
    if (spread <= tol && size <= xTol) break;
    const centroid = Array.from({ length: n }, (_, i) => simplex.slice(0, n).reduce((s, x) => s + x[i], 0) / n);
    const worst = simplex[n];
    const xr = combine(centroid, worst, -1);
    const fr = val(xr);
    if (fr < fs[0]) {
      const xe = combine(centroid, worst, -2);
      const fe = val(xe);
      if (fe < fr) [simplex[n], fs[n]] = [xe, fe];
      else [simplex[n], fs[n]] = [xr, fr];
    } else if (fr < fs[n - 1]) {
      [simplex[n], fs[n]] = [xr, fr];
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = fr < fs[n];
      const xc = combine(centroid, outside ? xr : worst, 0.5);
      const fc = val(xc);
      if (fc < (outside ? fr : fs[n])) [simplex[n], fs[n]] = [xc, fc];
      else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = combine(simplex[0], simplex[i], 0.5);
          fs[i] = val(simplex[i]);
        }
      }
    }
  }
  const best = fs.indexOf(Math.min(...fs));
  return { x: simplex[best], f: fs[best], iterations: it };
}

/**
 * argmin over Gaussians Q of KL(Q‖P) (mode seeking), by Nelder–Mead over (μ, log σ) from
 * several starts: P's moments and each of P's components. The lowest wins (the first of equals, so a
 * symmetric P gives its first mode). There is no closed form: for a P with separated modes the
 * objective has one local minimum per mode, and the starts on the components find each of them.
 */
export function reverseKLFit(pComponents: readonly MixtureComponent[]): GaussianParams {
  // fitObjective's integral, with log p computed once for the whole search.
  const kl = klFromGaussian(pComponents, {
    meanMin: FIT_MEAN_RANGE[0],
    meanMax: FIT_MEAN_RANGE[1],
    stdMin: FIT_MIN_STD,
    stdMax: FIT_MAX_STD,
  });
  const objective = ([mu, logStd]: number[]) => {
    const std = Math.exp(logStd);
    if (!(std >= FIT_MIN_STD && std <= FIT_MAX_STD) || !(mu >= FIT_MEAN_RANGE[0] && mu <= FIT_MEAN_RANGE[1]))
      return Infinity;
    return kl(mu, std);
  };
  const starts = [mixtureMoments(pComponents), ...pComponents.map((c) => ({ mean: c.mean, std: c.std }))];
  let best: NelderMeadResult | null = null;
  for (const s of starts) {
    const std = Math.min(FIT_MAX_STD, Math.max(FIT_MIN_STD, s.std));
    const r = nelderMead(objective, [s.mean, Math.log(std)], [0.25, 0.2], { tol: 1e-12, xTol: 1e-5 });
    if (!best || r.f < best.f - 1e-12) best = r;
  }
  return { mean: best!.x[0], std: Math.exp(best!.x[1]) };
}

/** Both fits and their objectives (fitObjective: over the whole line). */
export interface ExplorerFits {
  forward: GaussianParams & { kl: KLValue };
  reverse: GaussianParams & { kl: KLValue };
}

export function fitQToP(pComponents: readonly MixtureComponent[]): ExplorerFits {
  const fwd = forwardKLFit(pComponents);
  const rev = reverseKLFit(pComponents);
  return {
    forward: { ...fwd, kl: fitObjective('forward', pComponents, fwd) },
    reverse: { ...rev, kl: fitObjective('reverse', pComponents, rev) },
  };
}

/**
 * The animated Q between a start and a fit at progress t ∈ [0, 1]: μ and log σ interpolated with an
 * ease-in-out (smoothstep), so σ changes by equal factors.
 */
export function interpolateGaussian(from: GaussianParams, to: GaussianParams, t: number): GaussianParams {
  const u = Math.min(1, Math.max(0, t));
  const s = u * u * (3 - 2 * u);
  return {
    mean: from.mean + s * (to.mean - from.mean),
    std: Math.exp(Math.log(from.std) + s * (Math.log(to.std) - Math.log(from.std))),
  };
}
