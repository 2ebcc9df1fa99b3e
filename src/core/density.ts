// Densities on the shared x-grid, and the discriminator quantities built from them (docs/theory.md §6 and
// §7). Every density here is a bin average: mass in the bin / Δx.
import type { Distribution1D } from './distributions';
import { binWidth, type XGrid } from './grid';

/** Exact bin masses of `dist` (cdf differences, or dist.mass when it has one) divided by Δx. */
export function binnedDensity(dist: Distribution1D, grid: XGrid): Float64Array {
  const dx = binWidth(grid);
  const out = new Float64Array(grid.bins);
  let prevCdf = dist.mass ? 0 : dist.cdf(grid.min);
  for (let k = 0; k < grid.bins; k++) {
    const a = grid.min + k * dx;
    const b = k + 1 === grid.bins ? grid.max : grid.min + (k + 1) * dx;
    let m: number;
    if (dist.mass) m = dist.mass(a, b);
    else {
      const c = dist.cdf(b);
      m = c - prevCdf;
      prevCdf = c;
    }
    out[k] = Math.max(0, m) / dx; // max: a cdf difference must not round below zero
  }
  return out;
}

/**
 * p_model from G evaluated at the edges of equal-probability z-cells (noiseQuantileEdges).
 * Cell i carries mass 1/cells onto [min(G(e_i), G(e_i+1)), max(…)] and spreads it uniformly there:
 * exact when G is linear within the cell, and correct for non-monotone G because every cell is
 * placed on its own. A zero-width image puts the whole mass in the bin containing it. Mass outside
 * [grid.min, grid.max], or from a cell with a non-finite G, goes to escapedMass.
 *
 * O(cells + bins): a wide interval adds its partial end bins directly and its run of fully covered
 * bins as +r / −r in a difference array, summed once at the end.
 */
export function pushforwardDensity(
  gAtEdges: ArrayLike<number>,
  grid: XGrid,
): { density: Float64Array; escapedMass: number } {
  const cells = gAtEdges.length - 1;
  if (cells < 1) throw new RangeError('pushforwardDensity: need at least 2 edges');
  const n = grid.bins;
  const dx = binWidth(grid);
  const m = 1 / cells;
  const mass = new Float64Array(n);
  const run = new Float64Array(n + 1); // difference array of the per-bin mass of full-bin runs
  const active = new Int32Array(n + 1); // difference array of how many runs cover a bin
  let escaped = 0;
  let gPrev = gAtEdges[0];
  for (let i = 0; i < cells; i++) {
    const gNext = gAtEdges[i + 1];
    const g0 = gPrev;
    gPrev = gNext;
    if (!Number.isFinite(g0) || !Number.isFinite(gNext)) {
      escaped += m;
      continue;
    }
    // Positions in bin units: bin k is [k, k+1).
    const uLo = ((g0 < gNext ? g0 : gNext) - grid.min) / dx;
    const uHi = ((g0 < gNext ? gNext : g0) - grid.min) / dx;
    const width = uHi - uLo;
    if (width === 0 || Math.floor(uLo) === Math.floor(uHi)) {
      // A point, or an interval inside one bin: the whole mass goes to that bin (x = max joins the last bin).
      const k = Math.floor(uLo);
      if (uLo >= 0 && uHi <= n && k <= n) mass[k === n ? n - 1 : k] += m;
      else escaped += m;
      continue;
    }
    const a = uLo > 0 ? uLo : 0;
    const b = uHi < n ? uHi : n;
    if (!(b > a)) {
      escaped += m;
      continue;
    }
    const r = m / width; // mass per bin unit; 0 if width overflowed to ∞, and then all of m escapes
    if (a !== uLo || b !== uHi) escaped += m - r * (b - a); // only when clipped: r·width may miss m by an ulp
    const k0 = Math.floor(a);
    const k1 = Math.floor(b);
    if (k0 === k1) {
      mass[k0] += r * (b - a);
      continue;
    }
    mass[k0] += r * (k0 + 1 - a);
    run[k0 + 1] += r;
    run[k1] -= r;
    active[k0 + 1]++;
    active[k1]--;
    if (k1 < n) mass[k1] += r * (b - k1);
  }
  const density = new Float64Array(n);
  let level = 0,
    covering = 0;
  for (let k = 0; k < n; k++) {
    level += run[k];
    covering += active[k];
    // Where no run is left, the float sum of +r/−r may still hold ~1e-17 of rounding: reset it so
    // bins G never reaches stay exactly 0 (KL's missing-mass test depends on it).
    if (covering === 0) level = 0;
    const v = (mass[k] + level) / dx;
    density[k] = v > 0 ? v : 0;
  }
  return { density, escapedMass: escaped };
}

