// 1-D distributions with exact pdf/cdf: the target p_data (Gaussian mixture, uniform or a drawn,
// piecewise-linear density) and the building blocks of the noise p_z. Pure maths, no DOM, no tfjs.
import { decodeDrawnDensity, DRAWN_XS, knotsFromPdf } from './drawnDensity';
import type { Rng } from './random';
import { mixtureComponents, type KeysInScope, type Settings } from './settings';

/** One Gaussian part of a distribution: mean, σ and its share of the total weight (shares sum to 1). */
export interface GaussianComponent {
  mean: number;
  std: number;
  weight: number;
}

export interface Distribution1D {
  pdf(x: number): number;
  cdf(x: number): number;
  sample(rng: Rng): number;
  /**
   * Optional: the probability of [a, b] (a ≤ b), computed without the cancellation of
   * cdf(b) − cdf(a) when both are close to 1. Far-tail bins then keep their tiny but non-zero mass,
   * so a KL against them is not wrongly reported as infinite. binnedDensity uses it when present.
   */
  mass?(a: number, b: number): number;
  mean: number;
  variance: number;
  /** Where pdf > 0 (for a mixture: the hull of its parts' supports); ±Infinity for Gaussians. */
  support: [number, number];
  /**
   * Optional: the Gaussian components, in order, with weights normalised to sum 1, when the
   * distribution is a Gaussian (one component of weight 1) or a mixture of Gaussians; absent for a
   * uniform or a mixture with a non-Gaussian part. Used for the per-mode mass (docs/theory.md §7.9).
   */
  components?: readonly GaussianComponent[];
}

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969)
// 631–638, coefficients as in Netlib SPECFUN CALERF. Relative error ~1e-16 for erfc on its whole
// range, in particular in the far tail where 1 − erf(x) would lose every digit.
const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4,
  0.0163153871373020978,
];
const Q = [
  2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185,
];
const ONE_OVER_SQRT_PI = 0.56418958354775628695;
/** erfc(x) underflows to 0 in double precision beyond this. */
const ERFC_XBIG = 26.543;

/** erf(|x|) for |x| ≤ 0.46875, where the series form is accurate. */
function erfSmall(x: number): number {
  const y = Math.abs(x);
  const ysq = y > 1.11e-16 ? y * y : 0;
  let num = A[4] * ysq,
    den = ysq;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]) * ysq;
    den = (den + B[i]) * ysq;
  }
  return (x * (num + A[3])) / (den + B[3]);
}

/** erfc(y) for y > 0.46875. exp(−y²) is split as exp(−ysq²)·exp(−del) (Cody) to keep its digits. */
function erfcLarge(y: number): number {
  let r: number;
  if (y <= 4) {
    let num = C[8] * y,
      den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    r = (num + C[7]) / (den + D[7]);
  } else {
    if (y >= ERFC_XBIG) return 0;
    const ysq = 1 / (y * y);
    let num = P[5] * ysq,
      den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * ysq;
      den = (den + Q[i]) * ysq;
    }
    r = (ysq * (num + P[4])) / (den + Q[4]);
    r = (ONE_OVER_SQRT_PI - r) / y;
  }
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return Math.exp(-ysq * ysq) * Math.exp(-del) * r;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) return 1 - erfSmall(x);
  const r = erfcLarge(y);
  return x < 0 ? 2 - r : r;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) return erfSmall(x);
  const r = 1 - erfcLarge(y);
  return x < 0 ? -r : r;
}

const SQRT2 = Math.SQRT2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** Φ(x), accurate to ~1e-15 relative in the lower tail (Φ(−x) = erfc(x/√2)/2 never subtracts). */
export const normalCdf = (x: number): number => 0.5 * erfc(-x / SQRT2);
export const normalPdf = (x: number): number => INV_SQRT_2PI * Math.exp(-0.5 * x * x);

/** P(a ≤ Z ≤ b) for standard normal Z, taking each tail from the side where it is small. */
export function normalMass(a: number, b: number): number {
  if (!(b > a)) return 0;
  if (a >= 0) return 0.5 * (erfc(a / SQRT2) - erfc(b / SQRT2));
  if (b <= 0) return 0.5 * (erfc(-b / SQRT2) - erfc(-a / SQRT2));
  return 1 - 0.5 * erfc(-a / SQRT2) - 0.5 * erfc(b / SQRT2);
}

