// Penalties on D's slope in x, by hand: the R1 gradient penalty (Mescheder et al. 2018) and WGAN-GP's
// (Gulrajani et al. 2017). R1, by hand like the rest of the backward pass:
// R1 = γ/2 · E_{x~p_data}[(∂ logit/∂x)²] is added to D's loss, which damps D's slope on the data and so
// the circling of the game. x is 1-D, so ∂ logit/∂x is one number per sample, found by pushing a
// tangent through the network (forward mode); its gradient with respect to D's weights comes from
// pulling that tangent back (docs/theory.md §6.7). Checked against finite differences in r1.test.ts.
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from '../core/settings';
import { LEAKY_SLOPE } from '../core/network';
import { gradientLayout, layerMatMul, type Batch, type Layer } from './flatNetwork';

/** σ′(a) of a hidden layer from its output h = σ(a): tanh′ = 1 − h², (leaky) ReLU′ = [h > 0] or α. */
function slope(h: Batch, activation: Activation): Batch {
  if (activation === 'tanh') return tf.sub(1, tf.square(h)) as Batch;
  return tf.step(h, activation === 'relu' ? 0 : LEAKY_SLOPE) as Batch;
}

/**
 * ∂ logit/∂x per sample ([1, N, 1]) and the tangents the gradient needs, from the activations a
 * forward pass kept (acts[0] = x, acts[l + 1] = hidden outputs, last = logit).
 */
export function inputGradient(layers: Layer[], acts: Batch[], activation: Activation) {
  const last = layers.length - 1;
  const tangents: Batch[] = [tf.onesLike(acts[0])]; // ∂h_l/∂x, h_0 = x
  const preTangents: Batch[] = []; // ∂a_l/∂x
  const slopes: Batch[] = [];
  layers.forEach((layer, l) => {
    const aDot = layerMatMul(tangents[l], layer.w);
    preTangents.push(aDot);
    if (l < last) {
      slopes.push(slope(acts[l + 1], activation));
      tangents.push(tf.mul(aDot, slopes[l]) as Batch);
    }
  });
  return { g: preTangents[last], tangents, preTangents, slopes };
}

/**
 * The gradient with respect to D's flat parameters (network.ts layout) of P = ½ Σ_i c_i g_i², where
 * g_i = ∂ logit/∂x at sample i. With c_i = 2γ·[x_i real] and the optimiser's 1/(2B) this is the
 * gradient of γ/2 · mean over the real half of g² (see discriminatorStep).
 */
export function r1Gradient(layers: Layer[], acts: Batch[], activation: Activation, c: Batch): tf.Tensor {
  return penaltyGradient(layers, acts, activation, (g) => tf.mul(c, g) as Batch);
}

/**
 * The gradient of WGAN-GP's penalty P = Σ_i λ(|g_i| − 1)² (Gulrajani et al. 2017; in 1-D the gradient's
 * norm is |g|): ∂P/∂g_i = 2λ(g_i − sign g_i). One-sided, P = Σ_i λ·max(0, |g_i| − 1)² (only slopes above 1
 * are penalised): ∂P/∂g_i = 2λ·max(0, |g_i| − 1)·sign g_i. `lambdaTimesScale` is λ with the optimiser's
 * scale folded in.
 */
export function gradientPenaltyGradient(
  layers: Layer[],
  acts: Batch[],
  activation: Activation,
  lambdaTimesScale: number,
  oneSided = false,
): tf.Tensor {
  return penaltyGradient(layers, acts, activation, (g) => {
    const excess = oneSided ? tf.mul(tf.relu(tf.sub(tf.abs(g), 1)), tf.sign(g)) : tf.sub(g, tf.sign(g));
    return tf.mul(excess, 2 * lambdaTimesScale) as Batch;
  });
}

/**
 * The gradient with respect to D's flat parameters of a penalty Σ_i P_i(g_i) on the input slopes
 * g_i = ∂ logit/∂x, given ∂P_i/∂g_i as a function of g: pulls that adjoint back through the tangents.
 * [P], or [N, P] for N networks (flatNetwork.ts's gradientLayout).
 */
function penaltyGradient(layers: Layer[], acts: Batch[], activation: Activation, dPdg: (g: Batch) => Batch): tf.Tensor {
  const layout = gradientLayout(layers);
  const { g, tangents, preTangents, slopes } = inputGradient(layers, acts, activation);
  const pieces: tf.Tensor[] = [];
  // Adjoints of ∂a_l/∂x (the tangent path) and of a_l itself (only tanh's σ′ depends on a: σ″ ≠ 0).
  let adjADot: Batch = dPdg(g);
  let adjA: Batch | null = null;
  for (let l = layers.length - 1; l >= 0; l--) {
    const w = layers[l].w;
    let dW = tf.matMul(tangents[l], adjADot, true, false);
    if (adjA) dW = tf.add(dW, tf.matMul(acts[l], adjA, true, false));
    const db = adjA ? layout.biasSum(adjA) : layout.zeroBias(w.shape[2]);
    pieces.push(db, layout.weight(dW));
    if (l === 0) break;
    const adjHDot = layerMatMul(adjADot, w, true);
    const adjH: Batch | null = adjA ? layerMatMul(adjA, w, true) : null;
    const s = slopes[l - 1];
    const nextADot = tf.mul(adjHDot, s) as Batch;
    let nextA: Batch | null = adjH ? (tf.mul(adjH, s) as Batch) : null;
    if (activation === 'tanh') {
      // h = tanh(a): σ″(a) = −2h(1 − h²) = −2h·σ′.
      const curvature = tf.mul(tf.mul(acts[l], s), -2);
      const viaSlope = tf.mul(tf.mul(adjHDot, preTangents[l - 1]), curvature) as Batch;
      nextA = nextA ? (tf.add(nextA, viaSlope) as Batch) : viaSlope;
    }
    adjADot = nextADot;
    adjA = nextA;
  }
  return layout.join(pieces);
}
