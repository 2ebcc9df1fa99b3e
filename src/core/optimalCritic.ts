// The optimal critic of WGAN and WGAN-GP on the grid (docs/theory.md §6.9): over 1-Lipschitz critics f,
// E_data f − E_model f is largest for f* with f*′ = sign(F_model − F_data), and it then equals W1. Also
// what a critic's slope and constant mean on the grid: its largest slope where it matters, and the
// critic centred (a critic is defined up to a constant).

/** Below this, F_model − F_data is rounding, not mass: the optimal critic is flat there. */
const CDF_TOLERANCE = 1e-9;

/**
 * sign(F_model − F_data) at each bin centre (bin averages: half of bin k's mass counts at its centre),
 * 0 where the two agree to CDF_TOLERANCE (e.g. left of both densities).
 */
function cdfOrder(pData: ArrayLike<number>, pModel: ArrayLike<number>, dx: number): Float64Array {
  const out = new Float64Array(pData.length);
  let below = 0;
  for (let k = 0; k < out.length; k++) {
    const bin = (pModel[k] - pData[k]) * dx;
    const diff = below + 0.5 * bin;
    out[k] = Math.abs(diff) > CDF_TOLERANCE ? Math.sign(diff) : 0;
    below += bin;
  }
  return out;
}

/**
 * The optimal critic f* (1-Lipschitz, maximising E_data f − E_model f) at the bin centres: f*′ =
 * sign(F_model − F_data), integrated by the trapezoid rule, then shifted so that its mean under
 * (p_data + p_model)/2 is 0 (a critic is defined up to a constant; the charts compare centred critics).
 */
export function optimalCritic(pData: ArrayLike<number>, pModel: ArrayLike<number>, dx: number): Float64Array {
  const order = cdfOrder(pData, pModel, dx);
  const f = new Float64Array(order.length);
  for (let k = 1; k < f.length; k++) f[k] = f[k - 1] + 0.5 * dx * (order[k - 1] + order[k]);
  return centred(f, pData, pModel);
}

/**
 * −f*′(x) = −sign(F_model − F_data) at the bin centres: the slope in x of G's cost −f*(x) against the
 * optimal critic, exactly (the push the optimal-D mode gives G's samples).
 */
export function optimalCriticPush(pData: ArrayLike<number>, pModel: ArrayLike<number>, dx: number): Float64Array {
  return cdfOrder(pData, pModel, dx).map((o) => -o);
}

/** `a` minus its mean under (p_data + p_model)/2 (unchanged when both densities are 0 on the grid). */
export function centred(a: ArrayLike<number>, pData: ArrayLike<number>, pModel: ArrayLike<number>): Float64Array {
  let sum = 0,
    mass = 0;
  for (let k = 0; k < a.length; k++) {
    const w = pData[k] + pModel[k];
    if (w > 0 && Number.isFinite(a[k])) {
      sum += w * a[k];
      mass += w;
    }
  }
  const mean = mass > 0 ? sum / mass : 0;
  return Float64Array.from(a, (v) => v - mean);
}

/**
 * The largest slope |Δa/Δx| of an output between neighbouring bin centres where it matters: where the
 * two distribution functions differ (J(f) = −∫(F_model − F_data) f′ dx weighs the slope there, gaps
 * between the supports included) or where either density is at least 1e-3 of its peak. A critic's
 * Lipschitz constant K as far as the grid can see it.
 */
export function largestSlope(
  a: ArrayLike<number>,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): number {
  const order = cdfOrder(pData, pModel, dx);
  let peak = 0;
  for (let i = 0; i < a.length; i++) peak = Math.max(peak, pData[i] + pModel[i]);
  const matters = (i: number) => order[i] !== 0 || pData[i] + pModel[i] >= 1e-3 * peak;
  let k = 0;
  for (let i = 1; i < a.length; i++) {
    if (!matters(i) && !matters(i - 1)) continue;
    const s = Math.abs(a[i] - a[i - 1]) / dx;
    if (Number.isFinite(s) && s > k) k = s;
  }
  return k;
}
