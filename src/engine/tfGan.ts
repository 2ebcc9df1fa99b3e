// The GAN in tfjs. Speed at this size is set by the number of kernels per step, not by the maths
// (docs/engine.md §2), so: each network keeps ALL its weights in one flat variable (the
// optimizer updates one tensor: ~12 kernels instead of ~12 per weight tensor), the forward pass uses
// fused matMul+bias, and the backward pass is written out by hand (no gradient tape).
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone has no gradients registered; training needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { BackendName } from '../core/protocol';
import { instanceNoiseAt, type Activation, type TrainingSettings } from '../core/settings';
import { createRng, type Rng } from '../core/random';
import {
  discriminatorSpec,
  generatorSpec,
  initialParameters,
  LEAKY_SLOPE,
  mlpLayout,
  type MlpSpec,
} from '../core/network';
import { targetDistribution, type Distribution1D } from '../core/distributions';
import { sampleNoise } from '../core/noise';
import { initBackend } from './backends';
import { createOptimizer, type FlatOptimizer } from './tfOptimizer';
import { r1Gradient } from './r1';

export { initBackend };

export interface Losses {
  lossD: number;
  lossG: number;
  /**
   * lossD's two halves, each the mean over its half of the batch (lossD = ½(lossDReal + lossDFake)):
   * real samples (y = 1), mean −log D(x) = softplus(−l); generated ones (y = 0), mean
   * −log(1 − D(G(z))) = softplus(l) (docs/theory.md §4).
   */
  lossDReal: number;
  lossDFake: number;
}

export interface TfGan {
  readonly backend: BackendName;
  /** n full steps (k D updates + one G update each), queued without reading anything back. */
  trainSteps(n: number): void;
  /** The batch losses of the latest D and G updates (at step 0: of the untrained networks on one batch). */
  losses(): Promise<Losses>;
  /** G (the averaged G while EMA is on) on the z grid and D(x) = sigmoid(logit) on the x grid, read back. */
  evaluate(zEdges: Float32Array, xCenters: Float32Array): Promise<{ g: Float32Array; d: Float32Array }>;
  /** The latest batch of G(z) used to train D. */
  latestFakes(): Promise<Float32Array>;
  /** Applies settings that change without a restart (target, rates, optimizer, loss, k, batch, stabilisers). */
  update(settings: TrainingSettings): void;
  /** The weights (gEma: G's running average, while EMA is on). */
  parameters(): Promise<{ g: Float32Array; d: Float32Array; gEma?: Float32Array }>;
  dispose(): void;
}

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

let nextId = 0;

class TfGanImpl implements TfGan {
  readonly backend: BackendName;
  private settings: TrainingSettings;
  private readonly gSpec: MlpSpec;
  private readonly dSpec: MlpSpec;
  private readonly g: FlatNetwork;
  private readonly d: FlatNetwork;
  private gOpt: FlatOptimizer;
  private dOpt: FlatOptimizer;
  private readonly rng: Rng;
  private target: Distribution1D;
  private realBuf: Float32Array;
  private zBuf: Float32Array;
  private labels: Batch;
  /** Logits of the latest D update ([real; fake]) and G update, kept for the lazy loss read-out. */
  private dLogits: Batch | null = null;
  private gLogits: Batch | null = null;
  private fakes: tf.Tensor | null = null;
  /** The exponential moving average of G's weights, while emaDecay > 0 (what evaluate() shows). */
  private gEma: FlatNetwork | null = null;
  /** Training steps taken (one G update each): the clock of annealed instance noise. */
  private steps = 0;
  private readonly id = nextId++;
  private evalCache: { z: Float32Array; x: Float32Array; zT: Batch; xT: Batch } | null = null;

  constructor(backend: BackendName, settings: TrainingSettings) {
    this.backend = backend;
    this.settings = settings;
    this.rng = createRng(settings.seed);
    this.gSpec = generatorSpec(settings);
    this.dSpec = discriminatorSpec(settings);
    // Weights come from the seeded generator, not tfjs, so every backend starts from the same numbers.
    // Variable names are global in tfjs: number them so two GANs (a probe and a run) can coexist.
    this.g = new FlatNetwork(this.gSpec, initialParameters(this.gSpec, this.rng), `G${this.id}`);
    this.d = new FlatNetwork(this.dSpec, initialParameters(this.dSpec, this.rng), `D${this.id}`);
    this.target = targetDistribution(settings);
    this.realBuf = new Float32Array(settings.batchSize);
    this.zBuf = new Float32Array(settings.batchSize);
    this.labels = this.makeLabels(settings.batchSize);
    this.gOpt = createOptimizer(settings, this.g.flat, 'G');
    this.dOpt = createOptimizer(settings, this.d.flat, 'D');
    this.configureEma();
    this.measureUntrainedLosses();
  }

  /** Starts (from G's current weights) or stops the weight average to match the settings. */
  private configureEma(): void {
    const on = this.settings.emaDecay > 0;
    if (on && !this.gEma) this.gEma = new FlatNetwork(this.gSpec, this.g.flat, `Gema${this.id}`, false);
    if (!on && this.gEma) {
      this.gEma.dispose();
      this.gEma = null;
    }
  }

