// A Gaussian mixture fitted to samples by maximum likelihood (docs/theory.md §2.1): one Gaussian in
// closed form, K components by EM from a deterministic k-means start, on the samples or on their
// histogram (for large samples). The log-likelihood of samples under a mixture. Pure maths.
import type { GaussianComponent } from './distributions';

/** No fitted σ goes below this: without it EM can put a component on one sample and σ → 0 (likelihood → ∞). */
export const SIGMA_FLOOR = 0.05;
/** EM stops after this many iterations, or earlier when the average log-likelihood gains less than EM_TOLERANCE. */
export const EM_MAX_ITERATIONS = 200;
/** Nats per sample. */
const EM_TOLERANCE = 1e-7;
/** The largest mixture EM fits here. */
export const MAX_FIT_COMPONENTS = 3;

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s / xs.length;
}

/**
 * The maximum-likelihood Gaussian: the sample mean and the *biased* standard deviation
 * √((1/m) Σ (x_i − x̄)²) (docs/theory.md §2.1), with σ raised to SIGMA_FLOOR if it is smaller.
 */
export function gaussianMle(samples: ArrayLike<number>): GaussianComponent {
  if (samples.length === 0) throw new RangeError('gaussianMle: no samples');
  const mu = mean(samples);
  let ss = 0;
  for (let i = 0; i < samples.length; i++) ss += (samples[i] - mu) * (samples[i] - mu);
  return { mean: mu, std: Math.max(SIGMA_FLOOR, Math.sqrt(ss / samples.length)), weight: 1 };
}

/** log w_k − log σ_k − ½ log 2π for each component (−∞ for a weight of 0). */
const logNorms = (cs: readonly GaussianComponent[]) =>
  cs.map((c) => Math.log(c.weight) - Math.log(c.std) - HALF_LOG_2PI);

/** log p(x) of a Gaussian mixture (weights summing to 1), by log-sum-exp. */
function mixtureLogPdf(components: readonly GaussianComponent[], x: number): number {
  const norms = logNorms(components);
  let max = -Infinity;
  const l = components.map((c, k) => {
    const z = (x - c.mean) / c.std;
    const v = norms[k] - 0.5 * z * z;
    if (v > max) max = v;
    return v;
  });
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (const v of l) s += Math.exp(v - max);
  return max + Math.log(s);
}

/** The average log-likelihood (1/m) Σ log p(x_i) of the samples under a Gaussian mixture, in nats. */
export function averageLogLikelihood(samples: ArrayLike<number>, components: readonly GaussianComponent[]): number {
  let s = 0;
  for (let i = 0; i < samples.length; i++) s += mixtureLogPdf(components, samples[i]);
  return s / samples.length;
}

/**
 * Points with weights, sorted by x: the samples themselves (every weight 1) or, for a large sample in
 * the sweep, its histogram (bin centres weighted by their counts).
 */
interface WeightedPoints {
  xs: Float64Array;
  /** null: every weight is 1. */
  ws: Float64Array | null;
  /** Σ weights (m for plain samples). */
  total: number;
}

const plainPoints = (samples: ArrayLike<number>): WeightedPoints => ({
  xs: Float64Array.from(samples),
  ws: null,
  total: samples.length,
});

/** Lloyd's k-means iterations on sorted 1-D data stop after this many (they settle in a few). */
const KMEANS_ITERATIONS = 30;

/** Weighted mean and biased σ (floored) of points [from, to) of sorted weighted points. */
function clusterStats(p: WeightedPoints, from: number, to: number): { mean: number; std: number; weight: number } {
  let n = 0,
    sx = 0;
  for (let i = from; i < to; i++) {
    const w = p.ws ? p.ws[i] : 1;
    n += w;
    sx += w * p.xs[i];
  }
  const mu = sx / n;
  let ss = 0;
  for (let i = from; i < to; i++) ss += (p.ws ? p.ws[i] : 1) * (p.xs[i] - mu) * (p.xs[i] - mu);
  return { mean: mu, std: Math.max(SIGMA_FLOOR, Math.sqrt(ss / n)), weight: n };
}

/**
 * EM's deterministic start (the usual k-means initialisation), on points sorted by x: 1-D k-means by
 * Lloyd's algorithm, started from the (weighted) sample quantiles (k + ½)/K; each component then gets
 * its cluster's mean and biased σ (at least SIGMA_FLOOR; the whole sample's σ for an empty cluster)
 * and the weight (n_k + 1)/(m + K), so that no weight starts at 0. Quantiles alone, with broad σs,
 * can start two components on one heavy mode, from where EM needs hundreds of iterations to pull one
 * out.
 */
