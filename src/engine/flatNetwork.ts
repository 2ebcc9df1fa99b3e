// A network in tfjs as the engine trains it. Speed at this size is set by the number of kernels per step,
// not by the maths (docs/engine.md §2), so: each network keeps ALL its weights in one flat variable (the
// optimizer updates one tensor: ~12 kernels instead of ~12 per weight tensor), the forward pass uses
// fused matMul+bias, and the backward pass is written out by hand (no gradient tape).
// The same code trains N networks at once (batchedGan.ts): a leading model dimension on the flat
// variable ([N, P]), the weights ([N, in, out]), the biases ([N, 1, out]) and the activations.
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from '../core/settings';
import { LEAKY_SLOPE, mlpLayout, type MlpSpec } from '../core/network';

/**
 * One layer's weights: views of the network's flat parameter vector, refreshed after each update.
 * b is [out] for one network (the fused kernel's bias) and [N, 1, out] for N networks.
 */
export interface Layer {
  w: tf.Tensor3D;
  b: tf.Tensor1D | tf.Tensor3D;
}

/**
 * A network's parameters: one flat variable (what the optimizer updates: few kernels) plus its layers
 * split out once per update (so a forward pass needs no slicing).
 */
export class FlatNetwork<R extends tf.Rank.R1 | tf.Rank.R2 = tf.Rank.R1> {
  /** [P] for one network, [N, P] for N networks (one row each; FlatNetwork<tf.Rank.R2>). */
  readonly flat: tf.Variable<R>;
  /** N while the network is N networks, else null. */
  readonly models: number | null;
  layers: Layer[] = [];
  private readonly sizes: number[];
  private readonly shapes: [number, number, number][];

  /**
   * `initial`: one network's parameters, or N networks' one after the other with `models` = N (a tensor
   * is cloned with its shape: [P] or [N, P]).
   */
  constructor(
    readonly spec: MlpSpec,
    initial: Float32Array | tf.Tensor,
    name: string,
    trainable = true,
    models?: number,
  ) {
    this.flat = tf.tidy(() => {
      if (!(initial instanceof Float32Array)) return tf.variable(tf.clone(initial), trainable, name);
      const values =
        models === undefined ? tf.tensor1d(initial) : tf.tensor2d(initial, [models, initial.length / models]);
      return tf.variable(values, trainable, name);
    }) as tf.Variable<R>;
    this.models = this.flat.rank === 2 ? this.flat.shape[0] : null;
    const { layers } = mlpLayout(spec);
    this.sizes = layers.flatMap(({ inSize, outSize }) => [inSize * outSize, outSize]);
    this.shapes = layers.map(({ inSize, outSize }) => [this.models ?? 1, inSize, outSize]);
    this.split();
  }

  split(): void {
    for (const l of this.layers) {
      l.w.dispose();
      l.b.dispose();
    }
    const n = this.models;
    this.layers = tf.tidy(() => {
      const parts = tf.split(this.flat, this.sizes, n === null ? 0 : 1);
      return this.shapes.map((shape, i) => ({
        w: tf.reshape(parts[2 * i], shape) as tf.Tensor3D,
        b: n === null ? (parts[2 * i + 1] as tf.Tensor1D) : (tf.reshape(parts[2 * i + 1], [n, 1, -1]) as tf.Tensor3D),
      }));
    });
  }

  dispose(): void {
    for (const l of this.layers) {
      l.w.dispose();
      l.b.dispose();
    }
    this.flat.dispose();
  }
}

/**
 * Activations are [1, batch, width] (N networks: [N, batch, width]): the rank tfjs's fused matMul kernel
 * works in, so we can call it directly.
 */
export type Batch = tf.Tensor3D;

const FUSED_ACTIVATION = { tanh: 'linear', relu: 'relu', leakyRelu: 'leakyrelu' } as const;

/**
 * x·W + b (+ relu / leaky ReLU) in ONE kernel. tf.fused.matMul would wrap that kernel in reshapes and a
 * custom-gradient op (5 dispatches); on rank-3 inputs the kernel can be run as it is.
 */
function denseLayer(x: Batch, layer: Layer, activation: 'linear' | 'relu' | 'leakyrelu'): Batch {
  // N networks: tfjs WASM's fused kernel takes only a rank-1 bias, so matMul, add and the activation
  // (the same three steps the CPU's fused kernel runs, so the numbers equal one network's).
  if (layer.b.rank === 3) {
    const z = tf.add(layerMatMul(x, layer.w), layer.b) as Batch;
    return activation === 'relu' ? tf.relu(z) : activation === 'leakyrelu' ? tf.leakyRelu(z, LEAKY_SLOPE) : z;
  }
  return tf.engine().runKernel(
    tf._FusedMatMul,
    { a: x, b: layer.w, bias: layer.b },
    {
      transposeA: false,
      transposeB: false,
      activation,
      leakyreluAlpha: LEAKY_SLOPE,
    },
  ) as Batch;
}