  /** D's input with instance noise added (drawn from the run's generator, so runs stay reproducible). */
  private withInstanceNoise(x: Batch): Batch {
    const sigma = instanceNoiseAt(this.settings, this.steps);
    if (sigma === 0) return x;
    const n = x.shape[1];
    const noise = new Float32Array(n);
    for (let i = 0; i < n; i++) noise[i] = sigma * this.rng.normal();
    return tf.add(x, tf.tensor3d(noise, [1, n, 1]));
  }

  /** Step 0 has losses too: J(D) and J(G) of the untrained networks on one batch, with no update. */
  private measureUntrainedLosses(): void {
    const [fakes, dLogits, gLogits] = tf.tidy(() => {
      const fakes = forward(this.g.layers, this.gSpec.activation, this.noiseBatch()).at(-1)!;
      const dLogits = forward(this.d.layers, this.dSpec.activation, tf.concat([this.realBatch(), fakes], 1)).at(-1)!;
      const gLogits = tf.slice(dLogits, [0, this.settings.batchSize, 0], [1, this.settings.batchSize, 1]);
      return [fakes, dLogits, gLogits];
    });
    this.fakes = fakes;
    this.dLogits = dLogits as Batch;
    this.gLogits = gLogits as Batch;
  }

  private makeLabels(batch: number): Batch {
    const y = new Float32Array(2 * batch);
    y.fill(1, 0, batch);
    return tf.tensor3d(y, [1, 2 * batch, 1]);
  }

  private noiseBatch(): Batch {
    sampleNoise(this.settings.noise, this.rng, this.zBuf);
    return tf.tensor3d(this.zBuf, [1, this.zBuf.length, 1]);
  }

  private realBatch(): Batch {
    const buf = this.realBuf;
    for (let i = 0; i < buf.length; i++) buf[i] = this.target.sample(this.rng);
    return tf.tensor3d(buf, [1, buf.length, 1]);
  }

  private discriminatorStep(): void {
    const { fakes, logits, grad } = tf.tidy(() => {
      const fakes = forward(this.g.layers, this.gSpec.activation, this.noiseBatch()).at(-1)!;
      const input = this.withInstanceNoise(tf.concat([this.realBatch(), fakes], 1));
      const acts = forward(this.d.layers, this.dSpec.activation, input);
      const logits = acts.at(-1)!;
      // J(D) = mean over real (y=1) and fake (y=0) of softplus(l) − y·l, so dJ/dl = (sigmoid(l) − y)/2B
      // (the 1/2B is applied inside the optimizer's update, where it costs no kernel).
      const dLogits: Batch = tf.sub(tf.sigmoid(logits), this.labels);
      const { dParams } = backward(this.d.layers, acts, this.dSpec.activation, dLogits, true, false);
      const gamma = this.settings.r1Gamma;
      if (gamma <= 0) return { fakes, logits, grad: dParams! };
      // + γ/2·mean over the real half of (∂l/∂x)²; times 2B for the optimizer's 1/2B: c = 2γ on real samples.
      const r1 = r1Gradient(this.d.layers, acts, this.dSpec.activation, tf.mul(this.labels, 2 * gamma) as Batch);
      return { fakes, logits, grad: tf.add(dParams!, r1) as tf.Tensor1D };
    });
    this.dOpt.apply(grad, 1 / logits.shape[1]);
    grad.dispose();
    this.d.split();
    this.fakes?.dispose();
    this.fakes = fakes;
    this.dLogits?.dispose();
    this.dLogits = logits;
  }

  private generatorStep(): void {
    const { logits, grad } = tf.tidy(() => {
      const gActs = forward(this.g.layers, this.gSpec.activation, this.noiseBatch());
      // Instance noise is added, so ∂(G(z) + n)/∂G(z) = 1: D's input gradient is G's output gradient.
      const dActs = forward(this.d.layers, this.dSpec.activation, this.withInstanceNoise(gActs.at(-1)!));
      const logits = dActs.at(-1)!;
      // Non-saturating J(G) = ½E[softplus(−l)]: dJ/dl = ½(sigmoid(l) − 1)/B.
      // Minimax J(G) = −½E[softplus(l)] (+ const): dJ/dl = −½ sigmoid(l)/B.
      const dLogits = (
        this.settings.generatorLoss === 'minimax' ? tf.neg(tf.sigmoid(logits)) : tf.sub(tf.sigmoid(logits), 1)
      ) as Batch;
      const { dInput } = backward(this.d.layers, dActs, this.dSpec.activation, dLogits, false, true);
      const { dParams } = backward(this.g.layers, gActs, this.gSpec.activation, dInput!, true, false);
      return { logits, grad: dParams! };
    });
    this.gOpt.apply(grad, 0.5 / logits.shape[1]);
    grad.dispose();
    this.g.split();
    this.gLogits?.dispose();
    this.gLogits = logits;
    if (this.gEma) {
      const ema = this.gEma.flat,
        beta = this.settings.emaDecay;
      tf.tidy(() => ema.assign(tf.add(tf.mul(ema, beta), tf.mul(this.g.flat, 1 - beta)) as tf.Tensor1D));
    }
  }