/**
 * Histogram density of samples, normalised by the total count (not by the count inside the range),
 * so samples outside the grid, or NaN, show up as missing area. x = grid.max joins the last bin.
 */
export function histogramDensity(samples: ArrayLike<number>, grid: XGrid): Float64Array {
  const n = grid.bins;
  const dx = binWidth(grid);
  const out = new Float64Array(n);
  if (samples.length === 0) return out;
  for (let i = 0; i < samples.length; i++) {
    const u = (samples[i] - grid.min) / dx;
    if (!(u >= 0 && u <= n)) continue;
    out[u === n ? n - 1 : Math.floor(u)] += 1;
  }
  const scale = 1 / (samples.length * dx);
  for (let k = 0; k < n; k++) out[k] *= scale;
  return out;
}

/** D*(x) = p_data/(p_data + p_model), pointwise (docs/theory.md §6); NaN where both are 0 (undefined). */
export function optimalDiscriminator(pData: ArrayLike<number>, pModel: ArrayLike<number>): Float64Array {
  const out = new Float64Array(pData.length);
  for (let k = 0; k < out.length; k++) {
    const s = pData[k] + pModel[k];
    out[k] = s > 0 ? pData[k] / s : NaN;
  }
  return out;
}

/** ∫ |D − D*| (p_data + p_model)/2 dx over the bins where D* is defined: 0 iff D = D* where it matters. */
export function discriminatorGap(
  d: ArrayLike<number>,
  dStar: ArrayLike<number>,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): number {
  let sum = 0;
  for (let k = 0; k < dStar.length; k++) {
    if (Number.isNaN(dStar[k])) continue;
    sum += Math.abs(d[k] - dStar[k]) * (pData[k] + pModel[k]) * 0.5;
  }
  return sum * dx;
}

/**
 * D's output is clamped into [D_CLAMP, 1 − D_CLAMP] before the log: a float32 sigmoid can return
 * exactly 0 or 1, and log(0) = −∞ would turn one saturated bin into an infinite loss. 1e-7 is the
 * epsilon tfjs's own log loss uses; it caps any bin's term at −log(1e-7) ≈ 16.1 nats.
 */
export const D_CLAMP = 1e-7;

/**
 * J(D) = −½ ∫ p_data log D dx − ½ ∫ p_model log(1 − D) dx by quadrature on the grid (docs/theory.md §6).
 * Bins where a density is 0 contribute nothing to its term (0·log anything = 0), which also skips the
 * NaN of D* where both densities vanish. Mass of p_model outside the grid is not counted.
 */
export function expectedDiscriminatorLoss(
  d: ArrayLike<number>,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): number {
  let real = 0,
    fake = 0;
  for (let k = 0; k < pData.length; k++) {
    const dk = Math.min(1 - D_CLAMP, Math.max(D_CLAMP, d[k]));
    if (pData[k] > 0) real += pData[k] * Math.log(dk);
    if (pModel[k] > 0) fake += pModel[k] * Math.log1p(-dk);
  }
  return -0.5 * (real + fake) * dx;
}