export function gaussian(mean: number, std: number): Distribution1D {
  if (!(std > 0) || !Number.isFinite(std) || !Number.isFinite(mean))
    throw new RangeError(`gaussian: need finite mean and std > 0, got ${mean}, ${std}`);
  return {
    pdf: (x) => normalPdf((x - mean) / std) / std,
    cdf: (x) => normalCdf((x - mean) / std),
    mass: (a, b) => normalMass((a - mean) / std, (b - mean) / std),
    sample: (rng) => mean + std * rng.normal(),
    mean,
    variance: std * std,
    support: [-Infinity, Infinity],
    components: [{ mean, std, weight: 1 }],
  };
}

export function uniform(low: number, high: number): Distribution1D {
  if (!(low < high) || !Number.isFinite(low) || !Number.isFinite(high))
    throw new RangeError(`uniform: need finite low < high, got ${low}, ${high}`);
  const width = high - low;
  const cdf = (x: number) => (x <= low ? 0 : x >= high ? 1 : (x - low) / width);
  return {
    pdf: (x) => (x >= low && x <= high ? 1 / width : 0),
    cdf,
    // Exact overlap length, so a bin inside the support gets exactly width/Δx with no rounding drift.
    mass: (a, b) => Math.max(0, Math.min(b, high) - Math.max(a, low)) / width,
    sample: (rng) => low + width * rng.uniform(),
    mean: (low + high) / 2,
    variance: (width * width) / 12,
    support: [low, high],
  };
}

export function mixture(parts: { dist: Distribution1D; weight: number }[]): Distribution1D {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  if (!(total > 0) || parts.some((p) => !(p.weight >= 0)))
    throw new RangeError('mixture: weights must be ≥ 0 with a positive total');
  const ws = parts.map((p) => p.weight / total);
  const ds = parts.map((p) => p.dist);
  const mean = ds.reduce((s, d, i) => s + ws[i] * d.mean, 0);
  const second = ds.reduce((s, d, i) => s + ws[i] * (d.variance + d.mean * d.mean), 0);
  const sum = (f: (d: Distribution1D) => number) => ds.reduce((s, d, i) => s + ws[i] * f(d), 0);
  // The parts' Gaussian components with their weights scaled by the parts' shares, in order (so
  // component i of a target is setting component i); only when every part is made of Gaussians.
  const components = ds.every((d) => d.components)
    ? ds.flatMap((d, i) => d.components!.map((c) => ({ ...c, weight: c.weight * ws[i] })))
    : undefined;
  return {
    pdf: (x) => sum((d) => d.pdf(x)),
    cdf: (x) => sum((d) => d.cdf(x)),
    mass: (a, b) => sum((d) => (d.mass ? d.mass(a, b) : Math.max(0, d.cdf(b) - d.cdf(a)))),
    sample: (rng) => {
      const u = rng.uniform();
      let acc = 0;
      for (let i = 0; i < ds.length; i++) {
        acc += ws[i];
        if (u < acc) return ds[i].sample(rng);
      }
      return ds[ds.length - 1].sample(rng); // u within rounding of 1
    },
    mean,
    // E[x²] − mean²; clamped at 0 against cancellation for a near-point mixture.
    variance: Math.max(0, second - mean * mean),
    support: [Math.min(...ds.map((d) => d.support[0])), Math.max(...ds.map((d) => d.support[1]))],
    ...(components && { components }),
  };
}

/**
 * The density through the points (xs[i], ys[i]) (xs increasing, ys ≥ 0 with a positive integral),
 * linear between them and 0 outside [xs[0], xs[n−1]]; scaled to ∫ = 1. Its cdf is exact (piecewise
 * quadratic), and sampling inverts it: a binary search for the segment, then the root of the quadratic.
 */