function initialComponents(p: WeightedPoints, K: number): GaussianComponent[] {
  const m = p.xs.length;
  const all = clusterStats(p, 0, m);
  // weighted quantiles: the first point whose cumulative weight reaches q·total
  const centres: number[] = [];
  for (let k = 0, i = 0, acc = 0; k < K; k++) {
    const target = ((k + 0.5) / K) * p.total;
    while (i < m - 1 && acc + (p.ws ? p.ws[i] : 1) < target) {
      acc += p.ws ? p.ws[i] : 1;
      i++;
    }
    centres.push(p.xs[i]);
  }
  // cluster k is points [start[k], start[k+1]): sorted points and sorted centres keep clusters contiguous
  const start = new Int32Array(K + 1);
  const assign = () => {
    let k = 0;
    for (let i = 0; i < m; i++) while (k + 1 < K && p.xs[i] - centres[k] > centres[k + 1] - p.xs[i]) start[++k] = i;
    while (k < K) start[++k] = m;
  };
  for (let it = 0; it < KMEANS_ITERATIONS; it++) {
    assign();
    let moved = false;
    for (let k = 0; k < K; k++) {
      if (start[k + 1] === start[k]) continue;
      const c = clusterStats(p, start[k], start[k + 1]).mean;
      if (c !== centres[k]) moved = true;
      centres[k] = c;
    }
    if (!moved) break;
    centres.sort((a, b) => a - b);
  }
  assign();
  return centres.map((c, k) => {
    if (start[k + 1] === start[k]) return { mean: c, std: all.std, weight: 1 / (p.total + K) };
    const { mean, std, weight } = clusterStats(p, start[k], start[k + 1]);
    return { mean, std, weight: (weight + 1) / (p.total + K) };
  });
}

/** EM's deterministic start for these samples (see initialComponents). */
export function emInitialComponents(samples: ArrayLike<number>, K: number): GaussianComponent[] {
  return initialComponents(plainPoints(Float64Array.from(samples).sort()), K);
}

interface EmIteration {
  /** 0 = the initial parameters, t = after t EM updates. */
  iteration: number;
  components: GaussianComponent[];
  /** Average log-likelihood of the samples under these parameters, nats. */
  avgLogLik: number;
}

export interface EmResult {
  /** The final fit, components sorted by mean. */
  components: GaussianComponent[];
  avgLogLik: number;
  /** Every iteration from the start (index = iteration); the last one is the final fit (unsorted). */
  trace: EmIteration[];
  /** True when the gain fell below the tolerance before the iteration cap. */
  converged: boolean;
}

export interface EmOptions {
  maxIterations?: number;
  tolerance?: number;
  sigmaFloor?: number;
  /** Keep only the first and the last iteration in the trace (for sweeps). */
  traceless?: boolean;
}

/**
 * A K-component Gaussian mixture fitted to the samples by EM (Dempster, Laird & Rubin 1977;
 * docs/theory.md §2.1). E-step: responsibilities r_ik ∝ w_k N(x_i; μ_k, σ_k²); M-step:
 * N_k = Σ_i r_ik, w_k = N_k/m, μ_k = Σ_i r_ik x_i / N_k, σ_k² = Σ_i r_ik (x_i − μ_k)² / N_k, with σ_k
 * raised to the floor. The floored M-step still maximises EM's bound over σ ≥ floor, so the average
 * log-likelihood never decreases. A component left with no responsibility keeps its μ and σ. Stops
 * when an iteration gains less than the tolerance, or at the iteration cap.
 */
export function fitMixtureEm(samples: ArrayLike<number>, K: number, options: EmOptions = {}): EmResult {
  if (samples.length === 0) throw new RangeError('fitMixtureEm: no samples');
  return emOnPoints(plainPoints(samples), K, options);
}

/** The histogram bin width for fitMixtureEmBinned (the chart grid's Δx). */
const EM_BIN_WIDTH = 0.03;

/**
 * EM on the samples' histogram (bins EM_BIN_WIDTH wide, each bin's count at its centre) instead of
 * the samples: the cost of an iteration no longer grows with m. Binning moves each sample by at
 * most Δx/2, which adds about Δx²/12 ≈ 7.5e-5 to a fitted variance: far below the spread between
 * resamples for any m the sweep uses. Only the sweep uses it, for large m.
 */