/**
 * a·b, or a·bᵀ with `transposeB`, for [N, m, k] × [N, k, n]. For N > 1 networks with k = 1 (a layer with
 * one input; the product with a one-output layer's weights) it is an outer product: one broadcast
 * multiply, with the same numbers (one product per element), where tfjs WASM's batched matMul takes
 * a slow path. One network's kernels are unchanged.
 */
export function layerMatMul(a: Batch, b: tf.Tensor3D, transposeB = false): Batch {
  if (a.shape[2] !== 1 || b.shape[0] === 1) return tf.matMul(a, b, false, transposeB);
  return tf.mul(a, transposeB ? tf.reshape(b, [b.shape[0], 1, b.shape[1]]) : b);
}

/** Forward pass that keeps what the backward pass needs: each layer's input and, last, the output. */
export function forward(layers: Layer[], activation: Activation, x: Batch): Batch[] {
  const acts: Batch[] = [x];
  layers.forEach((layer, i) => {
    const hidden = i < layers.length - 1;
    let h = denseLayer(acts[i], layer, hidden ? FUSED_ACTIVATION[activation] : 'linear');
    if (hidden && activation === 'tanh') h = tf.tanh(h); // tanh is not among the fused activations
    acts.push(h);
  });
  return acts;
}

/** dL/dz from dL/dh for a hidden layer, using only its output h (tanh′ = 1 − h², relu′ = [h > 0]). */
function throughActivation(dh: Batch, h: Batch, activation: Activation): Batch {
  if (activation === 'tanh') return tf.sub(dh, tf.mul(dh, tf.square(h)));
  // tf.step(h, α) is 1 where h > 0 and α elsewhere: the (leaky) ReLU derivative in one kernel.
  return tf.mul(dh, tf.step(h, activation === 'relu' ? 0 : LEAKY_SLOPE));
}

/**
 * How a network's flat gradient is assembled: per layer a bias piece ([out], or [N, out] for N
 * networks: summed over the batch only) and a weight piece, joined in network.ts's layout.
 */
export function gradientLayout(layers: Layer[]) {
  const b = layers[0].b;
  const n = b.rank === 3 ? b.shape[0] : null;
  return {
    // A critic's slope in its output is a constant [1, 2B, 1] shared by the N models: broadcast its sum.
    biasSum: (dz: Batch) =>
      n === null
        ? tf.sum(dz, [0, 1])
        : dz.shape[0] === n
          ? tf.sum(dz, 1)
          : tf.broadcastTo(tf.sum(dz, 1), [n, dz.shape[2]]),
    zeroBias: (out: number) => tf.zeros(n === null ? [out] : [n, out]),
    weight: (dW: tf.Tensor) => tf.reshape(dW, n === null ? [-1] : [n, -1]),
    /** The pieces, given last layer first (the order backprop finds them). */
    join: (piecesLastFirst: tf.Tensor[]) => tf.concat(piecesLastFirst.reverse(), n === null ? 0 : 1),
  };
}

/**
 * Backpropagation by hand: the same derivatives tfjs's tape would find (checked against tf.grads in
 * tfGan.test.ts), in about half the kernels and without the tape's bookkeeping.
 * Returns the flat gradient (network.ts layout) when `wantParams`, and dL/dx when `wantInput`.
 */
export function backward(
  layers: Layer[],
  acts: Batch[],
  activation: Activation,
  dOut: Batch,
  wantParams: boolean,
  wantInput: boolean,
) {
  const layout = gradientLayout(layers);
  const pieces: tf.Tensor[] = [];
  let dz = dOut;
  let dInput: Batch | null = null;
  for (let i = layers.length - 1; i >= 0; i--) {
    if (i < layers.length - 1) dz = throughActivation(dz, acts[i + 1], activation);
    if (wantParams) pieces.push(layout.biasSum(dz), layout.weight(tf.matMul(acts[i], dz, true, false)));
    if (i > 0 || wantInput) {
      const dh = layerMatMul(dz, layers[i].w, true);
      if (i > 0) dz = dh as Batch;
      else dInput = dh as Batch;
    }
  }
  // [P], or [N, P] for N networks.
  return { dParams: wantParams ? layout.join(pieces) : null, dInput };
}
