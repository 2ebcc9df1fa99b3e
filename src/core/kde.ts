// A Gaussian kernel density estimate of 1-D samples (a loaded CSV becomes a target p_data):
// f̂(x) = 1/(n h) Σ φ((x − x_i)/h), with Silverman's rule-of-thumb bandwidth. Pure maths.
import { DRAWN_XS, KNOT_SPACING, normalizeKnots } from './drawnDensity';
import { normalCdf } from './distributions';

export interface SampleSummary {
  n: number;
  mean: number;
  /** The sample standard deviation (n − 1 in the denominator). */
  std: number;
  /** The interquartile range Q3 − Q1 (quantiles by linear interpolation, as R's type 7). */
  iqr: number;
}

/** The p-quantile of sorted values, linear between order statistics (R type 7, NumPy's default). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function summarizeSamples(samples: ArrayLike<number>): SampleSummary {
  const n = samples.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (samples[i] - mean) / (i + 1); // running mean: no overflow
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (samples[i] - mean) ** 2;
  const sorted = Float64Array.from(samples).sort();
  return {
    n,
    mean,
    std: n > 1 ? Math.sqrt(ss / (n - 1)) : 0,
    iqr: quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25),
  };
}

/**
 * Silverman's rule of thumb (B. W. Silverman, Density Estimation for Statistics and Data Analysis, 1986): h = 0.9 · min(s, IQR/1.34) · n^(−1/5).
 * When the IQR is 0 (many ties) s alone is used; 0 when the samples do not spread at all.
 */
export function silvermanBandwidth(s: Pick<SampleSummary, 'n' | 'std' | 'iqr'>): number {
  const spread = s.iqr > 0 ? Math.min(s.std, s.iqr / 1.34) : s.std;
  if (!(spread > 0) || !(s.n > 0)) return 0;
  return 0.9 * spread * s.n ** -0.2;
}

/**
 * The smallest bandwidth used on the knots: half their spacing. A narrower kernel would fall between
 * knots (the piecewise-linear density could not show it).
 */
export const MIN_KDE_BANDWIDTH = KNOT_SPACING / 2;

/** Fine points per bandwidth when the samples are binned before the sum (error ~ (δ/h)² ≈ 1e-3 relative). */
const BINS_PER_BANDWIDTH = 8;
/** Kernels are summed out to this many bandwidths. */
const REACH = 6;

export interface KdeResult {
  /** The estimate on the knots (DRAWN_XS), normalised to ∫ = 1 over them; null when no mass falls on the chart. */
  density: number[] | null;
  /** The bandwidth used: Silverman's, at least MIN_KDE_BANDWIDTH. */
  bandwidth: number;
  /** Silverman's bandwidth of the samples, before the floor. */
  silverman: number;
  /** The estimate's mass on the knots' range [−6, 6], before normalising (1 − what lies off the chart). */
  massOnChart: number;
  summary: SampleSummary;
}

/**
 * The Gaussian KDE of `samples` on the knots. Samples are first spread over a fine grid (δ = h/8, each
 * sample split linearly between its two neighbours, "linear binning"), then the kernels of the fine
 * points are summed: O(n + knots × fine points), fast for a million samples.
 */
export function kdeOnKnots(samples: ArrayLike<number>, bandwidth?: number): KdeResult {
  const summary = summarizeSamples(samples);
  const silverman = silvermanBandwidth(summary);
  const h = Math.max(bandwidth ?? silverman, MIN_KDE_BANDWIDTH);
  const lo = DRAWN_XS[0] - REACH * h;
  const hi = DRAWN_XS[DRAWN_XS.length - 1] + REACH * h;
  const delta = h / BINS_PER_BANDWIDTH;
  const m = Math.ceil((hi - lo) / delta) + 1;
  const counts = new Float64Array(m);
  for (let i = 0; i < samples.length; i++) {
    const u = (samples[i] - lo) / delta;
    if (!(u >= 0 && u <= m - 1)) continue; // beyond REACH·h from every knot: no weight on the chart
    const j = Math.min(m - 2, Math.floor(u));
    const t = u - j;
    counts[j] += 1 - t;
    counts[j + 1] += t;
  }
  const n = samples.length;
  const norm = 1 / (n * h * Math.sqrt(2 * Math.PI));
  const raw = DRAWN_XS.map((x) => {
    let s = 0;
    const j0 = Math.max(0, Math.floor((x - REACH * h - lo) / delta));
    const j1 = Math.min(m - 1, Math.ceil((x + REACH * h - lo) / delta));
    for (let j = j0; j <= j1; j++) {
      if (counts[j] === 0) continue;
      const z = (x - (lo + j * delta)) / h;
      s += counts[j] * Math.exp(-0.5 * z * z);
    }
    return s * norm;
  });
  // The mass of the estimate on [−6, 6], in closed form from the kernels: Σ (Φ((6 − x_j)/h) − Φ((−6 − x_j)/h)) / n.
  let inside = 0;
  const a = DRAWN_XS[0],
    b = DRAWN_XS[DRAWN_XS.length - 1];
  for (let j = 0; j < m; j++) {
    if (counts[j] === 0) continue;
    const c = lo + j * delta;
    inside += counts[j] * (normalCdf((b - c) / h) - normalCdf((a - c) / h));
  }
  return { density: normalizeKnots(raw), bandwidth: h, silverman, massOnChart: n > 0 ? inside / n : 0, summary };
}
