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
import { gradientPenaltyGradient, r1Gradient } from './r1';
import { discriminatorCosts, discriminatorSlope, generatorCost, generatorSlope } from './objectiveOps';
import { objectiveCosts } from '../core/objectives';
import { optimalGeneratorSlope, optimalOutput } from '../core/optimalDiscriminators';
import { logit } from '../core/generatorGradient';
import { binCenters, binWidth, CHART_GRID, Z_CELLS } from '../core/grid';
import { binnedDensity, pushforwardDensity } from '../core/density';
import { noiseQuantileEdges } from '../core/noise';
import { scopeKey } from '../core/settings';

export { initBackend };

export interface Losses {
  /** J(D) = h·(lossDReal + lossDFake) of the objective (core/objectives.ts; without WGAN-GP's penalty). */
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

/** One update of one player: what the step buttons and slow motion do. */
export type Player = 'd' | 'g';

export interface TfGan {
  readonly backend: BackendName;
  /** n full steps (k D updates + one G update each), queued without reading anything back. */
  trainSteps(n: number): void;
  /** One update of D only, or of G only (a G update counts as a step for annealed instance noise). */
  trainPart(player: Player): void;
  /** The batch losses of the latest D and G updates (at step 0: of the untrained networks on one batch). */
  losses(): Promise<Losses>;
  /**
   * G (the averaged G while EMA is on) on the z grid and D on the x grid as the charts show it (σ(logit)
   * for the original GAN, the raw output for the other objectives: shownOutput), read back.
   */
  evaluate(zEdges: Float32Array, xCenters: Float32Array): Promise<{ g: Float32Array; d: Float32Array }>;
  /** The latest batch of G(z) used to train D. */
  latestFakes(): Promise<Float32Array>;
  /** Applies settings that change without a restart (target, rates, optimizer, loss, k, batch, stabilisers). */
  update(settings: TrainingSettings): void;
  /** The weights (gEma: G's running average, while EMA is on). */
  parameters(): Promise<{ g: Float32Array; d: Float32Array; gEma?: Float32Array }>;
  /**
   * Replaces the weights (lengths must fit the networks, else it throws and changes nothing). The
   * optimizers restart with fresh moments; G's average (while EMA is on) takes `gEma`, or restarts from
   * the new G without one: returns which ('off' while EMA is off).
   */
  setParameters(p: { g: Float32Array; d: Float32Array; gEma?: Float32Array }): 'loaded' | 'from-g' | 'off';
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

const GRID_CENTRES = binCenters(CHART_GRID);

/** A table on CHART_GRID's bin centres at x, linearly interpolated; 0 off the grid. */
function interpolateOnGrid(table: ArrayLike<number>, x: number): number {
  const n = table.length;
  const t = (x - GRID_CENTRES[0]) / binWidth(CHART_GRID);
  if (!(t >= -0.5 && t <= n - 0.5)) return 0;
  const k = Math.min(n - 2, Math.max(0, Math.floor(t)));
  const f = Math.min(1, Math.max(0, t - k));
  const v = table[k] * (1 - f) + table[k + 1] * f;
  return Number.isFinite(v) ? v : 0;
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
  /** The optimal-D mode's batch losses (computed on the CPU against D*), while it is on. */
  private optimalLosses: Losses | null = null;
  private optimalCache: { key: string; pData: Float64Array; zEdges: tf.Tensor3D; noise: string } | null = null;
  private epsBuf = new Float32Array(0);
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
    const { objective } = this.settings;
    // J(D) = h·(mean over real of ℓ_real(a) + mean over fake of ℓ_fake(a)): dJ/da = h/B · slope, and
    // the h/B is applied inside the optimizer's update, where it costs no kernel.
    const h = objectiveCosts(objective).dWeight;
    const { fakes, logits, grad } = tf.tidy(() => {
      const fakes = forward(this.g.layers, this.gSpec.activation, this.noiseBatch()).at(-1)!;
      const real = this.realBatch();
      const input = this.withInstanceNoise(tf.concat([real, fakes], 1));
      const acts = forward(this.d.layers, this.dSpec.activation, input);
      const logits = acts.at(-1)!;
      const dLogits = discriminatorSlope(objective, logits, this.labels);
      let grad = backward(this.d.layers, acts, this.dSpec.activation, dLogits, true, false).dParams!;
      const gamma = this.settings.r1Gamma;
      if (gamma > 0) {
        // + γ/2·mean over the real half of (∂a/∂x)²: ½Σ c g² with c = γ/h on real samples, at scale h/B.
        const c = tf.mul(this.labels, gamma / h) as Batch;
        grad = tf.add(grad, r1Gradient(this.d.layers, acts, this.dSpec.activation, c));
      }
      if (objective === 'wgan-gp' && this.settings.gpLambda > 0) {
        // + λ·mean over x̂ = εx + (1 − ε)G(z), ε ~ U(0, 1), of (|∂f/∂x̂| − 1)² (one-sided: only above 1),
        // at the same scale h/B.
        const hatActs = forward(this.d.layers, this.dSpec.activation, this.interpolates(real, fakes));
        const { gpLambda, gpOneSided } = this.settings;
        grad = tf.add(
          grad,
          gradientPenaltyGradient(this.d.layers, hatActs, this.dSpec.activation, gpLambda / h, gpOneSided),
        );
      }
      return { fakes, logits, grad };
    });
    this.dOpt.apply(grad, h / (logits.shape[1] / 2));
    grad.dispose();
    if (objective === 'wgan') {
      const c = this.settings.clipValue;
      tf.tidy(() => this.d.flat.assign(tf.clipByValue(this.d.flat, -c, c)));
    }
    this.d.split();
    this.fakes?.dispose();
    this.fakes = fakes;
    this.dLogits?.dispose();
    this.dLogits = logits;
  }

