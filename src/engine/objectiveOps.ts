// The objectives of core/objectiveSpecs.ts as tfjs ops, one entry per objective: on a batch of D's raw
// outputs a ([1, N, 1]) the per-sample costs (for the lazy loss read-out) and their slopes in a (the start
// of the backward pass), in as few kernels as each objective allows, and what an objective adds to D's
// update (WGAN-GP's penalty, WGAN's clipping). objectiveOps.test.ts checks each slope against tf.grads
// of its cost and each cost against the core's.
import * as tf from '@tensorflow/tfjs-core';
import type { Objective } from '../core/objectives';
import type { Activation, GeneratorLossKind, TrainingSettings } from '../core/settings';
import { forward, type Batch, type Layer } from './flatNetwork';
import { gradientPenaltyGradient } from './r1';

/** What a penalty on D sees of one D update. */
interface PenaltyInput {
  layers: Layer[];
  activation: Activation;
  /** The update's real and generated halves of the batch (before instance noise); [N, B, 1] for N networks. */
  real: Batch;
  fakes: Batch;
  settings: TrainingSettings;
  /** h in J(D) = h·(…): the optimizer applies h/B, so a penalty's gradient is given at that scale. */
  dWeight: number;
  /** n draws from U(0, 1) per network from its run's generator (runs stay reproducible), network after network. */
  uniform(n: number): Float32Array;
}

/** ℓ_G(a) per generated sample and its slope dℓ_G/da. */
interface GeneratorOps {
  cost(a: tf.Tensor): tf.Tensor;
  slope(a: Batch): Batch;
}

export interface ObjectiveOps {
  /** ℓ_real(a) and ℓ_fake(a), elementwise. */
  discriminatorCosts(a: tf.Tensor): { real: tf.Tensor; fake: tf.Tensor };
  /**
   * dℓ/da per sample of a [real; fake] batch, `labels` 1 on the real half and 0 on the generated one:
   * y·ℓ_real′(a) + (1 − y)·ℓ_fake′(a).
   */
  discriminatorSlope(a: Batch, labels: Batch): Batch;
  generator: Record<GeneratorLossKind, GeneratorOps>;
  /** A penalty's gradient in D's flat parameters, added to D's (null while it is off). */
  penalty?(input: PenaltyInput): tf.Tensor | null;
  /** A constraint on D's weights, applied after each D update. */
  constrain?(d: tf.Variable, settings: TrainingSettings): void;
}

const oneForBoth = (g: GeneratorOps): Record<GeneratorLossKind, GeneratorOps> => ({ 'non-saturating': g, minimax: g });

/** ℓ_G = −a: a critic's (and hinge's) G cost; its slope is −1 everywhere. */
const MINUS_A: GeneratorOps = { cost: (a) => tf.neg(a), slope: (a) => tf.fill(a.shape, -1) as Batch };

/** WGAN and WGAN-GP: the critic's costs, −a on real samples and a on generated ones. */
const CRITIC: Pick<ObjectiveOps, 'discriminatorCosts' | 'discriminatorSlope' | 'generator'> = {
  discriminatorCosts: (a) => ({ real: tf.neg(a), fake: a }),
  discriminatorSlope: (_a, labels) => tf.sub(1, tf.mul(labels, 2)), // −1, +1
  generator: oneForBoth(MINUS_A),
};

export const OBJECTIVE_OPS: Record<Objective, ObjectiveOps> = {
  gan: {
    discriminatorCosts: (a) => ({ real: tf.softplus(tf.neg(a)), fake: tf.softplus(a) }),
    discriminatorSlope: (a, labels) => tf.sub(tf.sigmoid(a), labels), // σ(a) − 1 on real, σ(a) on fake
    generator: {
      'non-saturating': { cost: (a) => tf.softplus(tf.neg(a)), slope: (a) => tf.sub(tf.sigmoid(a), 1) },
      minimax: { cost: (a) => tf.neg(tf.softplus(a)), slope: (a) => tf.neg(tf.sigmoid(a)) },
    },
  },
  lsgan: {
    discriminatorCosts: (a) => ({ real: tf.square(tf.sub(a, 1)), fake: tf.square(a) }),
    discriminatorSlope: (a, labels) => tf.mul(tf.sub(a, labels), 2), // 2(a − 1), 2a
    generator: oneForBoth({ cost: (a) => tf.square(tf.sub(a, 1)), slope: (a) => tf.mul(tf.sub(a, 1), 2) }),
  },
  wgan: {
    ...CRITIC,
    // Every weight of the critic clipped to [−c, c] (Arjovsky et al. 2017).
    constrain: (d, { clipValue: c }) => tf.tidy(() => d.assign(tf.clipByValue(d, -c, c))),
  },
  'wgan-gp': {
    ...CRITIC,
    // + λ·mean over x̂ = εx + (1 − ε)G(z), ε ~ U(0, 1), of (|∂f/∂x̂| − 1)² (one-sided: only above 1).
    penalty: ({ layers, activation, real, fakes, settings, dWeight, uniform }) => {
      const { gpLambda, gpOneSided } = settings;
      if (!(gpLambda > 0)) return null;
      const [models, n] = real.shape;
      const eps = tf.tensor3d(uniform(n), [models, n, 1]);
      const hat: Batch = tf.add(fakes, tf.mul(eps, tf.sub(real, fakes)));
      const hatActs = forward(layers, activation, hat);
      return gradientPenaltyGradient(layers, hatActs, activation, gpLambda / dWeight, gpOneSided);
    },
  },
  hinge: {
    discriminatorCosts: (a) => ({ real: tf.relu(tf.sub(1, a)), fake: tf.relu(tf.add(1, a)) }),
    discriminatorSlope: (a, labels) => {
      // −[a < 1] on real, [a > −1] on fake; tf.step(v) is 1 where v > 0.
      const real = tf.mul(labels, tf.step(tf.sub(1, a)));
      const fake = tf.mul(tf.sub(1, labels), tf.step(tf.add(a, 1)));
      return tf.sub(fake, real);
    },
    generator: oneForBoth(MINUS_A),
  },
};