export function piecewiseLinear(xs: readonly number[], ys: readonly number[]): Distribution1D {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new RangeError('piecewiseLinear: need ≥ 2 points, as many xs as ys');
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xs[i]) || !(ys[i] >= 0) || !Number.isFinite(ys[i]))
      throw new RangeError('piecewiseLinear: need finite xs and finite ys ≥ 0');
    if (i > 0 && !(xs[i] > xs[i - 1])) throw new RangeError('piecewiseLinear: xs must increase');
  }
  let total = 0;
  for (let i = 0; i + 1 < n; i++) total += 0.5 * (ys[i] + ys[i + 1]) * (xs[i + 1] - xs[i]);
  if (!(total > 0)) throw new RangeError('piecewiseLinear: the density has no mass');
  const y = ys.map((v) => v / total);
  // cum[i] = P(X ≤ xs[i]).
  const cum = new Float64Array(n);
  for (let i = 0; i + 1 < n; i++) cum[i + 1] = cum[i] + 0.5 * (y[i] + y[i + 1]) * (xs[i + 1] - xs[i]);
  const top = cum[n - 1]; // 1 up to rounding
  /** The segment holding x: the largest i < n − 1 with xs[i] ≤ x (x inside the support). */
  const segment = (x: number) => {
    let lo = 0,
      hi = n - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (xs[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const pdf = (x: number) => {
    if (!(x >= xs[0] && x <= xs[n - 1])) return 0;
    const i = segment(x);
    const t = (x - xs[i]) / (xs[i + 1] - xs[i]);
    return y[i] + t * (y[i + 1] - y[i]);
  };
  const cdf = (x: number) => {
    if (!(x > xs[0])) return 0;
    if (x >= xs[n - 1]) return 1;
    const i = segment(x);
    const h = xs[i + 1] - xs[i];
    const t = x - xs[i];
    return Math.min(1, (cum[i] + y[i] * t + ((y[i + 1] - y[i]) * t * t) / (2 * h)) / top);
  };
  let m1 = 0,
    m2 = 0;
  for (let i = 0; i + 1 < n; i++) {
    // ∫ x f and ∫ x² f over a segment [a, b] on which f is linear from p to q.
    const a = xs[i],
      b = xs[i + 1],
      p = y[i],
      q = y[i + 1],
      h = b - a;
    m1 += (h / 6) * (p * (2 * a + b) + q * (a + 2 * b));
    m2 += (h / 12) * (p * (3 * a * a + 2 * a * b + b * b) + q * (a * a + 2 * a * b + 3 * b * b));
  }
  m1 /= top;
  m2 /= top;
  let first = 0;
  while (first < n - 1 && y[first] === 0 && y[first + 1] === 0) first++;
  let last = n - 1;
  while (last > 0 && y[last] === 0 && y[last - 1] === 0) last--;
  return {
    pdf,
    cdf,
    sample: (rng) => {
      const u = rng.uniform() * top;
      // The segment: the largest i with cum[i] ≤ u (< top), which always carries mass.
      let lo = 0,
        hi = n - 2;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cum[mid] <= u) lo = mid;
        else hi = mid - 1;
      }
      const h = xs[lo + 1] - xs[lo];
      const r = u - cum[lo];
      const p = y[lo],
        s = (y[lo + 1] - p) / h;
      // p t + s t²/2 = r, solved as t = 2r / (p + √(p² + 2 s r)): no cancellation for either sign of s.
      const disc = Math.sqrt(Math.max(0, p * p + 2 * s * r));
      const t = p + disc > 0 ? (2 * r) / (p + disc) : 0;
      return xs[lo] + Math.min(h, Math.max(0, t));
    },
    mean: m1,
    variance: Math.max(0, m2 - m1 * m1),
    support: [xs[first], xs[last]],
  };
}

/**
 * The drawn target: the density on the knots that `drawnDensity` encodes. Without a valid drawing
 * (an empty or all-zero code) it is the settings' Gaussian mixture resampled on the knots, so a link
 * with `t=drawn` alone still gives a density.
 */
function drawnTarget(s: Pick<Settings, KeysInScope<'target'>>): Distribution1D {
  const knots = decodeDrawnDensity(s.drawnDensity) ?? knotsFromPdf(mixtureTarget(s).pdf);
  return piecewiseLinear(DRAWN_XS, knots!);
}

function mixtureTarget(s: Pick<Settings, KeysInScope<'target'>>): Distribution1D {
  return mixture(mixtureComponents(s).map((c) => ({ dist: gaussian(c.mean, c.std), weight: c.weight })));
}

/** p_data from the settings: the first `components` Gaussians (weights normalised), a uniform, or the drawn density. */
export function targetDistribution(s: Pick<Settings, KeysInScope<'target'>>): Distribution1D {
  if (s.targetKind === 'uniform') return uniform(s.uniformLow, s.uniformHigh);
  if (s.targetKind === 'drawn') return drawnTarget(s);
  return mixtureTarget(s);
}
