// Which way each generator cost pushes a generated sample (docs/theory.md §6.5, "The three costs as
// arrows"). For a fake sample at x = G(z), a gradient step on G moves x along −∂J/∂x; per sample
// (the 1/B of the batch mean left out), with ℓ(x) = logit D(x) and D = σ(ℓ):
//
//   non-saturating   J = −½ log D          −∂J/∂x = ½ (1 − D) ℓ′(x)
//   minimax          J =  ½ log(1 − D)     −∂J/∂x = ½ D ℓ′(x)
//   maximum likelihood J = −½ exp(ℓ)        −∂J/∂x = ½ e^ℓ ℓ′(x)    (Goodfellow 2016, §3.2.3; display only)
//
// D comes from the snapshot on the grid's bin centres; ℓ′ is a centred finite difference on that grid.
// Pure functions, run on the main thread.
import { binCenters, binWidth, type XGrid } from './grid';

export type GeneratorCost = 'non-saturating' | 'minimax' | 'maximum-likelihood';
export const GENERATOR_COSTS: readonly GeneratorCost[] = ['non-saturating', 'minimax', 'maximum-likelihood'];

/**
 * D is clamped to [D_EPS, 1 − D_EPS] before its logit is taken: D arrives as a float32 σ(ℓ), which
 * rounds to exactly 0 or 1 far out. A clamped plateau has ℓ′ = 0 there (no arrow), as it should: the
 * float32 D the network reports carries no slope there either.
 */
const D_EPS = 1e-7;

const clampD = (d: number) => Math.min(1 - D_EPS, Math.max(D_EPS, d));

/** ℓ = σ⁻¹(D) = log(D / (1 − D)), D clamped to [D_EPS, 1 − D_EPS]; NaN stays NaN. */
export function logit(d: number): number {
  const c = clampD(d);
  return Math.log(c) - Math.log1p(-c);
}

export const sigmoid = (l: number): number => (l >= 0 ? 1 / (1 + Math.exp(-l)) : Math.exp(l) / (1 + Math.exp(l)));

/**
 * ℓ(x_k) and ℓ′(x_k) on a uniform grid of spacing dx: ℓ′ by the centred difference (ℓ_{k+1} − ℓ_{k−1}) / 2dx,
 * one-sided at the two ends. Exact (to rounding) when ℓ is linear or quadratic in x.
 */
export function logitAndSlope(d: ArrayLike<number>, dx: number): { l: Float64Array; slope: Float64Array } {
  const n = d.length;
  const l = new Float64Array(n);
  const slope = new Float64Array(n);
  for (let k = 0; k < n; k++) l[k] = logit(d[k]);
  if (n < 2) return { l, slope };
  for (let k = 1; k < n - 1; k++) slope[k] = (l[k + 1] - l[k - 1]) / (2 * dx);
  slope[0] = (l[1] - l[0]) / dx;
  slope[n - 1] = (l[n - 1] - l[n - 2]) / dx;
  return { l, slope };
}

/** The per-sample cost of a fake with logit ℓ (J(G) is ½ the mean of the log terms, §6.5). */
export function generatorCost(cost: GeneratorCost, l: number): number {
  switch (cost) {
    case 'non-saturating':
      return 0.5 * softplus(-l); // −½ log σ(ℓ)
    case 'minimax':
      return -0.5 * softplus(l); // ½ log(1 − σ(ℓ))
    case 'maximum-likelihood':
      return -0.5 * Math.exp(l); // −½ exp(σ⁻¹(D))
  }
}

/** log(1 + e^x) without overflow. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * −∂J/∂x for one fake sample at a point with logit ℓ and logit slope ℓ′: the direction and speed a
 * gradient step on G moves it (positive = to the right).
 */
export function generatorPush(cost: GeneratorCost, l: number, slope: number): number {
  switch (cost) {
    case 'non-saturating':
      return 0.5 * (1 - sigmoid(l)) * slope;
    case 'minimax':
      return 0.5 * sigmoid(l) * slope;
    case 'maximum-likelihood':
      return 0.5 * Math.exp(l) * slope;
  }
}

/**
 * `n` points spread evenly over where p_model has its mass: from its quantile `tail` to its quantile
 * 1 − `tail` (bin averages on `grid`, interpolated within a bin). Fewer points (at least 1) when that
 * range is narrower than (n − 1)·minGap, so that the arrows do not sit on top of each other. Empty
 * when p_model has no mass on the grid.
 */
export function arrowPositions(
  pModel: ArrayLike<number>,
  grid: XGrid,
  { n = 25, tail = 0.005, minGap = 0.15 }: { n?: number; tail?: number; minGap?: number } = {},
): number[] {
  const dx = binWidth(grid);
  let total = 0;
  for (let k = 0; k < pModel.length; k++) if (pModel[k] > 0) total += pModel[k] * dx;
  if (!(total > 0) || !Number.isFinite(total)) return [];
  const quantile = (q: number): number => {
    const want = q * total;
    let acc = 0;
    for (let k = 0; k < pModel.length; k++) {
      const m = pModel[k] > 0 ? pModel[k] * dx : 0;
      if (m > 0 && acc + m >= want) return grid.min + (k + (want - acc) / m) * dx;
      acc += m;
    }
    return grid.max;
  };
  const lo = quantile(tail);
  const hi = quantile(1 - tail);
  const count = Math.max(1, Math.min(n, Math.floor((hi - lo) / minGap) + 1));
  if (count === 1) return [(lo + hi) / 2];
  return Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
}

export interface GeneratorArrow {
  x: number;
  /** D(x), interpolated between bin centres. */
  d: number;
  /** −∂J/∂x per sample for each cost. */
  push: Record<GeneratorCost, number>;
}

/**
 * The arrows at `xs`: ℓ and ℓ′ from D on the grid's bin centres, interpolated linearly to each x
 * (clamped to the first and last centre).
 */
export function generatorArrows(d: ArrayLike<number>, grid: XGrid, xs: readonly number[]): GeneratorArrow[] {
  if (d.length !== grid.bins || d.length === 0) return [];
  const dx = binWidth(grid);
  const centres = binCenters(grid);
  const { l, slope } = logitAndSlope(d, dx);
  const n = d.length;
  return xs.map((x) => {
    const t = Math.min(n - 1, Math.max(0, (x - centres[0]) / dx));
    const k = Math.min(n - 2, Math.floor(t));
    const f = n > 1 ? t - k : 0;
    const lerp = (a: Float64Array) => (n > 1 ? a[k] * (1 - f) + a[k + 1] * f : a[0]);
    const lx = lerp(l);
    const sx = lerp(slope);
    return {
      x,
      d: sigmoid(lx),
      push: {
        'non-saturating': generatorPush('non-saturating', lx, sx),
        minimax: generatorPush('minimax', lx, sx),
        'maximum-likelihood': generatorPush('maximum-likelihood', lx, sx),
      },
    };
  });
}
