// The noise p_z that G maps to x: its distribution, its quantiles (for the equal-probability z-cells
// that p_model is computed from, docs/theory.md §7.3) and batch sampling.
import type { NoiseKind } from './settings';
import type { Rng } from './random';
import { gaussian, normalCdf, normalPdf, uniform, type Distribution1D } from './distributions';

export type NoiseDistribution = Distribution1D & { quantile(p: number): number };

// Peter J. Acklam's rational approximation of Φ⁻¹ (relative error ≤ 1.15e-9), then one Halley step
// against the accurate Φ, which brings it to about machine precision.
const AA = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const AB = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const AC = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const AD = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Φ⁻¹(q) for 0 < q ≤ ½ (the lower half, where q carries full relative precision). */
function lowerNormalQuantile(q: number): number {
  let x: number;
  if (q < P_LOW) {
    const t = Math.sqrt(-2 * Math.log(q));
    x =
      (((((AC[0] * t + AC[1]) * t + AC[2]) * t + AC[3]) * t + AC[4]) * t + AC[5]) /
      ((((AD[0] * t + AD[1]) * t + AD[2]) * t + AD[3]) * t + 1);
  } else {
    const r = q - 0.5,
      s = r * r;
    x =
      ((((((AA[0] * s + AA[1]) * s + AA[2]) * s + AA[3]) * s + AA[4]) * s + AA[5]) * r) /
      (((((AB[0] * s + AB[1]) * s + AB[2]) * s + AB[3]) * s + AB[4]) * s + 1);
  }
  // Halley step. Skipped below 1e-300, where exp(x²/2) would overflow; Acklam alone is then 1e-9.
  if (q > 1e-300) {
    const e = normalCdf(x) - q;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    x -= u / (1 + 0.5 * x * u);
  }
  return x;
}

/** Φ⁻¹(p). For p > ½ it uses Φ⁻¹(p) = −Φ⁻¹(1−p): 1−p is exact there, and the result is exactly odd. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return p <= 0.5 ? lowerNormalQuantile(p) : -lowerNormalQuantile(1 - p);
}

const STANDARD_NORMAL: NoiseDistribution = { ...gaussian(0, 1), quantile: normalQuantile };
const UNIT_UNIFORM: NoiseDistribution = {
  ...uniform(-1, 1),
  quantile: (p) => (p >= 0 && p <= 1 ? -1 + 2 * p : NaN),
};

/** 'normal' = N(0, 1), 'uniform' = U(−1, 1). */
export const noiseDistribution = (kind: NoiseKind): NoiseDistribution =>
  kind === 'normal' ? STANDARD_NORMAL : UNIT_UNIFORM;

/**
 * Edges of `cells` equal-probability cells of p_z: edges[i] = quantile(i/cells), so cell i
 * (between edges i and i+1) carries exactly 1/cells of the probability.
 *
 * For the normal the two end edges are ±∞. Each end cell keeps its mass 1/cells, but its outer edge
 * is moved to a finite cut chosen so that a uniform spread over the truncated cell has the same mean
 * as the true tail, E[z | z < e₁] = −φ(e₁)/Φ(e₁) = −cells·φ(e₁):
 *   e₀ = 2·E[z | z < e₁] − e₁ = −2·cells·φ(e₁) − e₁   (and e_cells = −e₀ by symmetry).
 * pushforwardDensity spreads each cell uniformly between the images of its edges, so for a G that is
 * linear in the tail the end cell then lands with the right mass and the right centre of mass.
 * With 4000 cells: e₁ ≈ −3.481 and e₀ ≈ −3.978.
 */
export function noiseQuantileEdges(kind: NoiseKind, cells: number): Float32Array {
  if (!Number.isInteger(cells) || cells < 2)
    throw new RangeError(`noiseQuantileEdges: cells must be an integer ≥ 2, got ${cells}`);
  const dist = noiseDistribution(kind);
  const edges = new Float32Array(cells + 1);
  for (let i = 1; i < cells; i++) edges[i] = dist.quantile(i / cells);
  if (kind === 'normal') {
    const e1 = dist.quantile(1 / cells);
    const cut = -2 * cells * normalPdf(e1) - e1;
    edges[0] = cut;
    edges[cells] = -cut;
  } else {
    edges[0] = -1;
    edges[cells] = 1;
  }
  return edges;
}

/** Fills `out` with independent draws from p_z, from the run's seeded generator. */
export function sampleNoise(kind: NoiseKind, rng: Rng, out: Float32Array): void {
  if (kind === 'normal') for (let i = 0; i < out.length; i++) out[i] = rng.normal();
  else for (let i = 0; i < out.length; i++) out[i] = 2 * rng.uniform() - 1;
}
