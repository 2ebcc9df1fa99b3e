// One D update's and one G update's gradient, shared by the single GAN (tfGan.ts) and N GANs trained as
// one (batchedGan.ts): the same kernels on [1, B, 1] batches or on [N, B, 1] batches with a leading
// model dimension (flatNetwork.ts). The caller owns the draws (so a run's random numbers come in the
// single run's order) and applies the gradient with its optimizer.
import * as tf from '@tensorflow/tfjs-core';
import type { TrainingSettings } from '../core/settings';
import { OBJECTIVE_SPECS } from '../core/objectiveSpecs';
import { r1Gradient } from './r1';
import { OBJECTIVE_OPS } from './objectiveOps';
import { backward, forward, type Batch, type FlatNetwork } from './flatNetwork';

type Networks = FlatNetwork<tf.Rank.R1> | FlatNetwork<tf.Rank.R2>;

/** A run's draws, in the order an update asks for them (the order is the run: keep it). */
export interface StepDraws {
  /** A batch of z. */
  noise(): Batch;
  /** A batch from p_data. */
  real(): Batch;
  /** D's input with instance noise added (or as it is while σ is 0). */
  withInstanceNoise(x: Batch): Batch;
  /** n draws from U(0, 1) per network (WGAN-GP's interpolation). */
  uniform(n: number): Float32Array;
}

/**
 * D's gradient on a fresh [real; fake] batch, with R1 and the objective's own penalty; `scale` is what
 * the optimizer multiplies it by (h/B). Also the fakes and D's logits, which a single run keeps.
 */
export function discriminatorGradient(
  g: Networks,
  d: Networks,
  settings: TrainingSettings,
  labels: Batch,
  draws: StepDraws,
) {
  const { objective } = settings;
  const ops = OBJECTIVE_OPS[objective];
  // J(D) = h·(mean over real of ℓ_real(a) + mean over fake of ℓ_fake(a)): dJ/da = h/B · slope, and
  // the h/B is applied inside the optimizer's update, where it costs no kernel.
  const h = OBJECTIVE_SPECS[objective].dWeight;
  const out = tf.tidy(() => {
    const fakes = forward(g.layers, g.spec.activation, draws.noise()).at(-1)!;
    const real = draws.real();
    const input = draws.withInstanceNoise(tf.concat([real, fakes], 1));
    const acts = forward(d.layers, d.spec.activation, input);
    const logits = acts.at(-1)!;
    const dLogits = ops.discriminatorSlope(logits, labels);
    let grad = backward(d.layers, acts, d.spec.activation, dLogits, true, false).dParams!;
    const gamma = settings.r1Gamma;
    if (gamma > 0) {
      // + γ/2·mean over the real half of (∂a/∂x)²: ½Σ c g² with c = γ/h on real samples, at scale h/B.
      const c = tf.mul(labels, gamma / h) as Batch;
      grad = tf.add(grad, r1Gradient(d.layers, acts, d.spec.activation, c));
    }
    // The objective's own penalty (WGAN-GP's), at the same scale h/B.
    const penalty = ops.penalty?.({
      layers: d.layers,
      activation: d.spec.activation,
      real,
      fakes,
      settings,
      dWeight: h,
      uniform: draws.uniform,
    });
    if (penalty) grad = tf.add(grad, penalty);
    return { fakes, logits, grad };
  });
  return { ...out, scale: h / (out.logits.shape[1] / 2) };
}

/** G's gradient on a fresh noise batch against the current D; `scale` is the optimizer's (c/B). */
export function generatorGradient(g: Networks, d: Networks, settings: TrainingSettings, draws: StepDraws) {
  const { objective, generatorLoss } = settings;
  const out = tf.tidy(() => {
    const gActs = forward(g.layers, g.spec.activation, draws.noise());
    // Instance noise is added, so ∂(G(z) + n)/∂G(z) = 1: D's input gradient is G's output gradient.
    const dActs = forward(d.layers, d.spec.activation, draws.withInstanceNoise(gActs.at(-1)!));
    const logits = dActs.at(-1)!;
    // J(G) = c·mean ℓ_G(a): dJ/da = c/B·ℓ_G′(a), the c/B applied by the optimizer.
    const dLogits = OBJECTIVE_OPS[objective].generator[generatorLoss].slope(logits);
    const { dInput } = backward(d.layers, dActs, d.spec.activation, dLogits, false, true);
    const { dParams } = backward(g.layers, gActs, g.spec.activation, dInput!, true, false);
    return { logits, grad: dParams! };
  });
  return { ...out, scale: OBJECTIVE_SPECS[objective].gWeight / out.logits.shape[1] };
}
