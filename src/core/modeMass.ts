// Per-mode mass (docs/theory.md §7.9): how much of p_model each component of a mixture target
// captures, m_i = ∫ r_i(x) p_model(x) dx with the responsibilities r_i = w_i N_i / Σ_j w_j N_j.
// Pure maths on the chart grid; no DOM, no tfjs.
import type { GaussianComponent } from './distributions';
import type { Analysis } from './protocol';
import { binCenters, binWidth, type XGrid } from './grid';

/** One target component: its normalised weight w_i and the share of p_model's mass it captures. */
export type ModeMass = NonNullable<Analysis['modes']>[number];

/** A mode that keeps less than this fraction of its target weight is called "collapsed". */
export const COLLAPSE_FRACTION = 1 / 3;

export const isCollapsed = (m: ModeMass): boolean => m.mass < COLLAPSE_FRACTION * m.weight;

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** True when every component has a finite mean, a finite σ > 0 and a finite weight ≥ 0. */
function valid(components: readonly GaussianComponent[]): boolean {
  return components.every(
    (c) => Number.isFinite(c.mean) && c.std > 0 && Number.isFinite(c.std) && c.weight >= 0 && Number.isFinite(c.weight),
  );
}

/**
 * The responsibilities r_i(x) = w_i N_i(x) / Σ_j w_j N_j(x), computed in log space (log-sum-exp) so
 * that they stay defined where every N_i(x) underflows to 0: there the component with the largest
 * log-density w_i N_i wins, which is the limit of the formula (with equal σ, the nearest mean).
 * Weights are normalised here; they need not sum to 1 but must not all be 0. Writes into `out`.
 */
export function responsibilities(
  components: readonly GaussianComponent[],
  x: number,
  out: Float64Array = new Float64Array(components.length),
): Float64Array {
  const total = components.reduce((s, c) => s + c.weight, 0);
  let max = -Infinity;
  for (let i = 0; i < components.length; i++) {
    const { mean, std, weight } = components[i];
    const z = (x - mean) / std;
    // log(w_i N_i(x)); a weight of 0 gives −∞ and a responsibility of exactly 0
    out[i] = Math.log(weight / total) - Math.log(std) - HALF_LOG_2PI - 0.5 * z * z;
    if (out[i] > max) max = out[i];
  }
  let sum = 0;
  for (let i = 0; i < components.length; i++) {
    out[i] = Math.exp(out[i] - max);
    sum += out[i];
  }
  for (let i = 0; i < components.length; i++) out[i] /= sum;
  return out;
}

/**
 * m_i = Σ_k r_i(x_k) · p_model,k · Δx over the grid's bins (x_k the bin centres, p_model,k bin
 * averages as in Analysis.pModel). Since Σ_i r_i = 1, the masses add up to p_model's mass on the grid,
 * 1 − escapedMass. Returns [] when there is nothing to compare (fewer than 2 components, all weights
 * 0, or an invalid component); bins with a non-finite or non-positive density are skipped.
 */
export function modeMasses(
  components: readonly GaussianComponent[],
  pModel: ArrayLike<number>,
  grid: XGrid,
): ModeMass[] {
  const n = components.length;
  const total = components.reduce((s, c) => s + c.weight, 0);
  if (n < 2 || !(total > 0) || !Number.isFinite(total) || !valid(components)) return [];
  if (pModel.length !== grid.bins)
    throw new RangeError(`modeMasses: p_model has ${pModel.length} values for ${grid.bins} bins`);
  const dx = binWidth(grid);
  const centers = binCenters(grid);
  const mass = new Float64Array(n);
  const r = new Float64Array(n);
  for (let k = 0; k < grid.bins; k++) {
    const p = pModel[k];
    if (!(p > 0) || !Number.isFinite(p)) continue;
    responsibilities(components, centers[k], r);
    for (let i = 0; i < n; i++) mass[i] += r[i] * p * dx;
  }
  return components.map((c, i) => ({ weight: c.weight / total, mass: mass[i] }));
}
