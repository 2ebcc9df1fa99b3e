// One snapshot's density/divergence picture: p_data, p_model, D, D*, KL both ways, JS, W1, the D gap,
// J(D) and the per-mode mass of a mixture target, all on one grid (docs/theory.md §7).
import type { Analysis } from './protocol';
import type { Distribution1D } from './distributions';
import { binWidth, type XGrid } from './grid';
import {
  binnedDensity,
  discriminatorGap,
  expectedDiscriminatorLoss,
  optimalDiscriminator,
  pushforwardDensity,
} from './density';
import { jsDivergence, klDivergence } from './divergences';
import { modeMasses } from './modeMass';
import { wasserstein1 } from './wasserstein';

export interface AnalysisInput {
  target: Distribution1D;
  /** G at the edges of equal-probability z-cells (noiseQuantileEdges), length cells + 1. */
  gAtZEdges: ArrayLike<number>;
  /** D at the grid's bin centres, length grid.bins. */
  dAtCenters: ArrayLike<number>;
  grid: XGrid;
  /** binnedDensity(target, grid), when the caller already has it (it only changes with the target). */
  pData?: Float64Array;
}

export function analyze({ target, gAtZEdges, dAtCenters, grid, pData: knownPData }: AnalysisInput): Analysis {
  if (dAtCenters.length !== grid.bins)
    throw new RangeError(`analyze: D has ${dAtCenters.length} values for ${grid.bins} bins`);
  const dx = binWidth(grid);
  // A copy even when given: the snapshot's buffers are transferred to the main thread.
  const pData = knownPData ? knownPData.slice() : binnedDensity(target, grid);
  const { density: pModel, escapedMass } = pushforwardDensity(gAtZEdges, grid);
  const d = Float64Array.from(dAtCenters);
  const dStar = optimalDiscriminator(pData, pModel);
  return {
    pData,
    pModel,
    d,
    dStar,
    klForward: klDivergence(pData, pModel, dx),
    klReverse: klDivergence(pModel, pData, dx),
    js: jsDivergence(pData, pModel, dx),
    w1: wasserstein1(pData, pModel, dx),
    dGap: discriminatorGap(d, dStar, pData, pModel, dx),
    lossDExpected: expectedDiscriminatorLoss(d, pData, pModel, dx),
    escapedMass,
    // [] unless the target is a mixture of ≥ 2 Gaussians (a uniform has no components)
    modes: modeMasses(target.components ?? [], pModel, grid),
  };
}

/** KL(N(m1, s1²) ‖ N(m2, s2²)) = log(s2/s1) + (s1² + (m1−m2)²)/(2 s2²) − ½ (docs/theory.md §3), in nats. */
export function gaussianKL(m1: number, s1: number, m2: number, s2: number): number {
  return Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;
}
