// The best discriminator of each objective for a fixed G, exactly, from the two densities on the grid
// (docs/theory.md §6.9): its output, the value J(D*) it reaches, the divergence that value equals, and
// the push it gives G's samples (the optimal-D mode trains G against it). Each objective's own maths is
// its entry in OBJECTIVE_SPECS (objectiveSpecs.ts; the table of best outputs and J(D*) is there).
import type { GeneratorLossKind } from './settings';
import type { Objective } from './objectives';
import { OBJECTIVE_SPECS } from './objectiveSpecs';

/**
 * The best output as the charts show it (D* for the original GAN, a* otherwise) at the bin centres;
 * NaN where it is not defined (both densities 0; for a critic, nowhere).
 */
export const optimalOutput = (
  objective: Objective,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): Float64Array => OBJECTIVE_SPECS[objective].optimalOutput(pData, pModel, dx);

/**
 * J(D) of an output `shown` (as optimalOutput gives it: D for the original GAN, a otherwise) by
 * quadrature against the two densities. For a critic, the penalty of WGAN-GP is not included.
 */
export const expectedObjectiveLoss = (
  objective: Objective,
  shown: ArrayLike<number>,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): number => OBJECTIVE_SPECS[objective].expectedLoss(shown, pData, pModel, dx);

/** The divergence form of J(D*), from the densities by its own formula. */
export const optimalLossClosedForm = (
  objective: Objective,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): number => OBJECTIVE_SPECS[objective].closedForm(pData, pModel, dx);

/**
 * ∂ℓ_G(a*(x))/∂x at the bin centres: the slope of G's per-sample cost against the optimal
 * discriminator, which the optimal-D mode backpropagates through G (a gradient step moves a sample
 * along minus this); 0 everywhere for an objective whose best D gives no gradient (hinge).
 */
export const optimalGeneratorSlope = (
  objective: Objective,
  generatorLoss: GeneratorLossKind,
  pData: ArrayLike<number>,
  pModel: ArrayLike<number>,
  dx: number,
): Float64Array =>
  OBJECTIVE_SPECS[objective].optimalGeneratorSlope?.(generatorLoss, pData, pModel, dx) ??
  new Float64Array(pData.length);