  trainSteps(n: number): void {
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < this.settings.kD; k++) this.discriminatorStep();
      this.generatorStep();
      this.steps++;
    }
  }

  /** Losses are computed from the kept logits only when asked: nothing is spent on them per step. */
  async losses(): Promise<Losses> {
    if (!this.dLogits || !this.gLogits) return { lossD: NaN, lossG: NaN, lossDReal: NaN, lossDFake: NaN };
    const minimax = this.settings.generatorLoss === 'minimax';
    const half = this.dLogits.shape[1] / 2; // [real; fake]: the first half of the batch is real
    // One tensor, one read-back: [J(D), J(G), real half, fake half].
    const all = tf.tidy(() => {
      const l = this.dLogits!;
      return tf.stack([
        tf.mean(tf.sub(tf.softplus(l), tf.mul(this.labels, l))),
        minimax
          ? tf.mul(-0.5, tf.mean(tf.softplus(this.gLogits!)))
          : tf.mul(0.5, tf.mean(tf.softplus(tf.neg(this.gLogits!)))),
        tf.mean(tf.softplus(tf.neg(tf.slice(l, [0, 0, 0], [1, half, 1])))),
        tf.mean(tf.softplus(tf.slice(l, [0, half, 0], [1, half, 1]))),
      ]);
    });
    try {
      const [lossD, lossG, lossDReal, lossDFake] = await all.data();
      return { lossD, lossG, lossDReal, lossDFake };
    } finally {
      all.dispose();
    }
  }

  async evaluate(zEdges: Float32Array, xCenters: Float32Array) {
    if (!this.evalCache || this.evalCache.z !== zEdges || this.evalCache.x !== xCenters) {
      this.disposeEvalCache();
      this.evalCache = {
        z: zEdges,
        x: xCenters,
        zT: tf.tensor3d(zEdges, [1, zEdges.length, 1]),
        xT: tf.tensor3d(xCenters, [1, xCenters.length, 1]),
      };
    }
    const { zT, xT } = this.evalCache;
    // With EMA on, p_model is the averaged G's (split into layers only here, once per snapshot).
    this.gEma?.split();
    const gLayers = (this.gEma ?? this.g).layers;
    const [gT, dT] = tf.tidy(() => [
      forward(gLayers, this.gSpec.activation, zT).at(-1)!,
      tf.sigmoid(forward(this.d.layers, this.dSpec.activation, xT).at(-1)!),
    ]);
    try {
      const [g, d] = await Promise.all([gT.data(), dT.data()]);
      return { g: g as Float32Array, d: d as Float32Array };
    } finally {
      gT.dispose();
      dT.dispose();
    }
  }

  async latestFakes(): Promise<Float32Array> {
    return this.fakes ? ((await this.fakes.data()) as Float32Array) : new Float32Array(0);
  }

  async parameters() {
    const [g, d, gEma] = await Promise.all([this.g.flat.data(), this.d.flat.data(), this.gEma?.flat.data()]);
    return { g: g as Float32Array, d: d as Float32Array, ...(gEma ? { gEma: gEma as Float32Array } : {}) };
  }

  update(next: TrainingSettings): void {
    const prev = this.settings;
    this.settings = next;
    this.target = targetDistribution(next);
    if (next.batchSize !== prev.batchSize) {
      this.realBuf = new Float32Array(next.batchSize);
      this.zBuf = new Float32Array(next.batchSize);
      this.labels.dispose();
      this.labels = this.makeLabels(next.batchSize);
    }
    if (next.optimizer !== prev.optimizer) {
      // A new optimizer starts with fresh moments; the weights carry on.
      this.gOpt.dispose();
      this.dOpt.dispose();
      this.gOpt = createOptimizer(next, this.g.flat, 'G');
      this.dOpt = createOptimizer(next, this.d.flat, 'D');
    } else {
      this.gOpt.configure(next, 'G');
      this.dOpt.configure(next, 'D');
    }
    this.configureEma();
  }

  private disposeEvalCache(): void {
    this.evalCache?.zT.dispose();
    this.evalCache?.xT.dispose();
    this.evalCache = null;
  }

  dispose(): void {
    this.disposeEvalCache();
    this.g.dispose();
    this.d.dispose();
    this.gEma?.dispose();
    for (const t of [this.labels, this.dLogits, this.gLogits, this.fakes]) t?.dispose();
    this.gOpt.dispose();
    this.dOpt.dispose();
  }
}

/** Starts `backend` (throws if it cannot) and builds a GAN on it from `settings` (seeded). */
export async function createTfGan(backend: BackendName, settings: TrainingSettings): Promise<TfGan> {
  await initBackend(backend);
  return buildTfGan(backend, settings);
}

/** Builds a GAN on `backend`, which must already be tfjs's active backend. */
export function buildTfGan(backend: BackendName, settings: TrainingSettings): TfGan {
  if (tf.getBackend() !== backend) throw new Error(`tfjs is on ${tf.getBackend()}, not ${backend}`);
  return new TfGanImpl(backend, settings);
}
