// One snapshot's density/divergence picture: p_data, p_model, D, D*, KL both ways, JS, W1, the D gap,
// J(D) and the per-mode mass of a mixture target, all on one grid (docs/theory.md §7).
import type { Analysis } from './protocol';
import type { Distribution1D } from './distributions';
import { binWidth, type XGrid } from './grid';
import { binnedDensity, discriminatorGap, pushforwardDensity } from './density';
import type { Objective } from './objectives';
import { OBJECTIVE_SPECS } from './objectiveSpecs';
import { centred, largestSlope } from './optimalCritic';
import { jsDivergence, klDivergence } from './divergences';
import { modeMasses } from './modeMass';
import { wasserstein1 } from './wasserstein';

export interface AnalysisInput {
  target: Distribution1D;
  /** G at the edges of equal-probability z-cells (noiseQuantileEdges), length cells + 1. */
  gAtZEdges: ArrayLike<number>;
  /** D at the grid's bin centres as the charts show it (shownOutput), length grid.bins. */
  dAtCenters: ArrayLike<number>;
  /** The objective D plays (default: the original GAN). */
  objective?: Objective;
  /** Optimal-D mode: the D in play is the exact optimum, not the network (whose `dAtCenters` are ignored). */
  optimalD?: boolean;
  grid: XGrid;
  /** binnedDensity(target, grid), when the caller already has it (it only changes with the target). */
  pData?: Float64Array;
}

export function analyze({
  target,
  gAtZEdges,
  dAtCenters,
  grid,
  pData: knownPData,
  objective = 'gan',
  optimalD = false,
}: AnalysisInput): Analysis {
  if (dAtCenters.length !== grid.bins)
    throw new RangeError(`analyze: D has ${dAtCenters.length} values for ${grid.bins} bins`);
  const dx = binWidth(grid);
  // A copy even when given: the snapshot's buffers are transferred to the main thread.
  const pData = knownPData ? knownPData.slice() : binnedDensity(target, grid);
  const { density: pModel, escapedMass } = pushforwardDensity(gAtZEdges, grid);
  const spec = OBJECTIVE_SPECS[objective];
  const best = spec.optimalOutput(pData, pModel, dx);
  const critic = spec.critic;
  // A critic is defined up to a constant: it is shown centred, like f*.
  const network = critic ? centred(dAtCenters, pData, pModel) : Float64Array.from(dAtCenters);
  const d = optimalD ? best.slice() : network;
  // The best critic drawn at the size of the one in play (least squares): clipping makes it small.
  const criticScale = critic && !optimalD ? leastSquaresScale(d, best, pData, pModel) : 1;
  const dStar = criticScale === 1 ? best : best.map((v) => criticScale * v);
  return {
    objective,
    optimalD,
    pData,
    pModel,
    d,
    dStar,
    jdStar: spec.expectedLoss(best, pData, pModel, dx),
    jdStarClosedForm: spec.closedForm(pData, pModel, dx),
    criticSlope: critic ? largestSlope(d, pData, pModel, dx) : NaN,
    criticScale,
    klForward: klDivergence(pData, pModel, dx),
    klReverse: klDivergence(pModel, pData, dx),
    js: jsDivergence(pData, pModel, dx),
    w1: wasserstein1(pData, pModel, dx),
    dGap: discriminatorGap(d, dStar, pData, pModel, dx),
    lossDExpected: spec.expectedLoss(d, pData, pModel, dx),
    escapedMass,
    // [] unless the target is a mixture of ≥ 2 Gaussians (a uniform has no components)
    modes: modeMasses(target.components ?? [], pModel, grid),
  };
}

/** KL(N(m1, s1²) ‖ N(m2, s2²)) = log(s2/s1) + (s1² + (m1−m2)²)/(2 s2²) − ½ (docs/theory.md §3), in nats. */
export function gaussianKL(m1: number, s1: number, m2: number, s2: number): number {
  return Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;
}

/** The K minimising ∫ (a − K·b)² (p_data + p_model) dx: b scaled to a's size (0 when b is 0 where the mass is). */
function leastSquaresScale(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
): number {
  let ab = 0,
    bb = 0;
  for (let k = 0; k < a.length; k++) {
    const w = pData[k] + pModel[k];
    if (!(w > 0) || !Number.isFinite(a[k]) || !Number.isFinite(b[k])) continue;
    ab += w * a[k] * b[k];
    bb += w * b[k] * b[k];
  }
  return bb > 0 ? ab / bb : 0;
}
