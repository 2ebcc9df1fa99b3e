// The batch losses, read back lazily: a step computes no loss; the logits of the latest D and G updates
// are kept, and the losses are computed from them only when a snapshot asks (docs/theory.md §7.8).
import * as tf from '@tensorflow/tfjs-core';
import { OBJECTIVE_SPECS } from '../core/objectiveSpecs';
import type { TrainingSettings } from '../core/settings';
import type { Batch } from './flatNetwork';
import { OBJECTIVE_OPS } from './objectiveOps';

export interface Losses {
  /** J(D) = h·(lossDReal + lossDFake) of the objective (core/objectiveSpecs.ts; without WGAN-GP's penalty). */
  lossD: number;
  lossG: number;
  /**
   * lossD's two halves, each the mean over its half of the batch: real samples (y = 1), mean ℓ_real(a),
   * for the original GAN −log D(x) = softplus(−l); generated ones (y = 0), mean ℓ_fake(a), for the
   * original GAN −log(1 − D(G(z))) = softplus(l) (docs/theory.md §4).
   */
  lossDReal: number;
  lossDFake: number;
}

/**
 * The losses of the objective in `settings` from the logits of the latest D update (`dLogits`, [real;
 * fake]: the first half of the batch is real) and G update: one tensor, one read-back.
 */
export async function readLosses(settings: TrainingSettings, dLogits: Batch, gLogits: Batch): Promise<Losses> {
  const { objective, generatorLoss } = settings;
  const { dWeight, gWeight } = OBJECTIVE_SPECS[objective];
  const ops = OBJECTIVE_OPS[objective];
  const half = dLogits.shape[1] / 2;
  // [J(D), J(G), real half, fake half].
  const all = tf.tidy(() => {
    const real = tf.mean(ops.discriminatorCosts(tf.slice(dLogits, [0, 0, 0], [1, half, 1])).real);
    const fake = tf.mean(ops.discriminatorCosts(tf.slice(dLogits, [0, half, 0], [1, half, 1])).fake);
    return tf.stack([
      tf.mul(dWeight, tf.add(real, fake)),
      tf.mul(gWeight, tf.mean(ops.generator[generatorLoss].cost(gLogits))),
      real,
      fake,
    ]);
  });
  try {
    const [lossD, lossG, lossDReal, lossDFake] = await all.data();
    return { lossD, lossG, lossDReal, lossDFake };
  } finally {
    all.dispose();
  }
}
