// The GAN objectives the playground trains (docs/theory.md §6.9), each written once as per-sample costs
// of D's raw output a (the logit for the original GAN, the critic value f(x) for WGAN), so that:
//   J(D) = h · (E_data[ℓ_real(a)] + E_model[ℓ_fake(a)])        J(G) = c · E_model[ℓ_G(a)]
// The engine trains the same costs in tfjs; here they serve the exact analysis (quadrature on the
// grid), the optimal discriminator of each objective, and the optimal-D mode's generator push.
import type { GeneratorLossKind } from './settings';
import { sigmoid, softplus } from './generatorGradient';

export type Objective = 'gan' | 'lsgan' | 'wgan' | 'wgan-gp' | 'hinge';
export const OBJECTIVES: readonly Objective[] = ['gan', 'lsgan', 'wgan', 'wgan-gp', 'hinge'];

/** WGAN and WGAN-GP call D a critic: its output is a score, not a probability, and J(D*) = −W1. */
export const isWasserstein = (o: Objective): boolean => o === 'wgan' || o === 'wgan-gp';

/** The optimal discriminator of the hinge loss is the step sign(p_data − p_model): it gives G no gradient. */
export const hasOptimalDGradient = (o: Objective): boolean => o !== 'hinge';

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
  switch (objective) {
    case 'gan':
      // J(D) = −½E_data log σ(a) − ½E_model log(1 − σ(a)); softplus(−a) = −log σ(a).
      return {
        dWeight: 0.5,
        real: (a) => softplus(-a),
        fake: (a) => softplus(a),
        realSlope: (a) => sigmoid(a) - 1,
        fakeSlope: (a) => sigmoid(a),
        gWeight: 0.5,
        ...(generatorLoss === 'minimax'
          ? { generator: (a: number) => -softplus(a), generatorSlope: (a: number) => -sigmoid(a) }
          : { generator: (a: number) => softplus(-a), generatorSlope: (a: number) => sigmoid(a) - 1 }),
      };
    case 'lsgan':
      // Mao et al. 2017 with labels 0 (generated) and 1 (real), and G aiming at 1.
      return {
        dWeight: 0.5,
        real: (a) => (a - 1) ** 2,
        fake: (a) => a * a,
        realSlope: (a) => 2 * (a - 1),
        fakeSlope: (a) => 2 * a,
        gWeight: 0.5,
        generator: (a) => (a - 1) ** 2,
        generatorSlope: (a) => 2 * (a - 1),
      };
    case 'wgan':
    case 'wgan-gp':
      // J(D) = E_model f − E_data f (the penalty or the clipping keeps f near 1-Lipschitz); J(G) = −E_model f.
      return {
        dWeight: 1,
        real: (a) => -a,
        fake: (a) => a,
        realSlope: () => -1,
        fakeSlope: () => 1,
        gWeight: 1,
        generator: (a) => -a,
        generatorSlope: () => -1,
      };
    case 'hinge':
      return {
        dWeight: 1,
        real: (a) => Math.max(0, 1 - a),
        fake: (a) => Math.max(0, 1 + a),
        realSlope: (a) => (a < 1 ? -1 : 0),
        fakeSlope: (a) => (a > -1 ? 1 : 0),
        gWeight: 1,
        generator: (a) => -a,
        generatorSlope: () => -1,
      };
  }
}

/**
 * D as the charts show it: the probability σ(a) for the original GAN, the raw output a otherwise
 * (LSGAN's a is itself a score in [0, 1] at the optimum; a critic's f is unbounded).
 */
export const shownOutput = (objective: Objective, a: number): number => (objective === 'gan' ? sigmoid(a) : a);
