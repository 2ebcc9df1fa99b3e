// J(D*) of any objective for the current G, two ways (docs/theory.md §6.9): by quadrature of the best D
// itself and by the divergence it equals; and what each objective's J(D*) says about its divergence
// (LSGAN's Δ, hinge's TV), and the check J(D) ≥ J(D*) that the D in play must pass.
import { optimumKey, sameOptimum } from './formulaObjectives';
import { objectiveOf } from './objectives';
import type { Objective } from './objectives';
import { expectedObjectiveLoss, optimalLossClosedForm, optimalOutput } from './optimalDiscriminators';
import type { Analysis } from './protocol';

/** J(D*) of one objective for one G. */
export interface Optimum {
  /** By quadrature of the best D itself. */
  quadrature: number;
  /** By the divergence's own formula: log 2 − JS, ¼ − Δ/8, −W₁, 2 − 2·TV. */
  closedForm: number;
}

/** J(D*) two ways from the two densities on the grid (WGAN-GP: WGAN's, the penalty being 0 at f*). */
export function objectiveOptimum(
  objective: Objective,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): Optimum {
  const key = optimumKey(objective);
  const best = optimalOutput(key, pData, pModel, dx);
  return {
    quadrature: expectedObjectiveLoss(key, best, pData, pModel, dx),
    closedForm: optimalLossClosedForm(key, pData, pModel, dx),
  };
}

/** The analysis's own J(D*) when it was computed for this objective's optimum; null otherwise. */
export function analysisOptimum(a: Analysis, objective: Objective): Optimum | null {
  if (!sameOptimum(objectiveOf(a), objective) || a.jdStar === undefined || a.jdStarClosedForm === undefined)
    return null;
  return { quadrature: a.jdStar, closedForm: a.jdStarClosedForm };
}

/** J(D*) for a snapshot: the analysis's for the objective in play, from its densities otherwise. */
export const optimumOf = (a: Analysis, objective: Objective, dx: number): Optimum =>
  analysisOptimum(a, objective) ?? objectiveOptimum(objective, a.pData, a.pModel, dx);

/** Rounding of the quadrature aside, no D does better than the best one: J(D) ≥ J(D*). */
const BOUND_TOLERANCE = 1e-9;
export const boundHolds = (jd: number, best: number): boolean => jd - best >= -BOUND_TOLERANCE;

/** LSGAN: J(D*) = ¼ − Δ/8, so Δ = ∫ (p_data − p_model)²/(p_data + p_model) dx = 8·(¼ − J(D*)). */
export const lsganDelta = (jdStar: number): number => 8 * (0.25 - jdStar);

/** Hinge: J(D*) = 2 − 2·TV, so TV = ½∫ |p_data − p_model| dx = (2 − J(D*))/2. */
export const hingeTotalVariation = (jdStar: number): number => (2 - jdStar) / 2;
