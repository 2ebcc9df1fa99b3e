// Maximum likelihood, the baseline a GAN is compared with (docs/theory.md §2, §2.1): m samples drawn
// from p_data with their own seed, fitted by EM (mixtureEm.ts), the fit as a density on the grid and
// KL(p_data ‖ fit) over the whole line (mixtureIntegrals.ts). The sweep over the number of samples is
// in likelihoodSweep.ts. Pure maths.
import { erfc, type Distribution1D, type GaussianComponent } from './distributions';
import { binWidth, type XGrid } from './grid';
import { fitMixtureEm } from './mixtureEm';
import { differentialEntropy, klToMixture } from './mixtureIntegrals';
import type { KLValue } from './protocol';
import { createRng } from './random';

/** m samples of `dist` from the seeded generator (the same seed and m give the same samples). */
export function drawSamples(dist: Distribution1D, m: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(Math.max(0, Math.floor(m)));
  for (let i = 0; i < out.length; i++) out[i] = dist.sample(rng);
  return out;
}

/**
 * A Gaussian mixture as bin averages on the grid (exact bin masses / Δx), like binnedDensity but with
 * Φ evaluated once per edge and component; each tail is taken from the side where it is small, so far
 * bins keep a tiny non-zero mass (no false "Q = 0" in KL).
 */
export function mixtureBinDensity(components: readonly GaussianComponent[], grid: XGrid): Float64Array {
  const dx = binWidth(grid);
  const out = new Float64Array(grid.bins);
  const tail = new Float64Array(grid.bins + 1);
  const total = components.reduce((s, c) => s + c.weight, 0);
  for (const c of components) {
    if (!(c.weight > 0)) continue;
    const w = c.weight / total;
    const scale = 1 / (c.std * Math.SQRT2);
    // tail[e] = P(Z beyond edge e, on the far side from the mean) = ½ erfc(|edge − μ| / (σ√2))
    for (let e = 0; e <= grid.bins; e++) tail[e] = 0.5 * erfc(Math.abs(grid.min + e * dx - c.mean) * scale);
    for (let k = 0; k < grid.bins; k++) {
      const a = grid.min + k * dx,
        b = grid.min + (k + 1) * dx;
      const mass =
        a >= c.mean ? tail[k] - tail[k + 1] : b <= c.mean ? tail[k + 1] - tail[k] : 1 - tail[k] - tail[k + 1];
      out[k] += (w * Math.max(0, mass)) / dx;
    }
  }
  return out;
}

/**
 * KL(p_data ‖ fit) (docs/theory.md §7.6) from p_data itself, not its bins on the chart grid: a target
 * N(4, 2²) has 16% of its mass beyond 6, and a fit's σ can be far below the bins' 0.03.
 */
export const klToFit = (dist: Distribution1D, components: readonly GaussianComponent[]): KLValue =>
  klToMixture(dist, components);

/** The entropy H(p_data) = −∫ p log p dx in nats, by the same integrals as klToFit. */
export const targetEntropy = (dist: Distribution1D): number => differentialEntropy(dist);

/** One EM iteration as the view plots it: the average log-likelihood and KL(p_data ‖ fit). */
interface TracePoint {
  iteration: number;
  avgLogLik: number;
  kl: number;
}

export interface LikelihoodFit {
  samples: Float64Array;
  /** The fit, sorted by mean. */
  components: GaussianComponent[];
  avgLogLik: number;
  kl: KLValue;
  /** The fit as bin averages on the grid. */
  density: Float64Array;
  trace: TracePoint[];
  converged: boolean;
}

/** Samples, EM fit (K = 1: the closed form, reached by EM's first update), and every iteration's KL. */
export function likelihoodFit(dist: Distribution1D, grid: XGrid, m: number, K: number, seed: number): LikelihoodFit {
  const samples = drawSamples(dist, m, seed);
  const em = fitMixtureEm(samples, K);
  const density = mixtureBinDensity(em.components, grid);
  const trace = em.trace.map((t) => ({
    iteration: t.iteration,
    avgLogLik: t.avgLogLik,
    kl: klToFit(dist, t.components).value,
  }));
  return {
    samples,
    components: em.components,
    avgLogLik: em.avgLogLik,
    kl: klToFit(dist, em.components),
    density,
    trace,
    converged: em.converged,
  };
}