  /** x̂ = εx + (1 − ε)G(z) per pair, ε ~ U(0, 1) from the run's generator (WGAN-GP's penalty points). */
  private interpolates(real: Batch, fakes: Batch): Batch {
    const n = real.shape[1];
    if (this.epsBuf.length !== n) this.epsBuf = new Float32Array(n);
    for (let i = 0; i < n; i++) this.epsBuf[i] = this.rng.uniform();
    const eps = tf.tensor3d(this.epsBuf, [1, n, 1]);
    return tf.add(fakes, tf.mul(eps, tf.sub(real, fakes)));
  }

  private generatorStep(): void {
    if (this.settings.optimalD) this.generatorStepAgainstOptimum();
    else {
      const { objective, generatorLoss } = this.settings;
      const { logits, grad } = tf.tidy(() => {
        const gActs = forward(this.g.layers, this.gSpec.activation, this.noiseBatch());
        // Instance noise is added, so ∂(G(z) + n)/∂G(z) = 1: D's input gradient is G's output gradient.
        const dActs = forward(this.d.layers, this.dSpec.activation, this.withInstanceNoise(gActs.at(-1)!));
        const logits = dActs.at(-1)!;
        // J(G) = c·mean ℓ_G(a): dJ/da = c/B·ℓ_G′(a), the c/B applied by the optimizer.
        const dLogits = generatorSlope(objective, generatorLoss, logits);
        const { dInput } = backward(this.d.layers, dActs, this.dSpec.activation, dLogits, false, true);
        const { dParams } = backward(this.g.layers, gActs, this.gSpec.activation, dInput!, true, false);
        return { logits, grad: dParams! };
      });
      this.gOpt.apply(grad, objectiveCosts(objective).gWeight / logits.shape[1]);
      grad.dispose();
      this.gLogits?.dispose();
      this.gLogits = logits;
    }
    this.g.split();
    if (this.gEma) {
      const ema = this.gEma.flat,
        beta = this.settings.emaDecay;
      tf.tidy(() => ema.assign(tf.add(tf.mul(ema, beta), tf.mul(this.g.flat, 1 - beta)) as tf.Tensor1D));
    }
  }

  /**
   * The optimal-D mode's G update (docs/theory.md §6.10): p_model of the current G, exactly, on the grid;
   * the best D for it (optimalDiscriminators.ts); the slope of G's cost against that D at each generated
   * sample, backpropagated through G. Two small synchronous read-backs per step: slower, but exact.
   */
  private generatorStepAgainstOptimum(): void {
    const { objective, generatorLoss } = this.settings;
    const costs = objectiveCosts(objective, generatorLoss);
    const dx = binWidth(CHART_GRID);
    const { pData, zEdges } = this.optimumInputs();
    const gAtEdges = tf.tidy(() => forward(this.g.layers, this.gSpec.activation, zEdges).at(-1)!.dataSync());
    const pModel = pushforwardDensity(gAtEdges, CHART_GRID).density;
    const slope = optimalGeneratorSlope(objective, generatorLoss, pData, pModel, dx);
    const shown = optimalOutput(objective, pData, pModel, dx);
    const a = objective === 'gan' ? shown.map((d) => logit(Number.isNaN(d) ? 0.5 : d)) : shown;
    const at = (table: Float64Array, x: number) => interpolateOnGrid(table, x);
    const b = this.settings.batchSize;
    const fakesOut = new Float32Array(b);
    const grad = tf.tidy(() => {
      const gActs = forward(this.g.layers, this.gSpec.activation, this.noiseBatch());
      const fakes = gActs.at(-1)!.dataSync();
      const dOut = new Float32Array(b);
      for (let i = 0; i < b; i++) {
        fakesOut[i] = fakes[i];
        dOut[i] = at(slope, fakes[i]);
      }
      return backward(this.g.layers, gActs, this.gSpec.activation, tf.tensor3d(dOut, [1, b, 1]), true, false).dParams!;
    });
    this.gOpt.apply(grad, costs.gWeight / b);
    grad.dispose();
    // The batch losses against D*, on the CPU: J(G) on this batch, J(D*) on it and a fresh real batch.
    let real = 0,
      fake = 0,
      gen = 0;
    for (let i = 0; i < b; i++) {
      const af = at(a, fakesOut[i]);
      fake += costs.fake(af);
      gen += costs.generator(af);
      real += costs.real(at(a, this.target.sample(this.rng)));
    }
    this.optimalLosses = {
      lossD: costs.dWeight * (real / b + fake / b),
      lossG: (costs.gWeight * gen) / b,
      lossDReal: real / b,
      lossDFake: fake / b,
    };
    this.fakes?.dispose();
    this.fakes = tf.tensor1d(fakesOut);
  }

