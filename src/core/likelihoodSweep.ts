// How many samples maximum likelihood needs (docs/theory.md §2.1): KL(p_data ‖ fit) against the sample
// size m, each point the median over several independent sample sets. The view computes it in slices
// (sweepKl per sample set), so that no task blocks the page.
import type { Distribution1D } from './distributions';
import { drawSamples, klToFit } from './likelihood';
import { fitMixtureEm, fitMixtureEmBinned, type EmOptions } from './mixtureEm';

/** The sample sizes of the "how many samples" sweep: 5 … 5000, evenly spaced on a log axis. */
export const SWEEP_SIZES = [5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] as const;
export const SWEEP_RESAMPLES = 7;
/** From this m on, the sweep fits the samples' histogram (fitMixtureEmBinned), so that it stays fast. */
const SWEEP_BINNED_FROM = 1000;
/**
 * EM in the sweep: a looser tolerance and at most 100 iterations (its curve is a median of several
 * fits; the iterations a fit needs beyond that, when K exceeds the modes, change its KL by ~1e-4).
 */
const SWEEP_EM: EmOptions = { maxIterations: 100, tolerance: 1e-6, traceless: true };

export interface SweepOptions {
  resamples?: number;
  seed?: number;
  em?: EmOptions;
}

export interface SweepPoint {
  m: number;
  /** KL(p_data ‖ fit) of each resample, sorted. */
  kls: number[];
  median: number;
  min: number;
  max: number;
}

const median = (sorted: readonly number[]) => {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
};

/**
 * KL(p_data ‖ fit) of one sample set of the sweep: m samples drawn with a seed derived from `seed`, m
 * and the set's index r, fitted by EM with K components (on the histogram from SWEEP_BINNED_FROM on).
 */
export function sweepKl(
  dist: Distribution1D,
  K: number,
  m: number,
  r: number,
  { seed = 1, em = SWEEP_EM }: SweepOptions = {},
): number {
  const samples = drawSamples(dist, m, (seed * 7919 + m * 104729 + r * 15485863) >>> 0);
  const fit = m >= SWEEP_BINNED_FROM ? fitMixtureEmBinned(samples, K, em) : fitMixtureEm(samples, K, em);
  return klToFit(dist, fit.components).value;
}

/** The sweep's point for m from the KLs of its sample sets. */
export function sweepPoint(m: number, kls: readonly number[]): SweepPoint {
  const sorted = [...kls].sort((a, b) => a - b);
  return { m, kls: sorted, median: median(sorted), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** KL(p_data ‖ fit) for m samples over `resamples` independent sample sets (sweepKl): one point of the sweep. */
export function klAtSampleSize(dist: Distribution1D, K: number, m: number, options: SweepOptions = {}): SweepPoint {
  const kls = Array.from({ length: options.resamples ?? SWEEP_RESAMPLES }, (_, r) => sweepKl(dist, K, m, r, options));
  return sweepPoint(m, kls);
}