export function fitMixtureEmBinned(samples: ArrayLike<number>, K: number, options: EmOptions = {}): EmResult {
  if (samples.length === 0) throw new RangeError('fitMixtureEmBinned: no samples');
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < samples.length; i++) {
    lo = Math.min(lo, samples[i]);
    hi = Math.max(hi, samples[i]);
  }
  const origin = Math.floor(lo / EM_BIN_WIDTH) * EM_BIN_WIDTH;
  const bins = Math.floor((hi - origin) / EM_BIN_WIDTH) + 1;
  const counts = new Float64Array(bins);
  for (let i = 0; i < samples.length; i++)
    counts[Math.min(bins - 1, Math.floor((samples[i] - origin) / EM_BIN_WIDTH))]++;
  const xs: number[] = [],
    ws: number[] = [];
  for (let b = 0; b < bins; b++)
    if (counts[b] > 0) {
      xs.push(origin + (b + 0.5) * EM_BIN_WIDTH);
      ws.push(counts[b]);
    }
  return emOnPoints({ xs: Float64Array.from(xs), ws: Float64Array.from(ws), total: samples.length }, K, options, true);
}

function emOnPoints(p: WeightedPoints, K: number, options: EmOptions, sorted = false): EmResult {
  if (!Number.isInteger(K) || K < 1 || K > MAX_FIT_COMPONENTS) throw new RangeError(`fitMixtureEm: K = ${K}`);
  const maxIterations = options.maxIterations ?? EM_MAX_ITERATIONS;
  const tolerance = options.tolerance ?? EM_TOLERANCE;
  const floor = options.sigmaFloor ?? SIGMA_FLOOR;
  const { xs, ws, total } = p;
  const m = xs.length;
  const r = new Float64Array(m * K);
  const l = new Float64Array(K);
  const mu = new Float64Array(K),
    inv = new Float64Array(K),
    norm = new Float64Array(K);

  // E-step: fills r with the responsibilities (times the point's weight), returns the average log-likelihood.
  const eStep = (cs: readonly GaussianComponent[]): number => {
    const norms = logNorms(cs);
    for (let k = 0; k < K; k++) {
      mu[k] = cs[k].mean;
      inv[k] = 1 / cs[k].std;
      norm[k] = norms[k];
    }
    let sum = 0;
    for (let i = 0, row = 0; i < m; i++, row += K) {
      const x = xs[i];
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        const z = (x - mu[k]) * inv[k];
        const v = norm[k] - 0.5 * z * z;
        l[k] = v;
        if (v > max) max = v;
      }
      let s = 0;
      for (let k = 0; k < K; k++) {
        const e = Math.exp(l[k] - max);
        r[row + k] = e;
        s += e;
      }
      const w = ws ? ws[i] : 1;
      const scale = w / s;
      for (let k = 0; k < K; k++) r[row + k] *= scale;
      sum += w * (max + Math.log(s));
    }
    return sum / total;
  };
  const mStep = (prev: readonly GaussianComponent[]): GaussianComponent[] =>
    prev.map((c, k) => {
      let n = 0,
        sx = 0;
      for (let i = 0, j = k; i < m; i++, j += K) {
        n += r[j];
        sx += r[j] * xs[i];
      }
      if (!(n > 1e-12)) return { mean: c.mean, std: c.std, weight: n / total };
      const mean = sx / n;
      let ss = 0;
      for (let i = 0, j = k; i < m; i++, j += K) {
        const d = xs[i] - mean;
        ss += r[j] * d * d;
      }
      return { mean, std: Math.max(floor, Math.sqrt(ss / n)), weight: n / total };
    });

  let components = initialComponents(sorted ? p : sortedPoints(p), K).map((c) => ({
    ...c,
    std: Math.max(floor, c.std),
  }));
  let ll = eStep(components);
  const trace: EmIteration[] = [{ iteration: 0, components, avgLogLik: ll }];
  let converged = false;
  for (let t = 1; t <= maxIterations; t++) {
    components = mStep(components);
    const next = eStep(components);
    const step = { iteration: t, components, avgLogLik: next };
    if (options.traceless && trace.length > 1) trace[1] = step;
    else trace.push(step);
    const gain = next - ll;
    ll = next;
    if (gain < tolerance) {
      converged = true;
      break;
    }
  }
  return { components: [...components].sort((a, b) => a.mean - b.mean), avgLogLik: ll, trace, converged };
}

/** The same points sorted by x (for the k-means start). */
function sortedPoints(p: WeightedPoints): WeightedPoints {
  if (!p.ws) return { xs: Float64Array.from(p.xs).sort(), ws: null, total: p.total };
  const order = Array.from(p.xs, (_, i) => i).sort((a, b) => p.xs[a] - p.xs[b]);
  return {
    xs: Float64Array.from(order, (i) => p.xs[i]),
    ws: Float64Array.from(order, (i) => p.ws![i]),
    total: p.total,
  };
}
