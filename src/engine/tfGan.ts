// The GAN in tfjs. Speed at this size is set by the number of kernels per step, not by the maths
// (shared/engine-notes.md), so: each network keeps ALL its weights in one flat variable (the
// optimizer updates one tensor: ~12 kernels instead of ~12 per weight tensor), the forward pass uses
// fused matMul+bias, and the backward pass is written out by hand (no gradient tape).
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone has no gradients registered; training needs them.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { BackendName } from './protocol';
import type { Activation, Settings } from './settings';
import { createRng, type Rng } from './random';
import { discriminatorSpec, generatorSpec, initialParameters, LEAKY_SLOPE, mlpLayout, type MlpSpec } from './network';
import { targetDistribution, type Distribution1D } from './distributions';
import { sampleNoise } from './noise';
import { initBackend } from './backends';
import { createOptimizer, type FlatOptimizer } from './tfOptimizer';

export { initBackend };

export interface Losses { lossD: number; lossG: number }

export interface TfGan {
  readonly backend: BackendName;
  /** n full steps (k D updates + one G update each), queued without reading anything back. */
  trainSteps(n: number): void;
  /** The batch losses of the latest D and G updates (at step 0: of the untrained networks on one batch). */
  losses(): Promise<Losses>;
  /** G on the z grid and D(x) = sigmoid(logit) on the x grid, read back. */
  evaluate(zEdges: Float32Array, xCenters: Float32Array): Promise<{ g: Float32Array; d: Float32Array }>;
  /** The latest batch of G(z) used to train D. */
  latestFakes(): Promise<Float32Array>;
  /** Applies settings that change without a restart (target, rates, optimizer, loss, k, batch). */
  update(settings: Settings): void;
  parameters(): Promise<{ g: Float32Array; d: Float32Array }>;
  dispose(): void;
}

/** True when going from a to b needs new networks (a new run), not just a live update. */
export function needsRebuild(a: Settings, b: Settings): boolean {
  return a.seed !== b.seed || a.noise !== b.noise || a.gHidden !== b.gHidden || a.gDepth !== b.gDepth ||
    a.gActivation !== b.gActivation || a.dHidden !== b.dHidden || a.dDepth !== b.dDepth || a.dActivation !== b.dActivation;
}

/** One layer's weights: views of the network's flat parameter vector, refreshed after each update. */
export interface Layer { w: tf.Tensor2D; b: tf.Tensor1D }

/**
 * A network's parameters: one flat variable (what the optimizer updates: few kernels) plus its layers
 * split out once per update (so a forward pass needs no slicing).
 */
export class FlatNetwork {
  readonly flat: tf.Variable<tf.Rank.R1>;
  layers: Layer[] = [];
  private readonly sizes: number[];
  private readonly shapes: [number, number][];

  constructor(readonly spec: MlpSpec, initial: Float32Array, name: string) {
    this.flat = tf.tidy(() => tf.variable(tf.tensor1d(initial), true, name));
    const { layers } = mlpLayout(spec);
    this.sizes = layers.flatMap(({ inSize, outSize }) => [inSize * outSize, outSize]);
    this.shapes = layers.map(({ inSize, outSize }) => [inSize, outSize]);
    this.split();
  }

  split(): void {
    for (const l of this.layers) { l.w.dispose(); l.b.dispose(); }
    this.layers = tf.tidy(() => {
      const parts = tf.split(this.flat, this.sizes);
      return this.shapes.map((shape, i) => ({ w: tf.reshape(parts[2 * i], shape) as tf.Tensor2D, b: parts[2 * i + 1] as tf.Tensor1D }));
    });
  }

  dispose(): void {
    for (const l of this.layers) { l.w.dispose(); l.b.dispose(); }
    this.flat.dispose();
  }
}

/** Forward pass that keeps what the backward pass needs: each layer's input and, last, the output. */
export function forward(layers: Layer[], activation: Activation, x: tf.Tensor2D): tf.Tensor2D[] {
  const acts: tf.Tensor2D[] = [x];
  layers.forEach((layer, i) => {
    // Plain matMul + add: tfjs's fused matMul wraps its kernel in reshapes and a custom-gradient op,
    // which costs more dispatches than it saves here.
    let h: tf.Tensor2D = tf.add(tf.matMul(acts[i], layer.w), layer.b);
    if (i < layers.length - 1) h = activate(h, activation);
    acts.push(h);
  });
  return acts;
}

function activate(x: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  if (activation === 'tanh') return tf.tanh(x);
  if (activation === 'relu') return tf.relu(x);
  return tf.leakyRelu(x, LEAKY_SLOPE);
}

