// The GAN objectives the playground trains (docs/theory.md §6.9): their ids, in the order the settings
// list them. Everything about each one is its entry in OBJECTIVE_SPECS (objectiveSpecs.ts); the
// questions asked of an objective everywhere are answered here from that entry.
import type { GeneratorLossKind } from './settings';
import { logit, sigmoid } from './generatorGradient';
import { OBJECTIVE_SPECS } from './objectiveSpecs';

export const OBJECTIVES = ['gan', 'lsgan', 'wgan', 'wgan-gp', 'hinge'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** Whether the best D gives G a gradient (the hinge loss's step does not): the optimal-D mode needs one. */
export const hasOptimalDGradient = (o: Objective): boolean => OBJECTIVE_SPECS[o].optimalGeneratorSlope !== null;

/** An objective's per-sample costs in one flat record. */
export interface ObjectiveCosts {
  /** h in J(D) = h·(E_data ℓ_real + E_model ℓ_fake). */
  dWeight: number;
  real(a: number): number;
  fake(a: number): number;
  /** dℓ_real/da and dℓ_fake/da. */
  realSlope(a: number): number;
  fakeSlope(a: number): number;
  /** c in J(G) = c·E_model ℓ_G. */
  gWeight: number;
  generator(a: number): number;
  generatorSlope(a: number): number;
}

/** The per-sample costs of an objective (the original GAN's G cost depends on the generator loss). */
export function objectiveCosts(
  objective: Objective,
  generatorLoss: GeneratorLossKind = 'non-saturating',
): ObjectiveCosts {
  const { dWeight, real, fake, gWeight, generator } = OBJECTIVE_SPECS[objective];
  return {
    dWeight,
    real: real.cost,
    fake: fake.cost,
    realSlope: real.slope,
    fakeSlope: fake.slope,
    gWeight,
    generator: generator[generatorLoss].cost,
    generatorSlope: generator[generatorLoss].slope,
  };
}

/** D as the charts show it, from its raw output a: the probability σ(a), or a itself (the spec's `shown`). */
export const shownOutput = (objective: Objective, a: number): number =>
  OBJECTIVE_SPECS[objective].shown === 'probability' ? sigmoid(a) : a;

/**
 * The raw output a from D as shown: the logit of a probability (clamped; where it is undefined, NaN,
 * D = ½ and a = 0), a itself otherwise (NaN stays NaN).
 */
export const rawOutput = (objective: Objective, shown: number): number =>
  OBJECTIVE_SPECS[objective].shown === 'probability' ? logit(Number.isNaN(shown) ? 0.5 : shown) : shown;

/** The objective a snapshot's analysis was computed for (one without it, from an older worker: the original GAN). */
export const objectiveOf = (analysis: { objective?: Objective } | null | undefined): Objective =>
  analysis?.objective ?? 'gan';
