// How hard the best D of the objective in play pushes G's samples (docs/theory.md §6.10): the size of
// −∂J(G)/∂x against D*, averaged over p_model's mass on the grid, and the share of that mass it leaves
// still. The optimal-D mode trains G along exactly this push.
import { hasOptimalDGradient, objectiveCosts, type Objective } from './objectives';
import { optimalGeneratorSlope } from './optimalDiscriminators';
import type { GeneratorLossKind } from './settings';

/** Below this push a sample does not move (the saturation of §6.5 and §6.10). */
export const PUSH_FLOOR = 1e-6;

export interface PushStats {
  /** E_model |−∂J(G)/∂x| (per sample, the 1/B left out). */
  meanSpeed: number;
  /** The share of p_model's mass where the push is below PUSH_FLOOR. */
  stillShare: number;
}

/** The push statistics; null where the best D gives no gradient (hinge) or p_model has no mass on the grid. */
export function optimalPush(
  objective: Objective,
  generatorLoss: GeneratorLossKind,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): PushStats | null {
  if (!hasOptimalDGradient(objective)) return null;
  const slope = optimalGeneratorSlope(objective, generatorLoss, pData, pModel, dx);
  const c = objectiveCosts(objective, generatorLoss).gWeight;
  let mass = 0,
    speed = 0,
    still = 0;
  for (let k = 0; k < slope.length; k++) {
    const w = pModel[k] * dx;
    if (!(w > 0)) continue;
    const v = Math.abs(c * slope[k]);
    mass += w;
    speed += w * v;
    if (v < PUSH_FLOOR) still += w;
  }
  return mass > 0 ? { meanSpeed: speed / mass, stillShare: still / mass } : null;
}