/** dL/dz from dL/dh for a hidden layer, using only its output h (tanh′ = 1 − h², relu′ = [h > 0]). */
function throughActivation(dh: tf.Tensor2D, h: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  if (activation === 'tanh') return tf.sub(dh, tf.mul(dh, tf.square(h))) as tf.Tensor2D;
  if (activation === 'relu') return tf.mul(dh, tf.step(h)) as tf.Tensor2D;
  return tf.mul(dh, tf.add(tf.mul(tf.step(h), 1 - LEAKY_SLOPE), LEAKY_SLOPE)) as tf.Tensor2D;
}

/**
 * Backpropagation by hand: the same derivatives tfjs's tape would find (checked against tf.grads in
 * tfGan.test.ts), in about half the kernels and without the tape's bookkeeping.
 * Returns the flat gradient (network.ts layout) when `wantParams`, and dL/dx when `wantInput`.
 */
export function backward(layers: Layer[], acts: tf.Tensor2D[], activation: Activation, dOut: tf.Tensor2D, wantParams: boolean, wantInput: boolean) {
  const pieces: tf.Tensor[] = [];
  let dz = dOut;
  let dInput: tf.Tensor2D | null = null;
  for (let i = layers.length - 1; i >= 0; i--) {
    if (i < layers.length - 1) dz = throughActivation(dz, acts[i + 1], activation);
    if (wantParams) pieces.push(tf.sum(dz, 0), tf.reshape(tf.matMul(acts[i], dz, true, false), [-1]));
    if (i > 0 || wantInput) {
      const dh = tf.matMul(dz, layers[i].w, false, true);
      if (i > 0) dz = dh as tf.Tensor2D; else dInput = dh as tf.Tensor2D;
    }
  }
  return { dParams: wantParams ? (tf.concat(pieces.reverse()) as tf.Tensor1D) : null, dInput };
}

let nextId = 0;

class TfGanImpl implements TfGan {
  readonly backend: BackendName;
  private settings: Settings;
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
  private labels: tf.Tensor2D;
  /** Logits of the latest D update ([real; fake]) and G update, kept for the lazy loss read-out. */
  private dLogits: tf.Tensor2D | null = null;
  private gLogits: tf.Tensor2D | null = null;
  private fakes: tf.Tensor | null = null;
  private evalCache: { z: Float32Array; x: Float32Array; zT: tf.Tensor2D; xT: tf.Tensor2D } | null = null;

  constructor(backend: BackendName, settings: Settings) {
    this.backend = backend;
    this.settings = settings;
    this.rng = createRng(settings.seed);
    this.gSpec = generatorSpec(settings);
    this.dSpec = discriminatorSpec(settings);
    // Weights come from the seeded generator, not tfjs, so every backend starts from the same numbers.
    // Variable names are global in tfjs: number them so two GANs (a probe and a run) can coexist.
    const id = nextId++;
    this.g = new FlatNetwork(this.gSpec, initialParameters(this.gSpec, this.rng), `G${id}`);
    this.d = new FlatNetwork(this.dSpec, initialParameters(this.dSpec, this.rng), `D${id}`);
    this.target = targetDistribution(settings);
    this.realBuf = new Float32Array(settings.batchSize);
    this.zBuf = new Float32Array(settings.batchSize);
    this.labels = this.makeLabels(settings.batchSize);
    this.gOpt = createOptimizer(settings, this.g.flat, 'G');
    this.dOpt = createOptimizer(settings, this.d.flat, 'D');
    this.measureUntrainedLosses();
  }

  /** Step 0 has losses too: J(D) and J(G) of the untrained networks on one batch, with no update. */
  private measureUntrainedLosses(): void {
    const [fakes, dLogits, gLogits] = tf.tidy(() => {
      const fakes = forward(this.g.layers, this.gSpec.activation, this.noiseBatch()).at(-1)!;
      const dLogits = forward(this.d.layers, this.dSpec.activation, tf.concat([this.realBatch(), fakes], 0)).at(-1)!;
      const gLogits = tf.slice(dLogits, [this.settings.batchSize, 0], [this.settings.batchSize, 1]);
      return [fakes, dLogits, gLogits];
    });
    this.fakes = fakes;
    this.dLogits = dLogits as tf.Tensor2D;
    this.gLogits = gLogits as tf.Tensor2D;
  }

  private makeLabels(batch: number): tf.Tensor2D {
    const y = new Float32Array(2 * batch);
    y.fill(1, 0, batch);
    return tf.tensor2d(y, [2 * batch, 1]);
  }

  private noiseBatch(): tf.Tensor2D {
    sampleNoise(this.settings.noise, this.rng, this.zBuf);
    return tf.tensor2d(this.zBuf, [this.zBuf.length, 1]);
  }

  private realBatch(): tf.Tensor2D {
    const buf = this.realBuf;
    for (let i = 0; i < buf.length; i++) buf[i] = this.target.sample(this.rng);
    return tf.tensor2d(buf, [buf.length, 1]);
  }