  /** p_data on the grid and the z-cell edges as a tensor, rebuilt when the target or p_z changes. */
  private optimumInputs() {
    const key = scopeKey(this.settings, 'target');
    const noise = this.settings.noise;
    if (this.optimalCache?.key !== key || this.optimalCache.noise !== noise) {
      this.optimalCache?.zEdges.dispose();
      const edges = noiseQuantileEdges(noise, Z_CELLS);
      this.optimalCache = {
        key,
        noise,
        pData: binnedDensity(this.target, CHART_GRID),
        zEdges: tf.tensor3d(edges, [1, edges.length, 1]),
      };
    }
    return this.optimalCache;
  }

  trainSteps(n: number): void {
    for (let i = 0; i < n; i++) {
      // In optimal-D mode the network D is not used: G learns against the exact D*.
      if (!this.settings.optimalD) for (let k = 0; k < this.settings.kD; k++) this.discriminatorStep();
      this.generatorStep();
      this.steps++;
    }
  }

  trainPart(player: Player): void {
    if (player === 'g') {
      this.generatorStep();
      this.steps++;
    } else if (!this.settings.optimalD) this.discriminatorStep();
  }

  /** Losses are computed from the kept logits only when asked: nothing is spent on them per step. */
  async losses(): Promise<Losses> {
    if (this.settings.optimalD && this.optimalLosses) return { ...this.optimalLosses };
    if (!this.dLogits || !this.gLogits) return { lossD: NaN, lossG: NaN, lossDReal: NaN, lossDFake: NaN };
    const { objective, generatorLoss } = this.settings;
    const { dWeight, gWeight } = objectiveCosts(objective, generatorLoss);
    const half = this.dLogits.shape[1] / 2; // [real; fake]: the first half of the batch is real
    // One tensor, one read-back: [J(D), J(G), real half, fake half].
    const all = tf.tidy(() => {
      const l = this.dLogits!;
      const real = tf.mean(discriminatorCosts(objective, tf.slice(l, [0, 0, 0], [1, half, 1])).real);
      const fake = tf.mean(discriminatorCosts(objective, tf.slice(l, [0, half, 0], [1, half, 1])).fake);
      return tf.stack([
        tf.mul(dWeight, tf.add(real, fake)),
        tf.mul(gWeight, tf.mean(generatorCost(objective, generatorLoss, this.gLogits!))),
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
    const [gT, dT] = tf.tidy(() => {
      const a = forward(this.d.layers, this.dSpec.activation, xT).at(-1)!;
      return [
        forward(gLayers, this.gSpec.activation, zT).at(-1)!,
        this.settings.objective === 'gan' ? tf.sigmoid(a) : a,
      ];
    });
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

  setParameters(p: { g: Float32Array; d: Float32Array; gEma?: Float32Array }): 'loaded' | 'from-g' | 'off' {
    const gCount = mlpLayout(this.gSpec).count,
      dCount = mlpLayout(this.dSpec).count;
    if (p.g.length !== gCount || p.d.length !== dCount || (p.gEma && p.gEma.length !== gCount))
      throw new RangeError(
        `weights of ${p.g.length} and ${p.d.length} values do not fit G (${gCount}) and D (${dCount})`,
      );
    tf.tidy(() => {
      this.g.flat.assign(tf.tensor1d(p.g));
      this.d.flat.assign(tf.tensor1d(p.d));
      this.gEma?.flat.assign(p.gEma ? tf.tensor1d(p.gEma) : tf.clone(this.g.flat));
    });
    this.g.split();
    this.d.split();
    // Fresh moments: the old ones belong to other weights.
    this.gOpt.dispose();
    this.dOpt.dispose();
    this.gOpt = createOptimizer(this.settings, this.g.flat, 'G');
    this.dOpt = createOptimizer(this.settings, this.d.flat, 'D');
    // The kept batch (losses, fakes) was the old networks': measure the new ones on a fresh batch.
    this.optimalLosses = null;
    for (const t of [this.dLogits, this.gLogits, this.fakes]) t?.dispose();
    this.measureUntrainedLosses();
    return this.gEma ? (p.gEma ? 'loaded' : 'from-g') : 'off';
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
    this.optimalCache?.zEdges.dispose();
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
