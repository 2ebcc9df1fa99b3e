// The objectives of core/objectives.ts as tfjs ops on a batch of D's raw outputs a ([1, N, 1]): the
// per-sample costs (for the lazy loss read-out) and their slopes in a (the start of the backward pass).
// tfGan.test.ts ("the objectives in tfjs") checks each slope against tf.grads of its cost and each cost
// against the core's.
import * as tf from '@tensorflow/tfjs-core';
import type { Objective } from '../core/objectives';
import type { GeneratorLossKind } from '../core/settings';
import type { Batch } from './tfGan';

/** ℓ_real(a) and ℓ_fake(a), elementwise. */
export function discriminatorCosts(objective: Objective, a: tf.Tensor): { real: tf.Tensor; fake: tf.Tensor } {
  switch (objective) {
    case 'gan':
      return { real: tf.softplus(tf.neg(a)), fake: tf.softplus(a) };
    case 'lsgan':
      return { real: tf.square(tf.sub(a, 1)), fake: tf.square(a) };
    case 'wgan':
    case 'wgan-gp':
      return { real: tf.neg(a), fake: a };
    case 'hinge':
      return { real: tf.relu(tf.sub(1, a)), fake: tf.relu(tf.add(1, a)) };
  }
}

/**
 * dℓ/da per sample of a [real; fake] batch, `labels` 1 on the real half and 0 on the generated one:
 * y·ℓ_real′(a) + (1 − y)·ℓ_fake′(a), in as few kernels as each objective allows.
 */
export function discriminatorSlope(objective: Objective, a: Batch, labels: Batch): Batch {
  switch (objective) {
    case 'gan':
      return tf.sub(tf.sigmoid(a), labels); // σ(a) − 1 on real, σ(a) on fake
    case 'lsgan':
      return tf.mul(tf.sub(a, labels), 2); // 2(a − 1), 2a
    case 'wgan':
    case 'wgan-gp':
      return tf.sub(1, tf.mul(labels, 2)); // −1, +1
    case 'hinge': {
      // −[a < 1] on real, [a > −1] on fake; tf.step(v) is 1 where v > 0.
      const real = tf.mul(labels, tf.step(tf.sub(1, a)));
      const fake = tf.mul(tf.sub(1, labels), tf.step(tf.add(a, 1)));
      return tf.sub(fake, real);
    }
  }
}

/** ℓ_G(a) per generated sample. */
export function generatorCost(objective: Objective, loss: GeneratorLossKind, a: tf.Tensor): tf.Tensor {
  switch (objective) {
    case 'gan':
      return loss === 'minimax' ? tf.neg(tf.softplus(a)) : tf.softplus(tf.neg(a));
    case 'lsgan':
      return tf.square(tf.sub(a, 1));
    default:
      return tf.neg(a);
  }
}

/** dℓ_G/da per generated sample. */
export function generatorSlope(objective: Objective, loss: GeneratorLossKind, a: Batch): Batch {
  switch (objective) {
    case 'gan':
      return loss === 'minimax' ? tf.neg(tf.sigmoid(a)) : tf.sub(tf.sigmoid(a), 1);
    case 'lsgan':
      return tf.mul(tf.sub(a, 1), 2);
    default:
      return tf.fill(a.shape, -1) as Batch;
  }
}