  private discriminatorStep(): void {
    const { fakes, logits, grad } = tf.tidy(() => {
      const fakes = forward(this.g.layers, this.gSpec.activation, this.noiseBatch()).at(-1)!;
      const acts = forward(this.d.layers, this.dSpec.activation, tf.concat([this.realBatch(), fakes], 0));
      const logits = acts.at(-1)!;
      // J(D) = mean over real (y=1) and fake (y=0) of softplus(l) − y·l, so dJ/dl = (sigmoid(l) − y)/2B
      // (the 1/2B is applied inside the optimizer's update, where it costs no kernel).
      const dLogits = tf.sub(tf.sigmoid(logits), this.labels) as tf.Tensor2D;
      const { dParams } = backward(this.d.layers, acts, this.dSpec.activation, dLogits, true, false);
      return { fakes, logits, grad: dParams! };
    });
    this.dOpt.apply(grad, 1 / logits.shape[0]);
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
      const dActs = forward(this.d.layers, this.dSpec.activation, gActs.at(-1)!);
      const logits = dActs.at(-1)!;
      // Non-saturating J(G) = ½E[softplus(−l)]: dJ/dl = ½(sigmoid(l) − 1)/B.
      // Minimax J(G) = −½E[softplus(l)] (+ const): dJ/dl = −½ sigmoid(l)/B.
      const dLogits = (this.settings.generatorLoss === 'minimax' ? tf.neg(tf.sigmoid(logits)) : tf.sub(tf.sigmoid(logits), 1)) as tf.Tensor2D;
      const { dInput } = backward(this.d.layers, dActs, this.dSpec.activation, dLogits, false, true);
      const { dParams } = backward(this.g.layers, gActs, this.gSpec.activation, dInput!, true, false);
      return { logits, grad: dParams! };
    });
    this.gOpt.apply(grad, 0.5 / logits.shape[0]);
    grad.dispose();
    this.g.split();
    this.gLogits?.dispose();
    this.gLogits = logits;
  }

  trainSteps(n: number): void {
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < this.settings.kD; k++) this.discriminatorStep();
      this.generatorStep();
    }
  }

  /** Losses are computed from the kept logits only when asked: nothing is spent on them per step. */
  async losses(): Promise<Losses> {
    if (!this.dLogits || !this.gLogits) return { lossD: NaN, lossG: NaN };
    const minimax = this.settings.generatorLoss === 'minimax';
    const [dT, gT] = tf.tidy(() => [
      tf.mean(tf.sub(tf.softplus(this.dLogits!), tf.mul(this.labels, this.dLogits!))),
      minimax ? tf.mul(-0.5, tf.mean(tf.softplus(this.gLogits!))) : tf.mul(0.5, tf.mean(tf.softplus(tf.neg(this.gLogits!)))),
    ]);
    try {
      const [d, g] = await Promise.all([dT.data(), gT.data()]);
      return { lossD: d[0], lossG: g[0] };
    } finally {
      dT.dispose();
      gT.dispose();
    }
  }

  async evaluate(zEdges: Float32Array, xCenters: Float32Array) {
    if (!this.evalCache || this.evalCache.z !== zEdges || this.evalCache.x !== xCenters) {
      this.disposeEvalCache();
      this.evalCache = {
        z: zEdges, x: xCenters,
        zT: tf.tensor2d(zEdges, [zEdges.length, 1]),
        xT: tf.tensor2d(xCenters, [xCenters.length, 1]),
      };
    }
    const { zT, xT } = this.evalCache;
    const [gT, dT] = tf.tidy(() => [
      forward(this.g.layers, this.gSpec.activation, zT).at(-1)!,
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
    const [g, d] = await Promise.all([this.g.flat.data(), this.d.flat.data()]);
    return { g: g as Float32Array, d: d as Float32Array };
  }

  update(next: Settings): void {
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
      this.gOpt.dispose(); this.dOpt.dispose();
      this.gOpt = createOptimizer(next, this.g.flat, 'G');
      this.dOpt = createOptimizer(next, this.d.flat, 'D');
    } else {
      this.gOpt.configure(next, 'G');
      this.dOpt.configure(next, 'D');
    }
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
    for (const t of [this.labels, this.dLogits, this.gLogits, this.fakes]) t?.dispose();
    this.gOpt.dispose();
    this.dOpt.dispose();
  }
}

/** Starts `backend` (throws if it cannot) and builds a GAN on it from `settings` (seeded). */
export async function createTfGan(backend: BackendName, settings: Settings): Promise<TfGan> {
  await initBackend(backend);
  return buildTfGan(backend, settings);
}

/** Builds a GAN on `backend`, which must already be tfjs's active backend. */
export function buildTfGan(backend: BackendName, settings: Settings): TfGan {
  if (tf.getBackend() !== backend) throw new Error(`tfjs is on ${tf.getBackend()}, not ${backend}`);
  return new TfGanImpl(backend, settings);
}
