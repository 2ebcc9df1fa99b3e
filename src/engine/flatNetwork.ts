// A network in tfjs as the engine trains it. Speed at this size is set by the number of kernels per step,
// not by the maths (docs/engine.md §2), so: each network keeps ALL its weights in one flat variable (the
// optimizer updates one tensor: ~12 kernels instead of ~12 per weight tensor), the forward pass uses
// fused matMul+bias, and the backward pass is written out by hand (no gradient tape).
import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from '../core/settings';
import { LEAKY_SLOPE, mlpLayout, type MlpSpec } from '../core/network';

/** One layer's weights: views of the network's flat parameter vector, refreshed after each update. */
export interface Layer {
  w: tf.Tensor3D;
  b: tf.Tensor1D;
}

/**
 * A network's parameters: one flat variable (what the optimizer updates: few kernels) plus its layers
 * split out once per update (so a forward pass needs no slicing).
 */
export class FlatNetwork {
  readonly flat: tf.Variable<tf.Rank.R1>;
  layers: Layer[] = [];
  private readonly sizes: number[];
  private readonly shapes: [number, number, number][];

  constructor(
    readonly spec: MlpSpec,
    initial: Float32Array | tf.Tensor1D,
    name: string,
    trainable = true,
  ) {
    this.flat = tf.tidy(() =>
      tf.variable(initial instanceof Float32Array ? tf.tensor1d(initial) : tf.clone(initial), trainable, name),
    );
    const { layers } = mlpLayout(spec);
    this.sizes = layers.flatMap(({ inSize, outSize }) => [inSize * outSize, outSize]);
    this.shapes = layers.map(({ inSize, outSize }) => [1, inSize, outSize]);
    this.split();
  }

  split(): void {
    for (const l of this.layers) {
      l.w.dispose();
      l.b.dispose();
    }
    this.layers = tf.tidy(() => {
      const parts = tf.split(this.flat, this.sizes);
      return this.shapes.map((shape, i) => ({
        w: tf.reshape(parts[2 * i], shape) as tf.Tensor3D,
        b: parts[2 * i + 1] as tf.Tensor1D,
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

/** Activations are [1, batch, width]: the rank tfjs's fused matMul kernel works in, so we can call it directly. */
export type Batch = tf.Tensor3D;

const FUSED_ACTIVATION = { tanh: 'linear', relu: 'relu', leakyRelu: 'leakyrelu' } as const;

/**
 * x·W + b (+ relu / leaky ReLU) in ONE kernel. tf.fused.matMul would wrap that kernel in reshapes and a
 * custom-gradient op (5 dispatches); on rank-3 inputs the kernel can be run as it is.
 */
function denseLayer(x: Batch, layer: Layer, activation: 'linear' | 'relu' | 'leakyrelu'): Batch {
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
  const pieces: tf.Tensor[] = [];
  let dz = dOut;
  let dInput: Batch | null = null;
  for (let i = layers.length - 1; i >= 0; i--) {
    if (i < layers.length - 1) dz = throughActivation(dz, acts[i + 1], activation);
    if (wantParams) pieces.push(tf.sum(dz, [0, 1]), tf.reshape(tf.matMul(acts[i], dz, true, false), [-1]));
    if (i > 0 || wantInput) {
      const dh = tf.matMul(dz, layers[i].w, false, true);
      if (i > 0) dz = dh as Batch;
      else dInput = dh as Batch;
    }
  }
  return { dParams: wantParams ? (tf.concat(pieces.reverse()) as tf.Tensor1D) : null, dInput };
}
